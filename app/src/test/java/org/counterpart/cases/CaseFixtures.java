package org.counterpart.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.counterpart.identity.UserRole;

/** Small builders of cases and officials for the registry's tests. */
final class CaseFixtures {

  static final Actor OFFICER = new Actor("officer.rs", Set.of(UserRole.FIRST_LINE_OFFICER));
  static final Actor OTHER_OFFICER = new Actor("officer2.rs", Set.of(UserRole.FIRST_LINE_OFFICER));
  static final Actor TEAM = new Actor("team.rs", Set.of(UserRole.SCREENING_TEAM_MEMBER));
  static final Actor PROSECUTOR = new Actor("prosecutor.rs", Set.of(UserRole.PROSECUTOR));
  static final Actor ADMIN = new Actor("admin.rs", Set.of(UserRole.NODE_ADMIN));

  private CaseFixtures() {}

  static NewCase.NewPerson victim(String given, String surname, LocalDate born, String... phones) {
    return new NewCase.NewPerson(
        PersonRole.PRESUMED_VICTIM,
        null,
        null,
        "Feminine",
        "RS",
        new PersonIdentity(given, surname, born, List.of(), List.of(phones), List.of()));
  }

  static NewCase.NewPerson suspect(String given, String surname, LocalDate born) {
    return new NewCase.NewPerson(
        PersonRole.SUSPECT,
        "RecruiterOrIntermediary",
        null,
        "Masculine",
        "RS",
        new PersonIdentity(
            given,
            surname,
            born,
            List.of(new PersonIdentity.IdentityDocument("passport", "PX012345678", "RS")),
            List.of(),
            List.of()));
  }

  static NewCase trafficking(NewCase.NewPerson... persons) {
    return new NewCase(
        CaseKind.TRAFFICKING,
        LocalDate.of(2026, 3, 14),
        "RS",
        "Preševo",
        42.31,
        21.65,
        List.of("ForcedLabour"),
        "F_Construction",
        "ThroughOnlineSocialNetworks",
        List.of("Facebook"),
        List.of(),
        List.of(),
        null,
        true,
        List.of(persons),
        List.of(
            new NewCase.NewEvent(
                "Recruitment", LocalDate.of(2026, 1, 10), "MK", "Kumanovo", null, null),
            new NewCase.NewEvent(
                "Transit", LocalDate.of(2026, 3, 13), "RS", "Preševo", "Tabanovce", "van")));
  }
}
