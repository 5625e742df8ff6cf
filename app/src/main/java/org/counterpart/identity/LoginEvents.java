package org.counterpart.identity;

import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every login, failed or not, to the audit trail and counts failures for lock-out. */
@Component
class LoginEvents {

  private final Officials officials;
  private final AuditTrail audit;
  private final SecurityProperties properties;

  LoginEvents(Officials officials, AuditTrail audit, SecurityProperties properties) {
    this.officials = officials;
    this.audit = audit;
    this.properties = properties;
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    String username = event.getAuthentication().getName();
    officials.recordSuccessfulLogin(username);
    audit.recordSeparately(AuditEvent.of(username, "login.succeeded", "user", username));
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String username = String.valueOf(event.getAuthentication().getName());
    String reason = event.getException().getClass().getSimpleName();
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      officials.recordFailedLogin(
          username, properties.resolvedMaxFailedLogins(), properties.resolvedLockDuration());
    }
    String action =
        event instanceof AuthenticationFailureLockedEvent ? "login.refused.locked" : "login.failed";
    audit.recordSeparately(
        AuditEvent.of(truncate(username), action, "user", truncate(username))
            .outcome("denied")
            .details(reason));
  }

  /** An attacker chooses the username; keep what the trail stores short. */
  private static String truncate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 64);
  }
}
