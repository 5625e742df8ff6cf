package org.counterpart.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CitizenshipTest {

  @Test
  void everyCitizenshipDrawsValidMobileNumbers() {
    SplitMix rnd = new SplitMix(1);
    for (Citizenship citizenship : Citizenship.ALL) {
      for (int i = 0; i < 300; i++) {
        SyntheticPerson person =
            personWithPhone(citizenship.country(), citizenship.mobileNumber(rnd));
        CaseFacts.assertValidMobile(person);
      }
    }
  }

  @Test
  void documentNumbersFollowTheirPattern() {
    SplitMix rnd = new SplitMix(2);
    assertThat(Citizenship.of("RS").documentNumber(rnd)).matches("\\d{9}");
    assertThat(Citizenship.of("AL").documentNumber(rnd)).matches("[A-Z]{2}\\d{7}");
    assertThat(Citizenship.of("XK").documentNumber(rnd)).matches("P\\d{8}");
  }

  private static SyntheticPerson personWithPhone(String country, String phone) {
    return new SyntheticPerson(
        "t", "A", "B", Script.LATIN, Sex.MALE, LocalDate.of(1990, 1, 1), country, phone, "X", null);
  }
}
