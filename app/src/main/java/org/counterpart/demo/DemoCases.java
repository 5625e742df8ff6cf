package org.counterpart.demo;

import java.util.ArrayList;
import java.util.List;
import org.counterpart.cases.CaseKind;
import org.counterpart.cases.NewCase;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.cases.PersonRole;
import org.counterpart.core.demo.CasePerson;
import org.counterpart.core.demo.Exploitation;
import org.counterpart.core.demo.RouteLeg;
import org.counterpart.core.demo.SyntheticCase;
import org.counterpart.core.demo.SyntheticPerson;

/** Turns the generator's synthetic cases into the registry's registration commands. */
public final class DemoCases {

  private DemoCases() {}

  public static NewCase toCommand(SyntheticCase synthetic) {
    List<String> exploitation =
        synthetic.exploitation().stream().map(e -> e.type().htcdsValue()).distinct().toList();
    String sector =
        synthetic.exploitation().stream()
            .map(Exploitation::sector)
            .filter(java.util.Objects::nonNull)
            .map(s -> s.htcdsValue())
            .findFirst()
            .orElse(null);
    List<NewCase.NewEvent> events = new ArrayList<>();
    for (RouteLeg leg : synthetic.route()) {
      events.add(
          new NewCase.NewEvent(
              "Transit",
              null,
              leg.toCountry(),
              null,
              leg.borderCrossingPoint(),
              transport(leg.transport())));
    }
    List<NewCase.NewPerson> persons = synthetic.persons().stream().map(DemoCases::person).toList();
    return new NewCase(
        synthetic.kind() == org.counterpart.core.demo.CaseKind.TRAFFICKING
            ? CaseKind.TRAFFICKING
            : CaseKind.SMUGGLING,
        synthetic.detectedOn(),
        synthetic.country(),
        null,
        null,
        null,
        exploitation,
        sector,
        synthetic.recruitmentMethod(),
        List.of(),
        List.of(),
        List.of(),
        null,
        true,
        persons,
        events);
  }

  private static NewCase.NewPerson person(CasePerson member) {
    SyntheticPerson p = member.person();
    PersonRole role =
        switch (member.role()) {
          case VICTIM -> PersonRole.PRESUMED_VICTIM;
          case SUSPECT -> PersonRole.SUSPECT;
          case SMUGGLED_MIGRANT -> PersonRole.SMUGGLED_MIGRANT;
          case WITNESS -> PersonRole.WITNESS;
        };
    return new NewCase.NewPerson(
        role,
        member.perpetratorRole() == null ? null : member.perpetratorRole().htcdsValue(),
        null,
        p.sex().htcdsValue(),
        p.citizenship(),
        new PersonIdentity(
            p.givenName(),
            p.surname(),
            p.birthDate(),
            List.of(
                new PersonIdentity.IdentityDocument(
                    "passport", p.documentNumber(), p.citizenship())),
            List.of(p.phoneE164()),
            List.of()));
  }

  private static String transport(String value) {
    return org.counterpart.cases.Vocabulary.TRANSPORT.contains(value) ? value : "other";
  }
}
