package org.counterpart.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Accepts a single sign-on only for an enabled local account: the identity provider says who the
 * official is, this node says what the official may do.
 */
@Component
@ConditionalOnProperty(name = "counterpart.security.oidc-enabled", havingValue = "true")
class LocalOidcUserService extends OidcUserService {

  private final Officials officials;
  private final SecurityProperties properties;

  LocalOidcUserService(Officials officials, SecurityProperties properties) {
    this.officials = officials;
    this.properties = properties;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser external = super.loadUser(request);
    String claim = properties.resolvedUsernameClaim();
    Object username = external.getClaims().get(claim);
    var account =
        username == null
            ? java.util.Optional.<Officials.LoginAccount>empty()
            : officials.loginAccount(username.toString());
    if (account.isEmpty() || !account.get().enabled()) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error("no_local_account", "no enabled account for this official", null));
    }
    var authorities =
        account.get().roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return new DefaultOidcUser(authorities, external.getIdToken(), external.getUserInfo(), claim);
  }
}
