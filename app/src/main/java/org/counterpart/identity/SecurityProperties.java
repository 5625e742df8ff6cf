package org.counterpart.identity;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login rules.
 *
 * @param maxFailedLogins consecutive failures that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param oidcEnabled offer single sign-on through the OIDC provider configured under {@code
 *     spring.security.oauth2.client}
 * @param oidcUsernameClaim the ID-token claim that names the local account
 */
@ConfigurationProperties("counterpart.security")
public record SecurityProperties(
    @Nullable Integer maxFailedLogins,
    @Nullable Duration lockDuration,
    boolean oidcEnabled,
    @Nullable String oidcUsernameClaim) {

  public int resolvedMaxFailedLogins() {
    return maxFailedLogins == null ? 5 : maxFailedLogins;
  }

  public Duration resolvedLockDuration() {
    return lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
  }

  public String resolvedUsernameClaim() {
    return oidcUsernameClaim == null ? "preferred_username" : oidcUsernameClaim;
  }
}
