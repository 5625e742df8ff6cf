package org.counterpart.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the hash-chained audit trail: who did what, to which object, when and why.
 *
 * <p>Law Enforcement Directive Art. 25 asks for the identity of the person, the date and time and,
 * as far as possible, the justification; {@code purpose} carries the why.
 */
public record AuditRecord(
    long sequence,
    Instant at,
    String actor,
    String action,
    String objectType,
    String objectId,
    String purpose,
    String outcome,
    String details,
    String previousHash,
    String hash) {

  public AuditRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    objectType = Objects.requireNonNullElse(objectType, "");
    objectId = Objects.requireNonNullElse(objectId, "");
    purpose = Objects.requireNonNullElse(purpose, "");
    outcome = Objects.requireNonNullElse(outcome, "");
    details = Objects.requireNonNullElse(details, "");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** The same entry with its hash set (once the other fields are known and hashed). */
  public AuditRecord withHash(String newHash) {
    return new AuditRecord(
        sequence,
        at,
        actor,
        action,
        objectType,
        objectId,
        purpose,
        outcome,
        details,
        previousHash,
        newHash);
  }
}
