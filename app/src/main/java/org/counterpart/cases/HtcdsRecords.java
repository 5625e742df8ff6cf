package org.counterpart.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.system.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Maps cases to and from HTCDS 2.0 field names (HTCDS by IOM, CC BY 4.0). HTCDS defines no record
 * ids or links and no case kind, status or route fields of the kind a police registry needs; those
 * are added with the {@code cpt_} prefix. Multi-values are lists in JSON and {@code ;}-joined in
 * CSV.
 */
public final class HtcdsRecords {

  /** Case-level fields, in CSV column order. */
  public static final List<String> CASE_FIELDS =
      List.of(
          "cas_CaseId",
          "cpt_Kind",
          "cas_Status",
          "cpt_Status",
          "cpt_DetectedOn",
          "cpt_DetectedCountry",
          "cpt_DetectedPlace",
          "hte_Latitude",
          "hte_Longitude",
          "vic_TypeOfExploitation",
          "vic_ForcedLabourIndustry",
          "vic_MethodOfRecruitment",
          "vic_RecruitmentWebsitesAndApps",
          "vic_MethodsOfControl",
          "cpt_Communication",
          "cpt_CrimeGroup",
          "con_Consent");

  /** Person-level fields, in CSV column order. */
  public static final List<String> PERSON_FIELDS =
      List.of(
          "prs_PersonId",
          "cpt_Role",
          "per_RoleInProcess",
          "cpt_DataSubjectCategory",
          "prs_FirstName",
          "prs_SecondName",
          "prs_Birthdate",
          "prs_Gender",
          "prs_Citizenship",
          "prs_MobilePhone",
          "prs_IdentityNumber",
          "cpt_IdentityDocumentCountry",
          "prs_MailingStreet");

  private HtcdsRecords() {}

  public static Map<String, Object> caseFields(CaseViews.CaseView c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cas_CaseId", c.reference());
    out.put("cpt_Kind", c.kind().name());
    out.put("cas_Status", c.status() == CaseStatus.CLOSED ? "Closed" : "Active");
    out.put("cpt_Status", c.status().name());
    out.put("cpt_DetectedOn", c.detectedOn().toString());
    out.put("cpt_DetectedCountry", c.detectedCountry());
    out.put("cpt_DetectedPlace", c.detectedPlace());
    out.put("hte_Latitude", c.latitude());
    out.put("hte_Longitude", c.longitude());
    out.put("vic_TypeOfExploitation", c.exploitationTypes());
    out.put("vic_ForcedLabourIndustry", c.labourSector());
    out.put("vic_MethodOfRecruitment", c.recruitmentMethod());
    out.put("vic_RecruitmentWebsitesAndApps", c.recruitmentApps());
    out.put("vic_MethodsOfControl", c.meansOfControl());
    out.put("cpt_Communication", c.communication());
    out.put("cpt_CrimeGroup", c.crimeGroup());
    out.put("con_Consent", c.consentGiven());
    return out;
  }

  public static Map<String, Object> personFields(CaseViews.PersonInCase p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("prs_PersonId", p.pseudonym());
    out.put("cpt_Role", p.role().name());
    out.put("per_RoleInProcess", p.perpetratorRole());
    out.put("cpt_DataSubjectCategory", p.category().name());
    var id = p.identity();
    out.put("prs_FirstName", id == null ? null : id.givenName());
    out.put("prs_SecondName", id == null ? null : id.surname());
    out.put(
        "prs_Birthdate", id == null || id.birthDate() == null ? null : id.birthDate().toString());
    out.put("prs_Gender", p.gender());
    out.put("prs_Citizenship", p.citizenship());
    out.put("prs_MobilePhone", id == null ? List.of() : id.phones());
    out.put(
        "prs_IdentityNumber",
        id == null ? List.of() : id.documents().stream().map(d -> d.number()).toList());
    out.put(
        "cpt_IdentityDocumentCountry",
        id == null
            ? List.of()
            : id.documents().stream().map(d -> d.country() == null ? "" : d.country()).toList());
    out.put("prs_MailingStreet", id == null ? List.of() : id.addresses());
    return out;
  }

  public static Map<String, Object> eventFields(CaseViews.EventView e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hte_Type", e.kind());
    out.put("hte_Date", e.occurredOn() == null ? null : e.occurredOn().toString());
    out.put("hte_Country", e.country());
    out.put("hte_City", e.place());
    out.put("cpt_BorderCrossing", e.borderCrossing());
    out.put("cpt_Transport", e.transport());
    return out;
  }

  /** Reads fields back into a command, naming every field it cannot read. */
  public static final class Reader {
    private final List<FieldProblem> problems = new ArrayList<>();
    private final String at;

    public Reader(String at) {
      this.at = at;
    }

    public List<FieldProblem> problems() {
      return problems;
    }

    public NewCase toCase(
        Map<String, ?> fields,
        List<? extends Map<String, ?>> persons,
        List<? extends Map<String, ?>> events) {
      List<NewCase.NewPerson> people = new ArrayList<>();
      for (int i = 0; i < persons.size(); i++) {
        people.add(toPerson(persons.get(i), at + ".persons[" + i + "]"));
      }
      List<NewCase.NewEvent> route = new ArrayList<>();
      for (Map<String, ?> e : events) {
        route.add(
            new NewCase.NewEvent(
                text(e, "hte_Type"),
                date(e, "hte_Date", at),
                text(e, "hte_Country"),
                text(e, "hte_City"),
                text(e, "cpt_BorderCrossing"),
                text(e, "cpt_Transport")));
      }
      return new NewCase(
          enumValue(CaseKind.class, fields, "cpt_Kind", at),
          date(fields, "cpt_DetectedOn", at),
          text(fields, "cpt_DetectedCountry"),
          text(fields, "cpt_DetectedPlace"),
          number(fields, "hte_Latitude"),
          number(fields, "hte_Longitude"),
          list(fields, "vic_TypeOfExploitation"),
          text(fields, "vic_ForcedLabourIndustry"),
          text(fields, "vic_MethodOfRecruitment"),
          list(fields, "vic_RecruitmentWebsitesAndApps"),
          list(fields, "vic_MethodsOfControl"),
          list(fields, "cpt_Communication"),
          text(fields, "cpt_CrimeGroup"),
          "true".equalsIgnoreCase(String.valueOf(fields.get("con_Consent"))),
          people,
          route);
    }

    private NewCase.NewPerson toPerson(Map<String, ?> p, String where) {
      List<String> numbers = list(p, "prs_IdentityNumber");
      List<String> countries = list(p, "cpt_IdentityDocumentCountry");
      List<PersonIdentity.IdentityDocument> documents = new ArrayList<>();
      for (int i = 0; i < numbers.size(); i++) {
        String country =
            i < countries.size() && !countries.get(i).isBlank() ? countries.get(i) : null;
        documents.add(new PersonIdentity.IdentityDocument("identity", numbers.get(i), country));
      }
      String given = text(p, "prs_FirstName");
      String surname = text(p, "prs_SecondName");
      if (given == null) {
        problems.add(new FieldProblem(where + ".prs_FirstName", "validation.required"));
      }
      if (surname == null) {
        problems.add(new FieldProblem(where + ".prs_SecondName", "validation.required"));
      }
      var identity =
          new PersonIdentity(
              given == null ? "" : given,
              surname == null ? "" : surname,
              date(p, "prs_Birthdate", where),
              documents,
              list(p, "prs_MobilePhone"),
              list(p, "prs_MailingStreet"));
      String category = text(p, "cpt_DataSubjectCategory");
      return new NewCase.NewPerson(
          enumValue(PersonRole.class, p, "cpt_Role", where),
          text(p, "per_RoleInProcess"),
          category == null
              ? null
              : enumValue(DataSubjectCategory.class, p, "cpt_DataSubjectCategory", where),
          text(p, "prs_Gender") == null ? "NonSpecifiedUnknown" : text(p, "prs_Gender"),
          text(p, "prs_Citizenship"),
          identity);
    }

    private @Nullable LocalDate date(Map<String, ?> fields, String key, String where) {
      String value = text(fields, key);
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem(where + "." + key, "validation.date"));
        return null;
      }
    }

    private @Nullable Double number(Map<String, ?> fields, String key) {
      String value = text(fields, key);
      if (value == null) {
        return null;
      }
      try {
        return Double.valueOf(value);
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem(at + "." + key, "validation.number"));
        return null;
      }
    }

    private <E extends Enum<E>> @Nullable E enumValue(
        Class<E> type, Map<String, ?> fields, String key, String where) {
      String value = text(fields, key);
      if (value == null) {
        problems.add(new FieldProblem(where + "." + key, "validation.required"));
        return null;
      }
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(where + "." + key, "validation.vocabulary"));
        return null;
      }
    }

    static @Nullable String text(Map<String, ?> fields, String key) {
      Object value = fields.get(key);
      if (value == null) {
        return null;
      }
      String text = String.valueOf(value).trim();
      return text.isEmpty() ? null : text;
    }

    static List<String> list(Map<String, ?> fields, String key) {
      Object value = fields.get(key);
      if (value == null) {
        return List.of();
      }
      if (value instanceof List<?> items) {
        return items.stream()
            .map(String::valueOf)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
      }
      String text = String.valueOf(value).trim();
      if (text.isEmpty()) {
        return List.of();
      }
      return java.util.Arrays.stream(text.split(";"))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }
}
