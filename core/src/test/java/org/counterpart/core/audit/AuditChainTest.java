package org.counterpart.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static List<AuditRecord> chain(int length) {
    List<AuditRecord> entries = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int i = 1; i <= length; i++) {
      Instant at = Instant.parse("2026-01-01T10:00:00.123456789Z").plusSeconds(i);
      String hash =
          AuditChain.hash(
              i,
              at,
              "officer.rs",
              "person.viewed",
              "person",
              "P-" + i,
              "case work",
              "success",
              "",
              previous);
      entries.add(
          new AuditRecord(
              i,
              AuditChain.truncate(at),
              "officer.rs",
              "person.viewed",
              "person",
              "P-" + i,
              "case work",
              "success",
              "",
              previous,
              hash));
      previous = hash;
    }
    return entries;
  }

  @Test
  void acceptsAnUntouchedChain() {
    assertThat(AuditChain.verify(chain(5).iterator()))
        .isEqualTo(new AuditChain.Verification.Intact(5));
  }

  @Test
  void acceptsAnEmptyChain() {
    assertThat(AuditChain.verify(List.<AuditRecord>of().iterator()))
        .isEqualTo(new AuditChain.Verification.Intact(0));
  }

  @Test
  void namesTheAlteredEntry() {
    List<AuditRecord> entries = chain(5);
    AuditRecord third = entries.get(2);
    entries.set(
        2,
        new AuditRecord(
            third.sequence(),
            third.at(),
            "someone.else",
            third.action(),
            third.objectType(),
            third.objectId(),
            third.purpose(),
            third.outcome(),
            third.details(),
            third.previousHash(),
            third.hash()));
    var result = AuditChain.verify(entries.iterator());
    assertThat(result).isInstanceOf(AuditChain.Verification.Broken.class);
    assertThat(((AuditChain.Verification.Broken) result).sequence()).isEqualTo(3);
    assertThat(((AuditChain.Verification.Broken) result).checked()).isEqualTo(2);
  }

  @Test
  void namesTheEntryAfterARemovedOne() {
    List<AuditRecord> entries = chain(5);
    entries.remove(1);
    var result = (AuditChain.Verification.Broken) AuditChain.verify(entries.iterator());
    assertThat(result.sequence()).isEqualTo(3);
    assertThat(result.reason()).contains("missing");
  }

  @Test
  void detectsARewrittenTail() {
    // Recomputing one entry's own hash is not enough: the next entry still points at the old one.
    List<AuditRecord> entries = chain(4);
    AuditRecord second = entries.get(1);
    String forged =
        AuditChain.hash(
            2,
            second.at(),
            "officer.rs",
            "person.viewed",
            "person",
            "P-99",
            "case work",
            "success",
            "",
            second.previousHash());
    entries.set(
        1,
        new AuditRecord(
            2,
            second.at(),
            "officer.rs",
            "person.viewed",
            "person",
            "P-99",
            "case work",
            "success",
            "",
            second.previousHash(),
            forged));
    var result = (AuditChain.Verification.Broken) AuditChain.verify(entries.iterator());
    assertThat(result.sequence()).isEqualTo(3);
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    String a = AuditChain.hash(1, at, "ab", "c", "", "", "", "", "", AuditChain.GENESIS);
    String b = AuditChain.hash(1, at, "a", "bc", "", "", "", "", "", AuditChain.GENESIS);
    assertThat(a).isNotEqualTo(b);
  }
}
