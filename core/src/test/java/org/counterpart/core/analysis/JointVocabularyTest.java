package org.counterpart.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JointVocabularyTest {

  static JointRecord record(String sourceRef, String citizenship, Set<String> communication) {
    return new JointRecord(
        "RS",
        sourceRef,
        1,
        "THB",
        2026,
        2,
        null,
        "Female",
        "21--23",
        "Adult",
        citizenship,
        "RS",
        Set.of(),
        Set.of("ForcedLabour"),
        Set.of(),
        Set.of(),
        Set.of(),
        null,
        Set.of(),
        communication,
        Set.of(),
        List.of("RS", "HU"),
        "RS-HU",
        "2-3",
        Set.of("Smuggler"));
  }

  @Test
  void acceptsARecordOfAllowedValues() {
    assertThat(
            JointVocabulary.problems(
                record("3f1c2a7e-0b5d-4c1e-9a2f-6d8e4b7c1a90", "QW", Set.of("WhatsApp"))))
        .isEmpty();
  }

  @Test
  void namesEveryFieldThatCouldCarryAnIdentifier() {
    assertThat(
            JointVocabulary.problems(
                record("KU-RS-2026-000123", "Milica Jovanović", Set.of("+381641112233"))))
        .containsExactly("sourceRef", "citizenship", "communication");
  }

  @Test
  void mapsFreeTextOntoTheVocabularyOrOther() {
    assertThat(JointVocabulary.match("debt bondage", JointVocabulary.MEANS_OF_CONTROL))
        .contains("DebtBondage");
    assertThat(JointVocabulary.match("whatsapp", JointVocabulary.COMMUNICATION))
        .contains("WhatsApp");
    assertThat(JointVocabulary.match("+381 64 111 2233", JointVocabulary.COMMUNICATION))
        .contains("Other");
    assertThat(JointVocabulary.match(" ", JointVocabulary.COMMUNICATION)).isEmpty();
  }
}
