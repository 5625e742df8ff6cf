package org.counterpart.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.counterpart.core.names.PhoneNumbers;
import org.counterpart.system.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The checks a case must pass beyond the shape of its fields: real countries, possible dates,
 * phones that are phones, roles that fit the person's category, values from the standard. Each
 * problem names its field and a message key.
 */
public final class CaseRules {

  private CaseRules() {}

  public static List<FieldProblem> check(NewCase command, LocalDate today, String nodeCountry) {
    List<FieldProblem> problems = new ArrayList<>(details(command.details(), today));
    for (int i = 0; i < command.persons().size(); i++) {
      person(
          problems,
          "persons[" + i + "]",
          command.persons().get(i),
          command.detectedOn(),
          today,
          nodeCountry);
    }
    for (int i = 0; i < command.events().size(); i++) {
      var event = command.events().get(i);
      String at = "events[" + i + "]";
      optionalVocabulary(problems, at + ".kind", event.kind(), Vocabulary.EVENT_TYPES);
      if (event.country() != null) {
        country(problems, at + ".country", event.country());
      }
      if (event.occurredOn() != null && event.occurredOn().isAfter(today)) {
        problems.add(new FieldProblem(at + ".occurredOn", "validation.date-future"));
      }
      optionalVocabulary(problems, at + ".transport", event.transport(), Vocabulary.TRANSPORT);
    }
    return problems;
  }

  /** The checks of the facts of a case: at registration and when they are corrected. */
  public static List<FieldProblem> details(CaseDetails details, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    country(problems, "detectedCountry", details.detectedCountry());
    if (details.detectedOn() == null) {
      problems.add(new FieldProblem("detectedOn", "validation.required"));
    } else if (details.detectedOn().isAfter(today)) {
      problems.add(new FieldProblem("detectedOn", "validation.date-future"));
    }
    vocabulary(
        problems, "exploitationTypes", details.exploitationTypes(), Vocabulary.EXPLOITATION_TYPES);
    optionalVocabulary(problems, "labourSector", details.labourSector(), Vocabulary.LABOUR_SECTORS);
    optionalVocabulary(
        problems, "recruitmentMethod", details.recruitmentMethod(), Vocabulary.RECRUITMENT_METHODS);
    if (details.latitude() != null && Math.abs(details.latitude()) > 90) {
      problems.add(new FieldProblem("latitude", "validation.coordinate"));
    }
    if (details.longitude() != null && Math.abs(details.longitude()) > 180) {
      problems.add(new FieldProblem("longitude", "validation.coordinate"));
    }
    tooLong(problems, "detectedPlace", details.detectedPlace());
    tooLong(problems, "crimeGroup", details.crimeGroup());
    return problems;
  }

  private static void person(
      List<FieldProblem> problems,
      String at,
      NewCase.NewPerson person,
      @Nullable LocalDate detectedOn,
      LocalDate today,
      String nodeCountry) {
    if (person.role() != null && !person.role().allows(person.resolvedCategory())) {
      problems.add(new FieldProblem(at + ".category", "validation.role-category"));
    }
    if (person.perpetratorRole() != null) {
      if (person.role() == null || !person.role().perpetrator()) {
        problems.add(new FieldProblem(at + ".perpetratorRole", "validation.role-category"));
      }
      optionalVocabulary(
          problems,
          at + ".perpetratorRole",
          person.perpetratorRole(),
          Vocabulary.PERPETRATOR_ROLES);
    }
    optionalVocabulary(problems, at + ".gender", person.gender(), Vocabulary.GENDERS);
    if (person.citizenship() != null) {
      country(problems, at + ".citizenship", person.citizenship());
    }
    if (person.identity() != null) {
      problems.addAll(
          identity(at + ".identity", person.identity(), detectedOn, today, nodeCountry));
    }
  }

  /** The checks of an identity alone: at registration and when it is corrected. */
  public static List<FieldProblem> identity(
      String at,
      PersonIdentity identity,
      @Nullable LocalDate detectedOn,
      LocalDate today,
      String nodeCountry) {
    List<FieldProblem> problems = new ArrayList<>();
    if (identity.givenName() == null || identity.givenName().isBlank()) {
      problems.add(new FieldProblem(at + ".givenName", "validation.required"));
    }
    if (identity.surname() == null || identity.surname().isBlank()) {
      problems.add(new FieldProblem(at + ".surname", "validation.required"));
    }
    LocalDate born = identity.birthDate();
    if (born != null && born.isAfter(today)) {
      problems.add(new FieldProblem(at + ".birthDate", "validation.date-future"));
    } else if (born != null && detectedOn != null && born.isAfter(detectedOn)) {
      problems.add(new FieldProblem(at + ".birthDate", "validation.born-after-detection"));
    }
    for (int p = 0; p < identity.phones().size(); p++) {
      if (PhoneNumbers.e164(identity.phones().get(p), nodeCountry).isEmpty()) {
        problems.add(new FieldProblem(at + ".phones[" + p + "]", "validation.phone"));
      }
    }
    for (int d = 0; d < identity.documents().size(); d++) {
      var document = identity.documents().get(d);
      if (document.country() != null) {
        country(problems, at + ".documents[" + d + "].country", document.country());
      }
    }
    return problems;
  }

  private static void tooLong(List<FieldProblem> problems, String field, @Nullable String value) {
    if (value != null && value.length() > 200) {
      problems.add(new FieldProblem(field, "validation.too-long"));
    }
  }

  private static void country(List<FieldProblem> problems, String field, @Nullable String code) {
    if (code == null || !Vocabulary.COUNTRIES.contains(code)) {
      problems.add(new FieldProblem(field, "validation.country"));
    }
  }

  private static void vocabulary(
      List<FieldProblem> problems, String field, Collection<String> values, List<String> allowed) {
    for (String value : values) {
      if (!allowed.contains(value)) {
        problems.add(new FieldProblem(field, "validation.vocabulary"));
        return;
      }
    }
  }

  private static void optionalVocabulary(
      List<FieldProblem> problems, String field, @Nullable String value, List<String> allowed) {
    if (value != null && !value.isBlank() && !allowed.contains(value)) {
      problems.add(new FieldProblem(field, "validation.vocabulary"));
    }
  }
}
