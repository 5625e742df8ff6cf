package org.counterpart.support;

import java.time.LocalDate;
import java.util.List;
import org.counterpart.cases.CaseKind;
import org.counterpart.cases.NewCase;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.cases.PersonRole;
import org.jspecify.annotations.Nullable;

/** Small cases for tests that need one to work on, not to test the registry itself. */
public final class SampleCases {

  private SampleCases() {}

  /** A forced-labour case detected in Serbia with one presumed victim. */
  public static NewCase oneVictim(
      LocalDate detectedOn,
      String place,
      String gender,
      String citizenship,
      String given,
      String surname,
      @Nullable LocalDate born) {
    return forcedLabour(
        detectedOn,
        "RS",
        place,
        List.of(
            new NewCase.NewPerson(
                PersonRole.PRESUMED_VICTIM,
                null,
                null,
                gender,
                citizenship,
                new PersonIdentity(given, surname, born, List.of(), List.of(), List.of()))));
  }

  /** A forced-labour case detected in {@code country} on 2026-05-01 with these persons. */
  public static NewCase withPersons(String country, NewCase.NewPerson... persons) {
    return forcedLabour(LocalDate.of(2026, 5, 1), country, null, List.of(persons));
  }

  private static NewCase forcedLabour(
      LocalDate detectedOn,
      String country,
      @Nullable String place,
      List<NewCase.NewPerson> persons) {
    return new NewCase(
        CaseKind.TRAFFICKING,
        detectedOn,
        country,
        place,
        null,
        null,
        List.of("ForcedLabour"),
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        persons,
        List.of());
  }

  /** A person in one role, citizen of Serbia. */
  public static NewCase.NewPerson person(PersonRole role, String gender, PersonIdentity identity) {
    return new NewCase.NewPerson(role, null, null, gender, "RS", identity);
  }
}
