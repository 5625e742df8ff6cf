package org.counterpart.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * Computes and checks the SHA-256 hash chain of the audit trail.
 *
 * <p>Each entry's hash covers its own fields and the previous entry's hash, so changing, removing
 * or reordering any entry breaks every hash after it. Fields are length-prefixed so that no two
 * different entries serialise to the same bytes.
 */
public final class AuditChain {

  /** The previous hash of the very first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** Timestamps are kept to the microsecond, which is what PostgreSQL stores. */
  public static Instant truncate(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  public static String hash(
      long sequence,
      Instant at,
      String actor,
      String action,
      String objectType,
      String objectId,
      String purpose,
      String outcome,
      String details,
      String previousHash) {
    var digest = sha256();
    for (String field :
        new String[] {
          Long.toString(sequence),
          truncate(at).toString(),
          actor,
          action,
          objectType,
          objectId,
          purpose,
          outcome,
          details,
          previousHash
        }) {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(bytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public static String hashOf(AuditRecord r) {
    return hash(
        r.sequence(),
        r.at(),
        r.actor(),
        r.action(),
        r.objectType(),
        r.objectId(),
        r.purpose(),
        r.outcome(),
        r.details(),
        r.previousHash());
  }

  /** Walks the entries in sequence order and reports the first one that breaks the chain. */
  public static Verification verify(Iterator<AuditRecord> entries) {
    String expectedPrevious = GENESIS;
    long count = 0;
    long expectedSequence = -1;
    while (entries.hasNext()) {
      AuditRecord entry = entries.next();
      if (expectedSequence >= 0 && entry.sequence() != expectedSequence) {
        return new Verification.Broken(
            count, entry.sequence(), "entry " + expectedSequence + " is missing");
      }
      if (!entry.previousHash().equals(expectedPrevious)) {
        return new Verification.Broken(
            count, entry.sequence(), "previous hash does not match the entry before it");
      }
      if (!hashOf(entry).equals(entry.hash())) {
        return new Verification.Broken(
            count, entry.sequence(), "content does not match its hash (altered)");
      }
      expectedPrevious = entry.hash();
      expectedSequence = entry.sequence() + 1;
      count++;
    }
    return new Verification.Intact(count);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The outcome of checking a chain. */
  public sealed interface Verification {

    /** Every entry matches its hash and its predecessor. */
    record Intact(long entries) implements Verification {}

    /** The first entry that does not fit, after {@code checked} good ones. */
    record Broken(long checked, long sequence, String reason) implements Verification {}
  }
}
