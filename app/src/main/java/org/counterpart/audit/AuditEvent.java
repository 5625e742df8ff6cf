package org.counterpart.audit;

import java.util.Objects;

/**
 * What a module asks the trail to record. {@code details} must hold no personal data in clear:
 * refer to persons by their pseudonymous or internal ids.
 *
 * @param actor the username, {@code system}, or the federated party
 * @param action dotted verb, e.g. {@code login.failed}, {@code person.identity.viewed}
 * @param objectType what was touched, e.g. {@code user}, {@code person}
 * @param objectId its stable id
 * @param purpose why, as given by the user or implied by the function
 * @param outcome {@code success}, {@code denied}, {@code failure}
 * @param details short technical context
 */
public record AuditEvent(
    String actor,
    String action,
    String objectType,
    String objectId,
    String purpose,
    String outcome,
    String details) {

  public AuditEvent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    objectType = Objects.requireNonNullElse(objectType, "");
    objectId = Objects.requireNonNullElse(objectId, "");
    purpose = Objects.requireNonNullElse(purpose, "");
    outcome = Objects.requireNonNullElse(outcome, "success");
    details = Objects.requireNonNullElse(details, "");
  }

  public static AuditEvent of(String actor, String action, String objectType, String objectId) {
    return new AuditEvent(actor, action, objectType, objectId, "", "success", "");
  }

  public AuditEvent because(String why) {
    return new AuditEvent(actor, action, objectType, objectId, why, outcome, details);
  }

  public AuditEvent outcome(String result) {
    return new AuditEvent(actor, action, objectType, objectId, purpose, result, details);
  }

  public AuditEvent details(String text) {
    return new AuditEvent(actor, action, objectType, objectId, purpose, outcome, text);
  }
}
