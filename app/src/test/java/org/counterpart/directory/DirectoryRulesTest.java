package org.counterpart.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectoryRulesTest {

  static Map<String, String> interpreter() {
    Map<String, String> v = new HashMap<>();
    v.put("kind", "INTERPRETER");
    v.put("name", "Zarmina Wardak");
    v.put("place", "Bihać");
    v.put("languages", "Pashto; PUS, prs, ps");
    v.put("phones", "061 700 200");
    v.put("emails", "Z.Wardak@Example.org");
    v.put("days", "mon, Tuesday");
    v.put("remote", "yes");
    return v;
  }

  static DirectoryEntry check(Map<String, String> values, String country) {
    return DirectoryRules.check(EntryForm.of(values), country, id -> false);
  }

  @Test
  void normalisesPhonesLanguagesAddressesAndDays() {
    DirectoryEntry e = check(interpreter(), "BA");
    assertThat(e.phones()).containsExactly("+38761700200");
    assertThat(e.languages()).as("one code per language, in order").containsExactly("ps", "prs");
    assertThat(e.emails()).containsExactly("z.wardak@example.org");
    assertThat(e.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    assertThat(e.remote()).isTrue();
    assertThat(e.onSite()).isFalse();
  }

  @Test
  void namesEveryWrongFieldAtOnce() {
    Map<String, String> v = interpreter();
    v.put("name", " ");
    v.put("phones", "12");
    v.put("emails", "someone@");
    v.put("languages", "xx");
    v.put("countries", "YU");
    v.put("days", "someday");
    v.put("website", "javascript:alert(1)");
    v.put("awayFrom", "2026-12-05");
    v.put("awayUntil", "2026-12-01");
    v.put("remote", "");
    v.put("parent", "not-an-id");
    assertThatThrownBy(() -> check(v, "BA"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex ->
                assertThat(ex.problems())
                    .extracting(FieldProblem::field, FieldProblem::message)
                    .containsExactlyInAnyOrder(
                        tuple("name", "validation.required"),
                        tuple("phones", "validation.phone"),
                        tuple("emails", "validation.email"),
                        tuple("languages", "directory.error.language"),
                        tuple("languages", "directory.error.interpreter-languages"),
                        tuple("countries", "validation.country"),
                        tuple("days", "directory.error.day"),
                        tuple("website", "directory.error.website"),
                        tuple("awayUntil", "directory.error.away"),
                        tuple("remote", "directory.error.interpreter-mode"),
                        tuple("parent", "directory.error.parent")));
  }

  @Test
  void controlCharactersAndUnknownAnswersAreRefused() {
    Map<String, String> v = interpreter();
    v.put("name", "Zarmina\u0000Wardak");
    v.put("hours", "24/7\u2028daily");
    v.put("notes", "line one\nline two");
    v.put("onSite", "maybe");
    assertThatThrownBy(() -> check(v, "BA"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex ->
                assertThat(ex.problems())
                    .extracting(FieldProblem::field, FieldProblem::message)
                    .containsExactlyInAnyOrder(
                        tuple("name", "directory.error.characters"),
                        tuple("hours", "directory.error.characters"),
                        tuple("onSite", "directory.error.yes-no")));
    v.put("name", "Zarmina Wardak");
    v.put("hours", "24/7");
    v.put("onSite", "ne");
    v.put("remote", "да");
    DirectoryEntry e = check(v, "BA");
    assertThat(e.notes()).as("a new line is kept in notes").isEqualTo("line one\nline two");
    assertThat(e.remote()).isTrue();
    assertThat(e.onSite()).isFalse();
  }

  @Test
  void aCooperationCentreServesTwoCountriesAndAUnitBelongsToAnInstitution() {
    Map<String, String> centre = new HashMap<>();
    centre.put("kind", "COOPERATION_CENTRE");
    centre.put("name", "PCC Trebinje");
    centre.put("place", "Trebinje");
    centre.put("countries", "BA, BA");
    assertThatThrownBy(() -> check(centre, "BA"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex ->
                assertThat(ex.problems())
                    .extracting(FieldProblem::message)
                    .containsExactly("directory.error.centre-countries"));
    centre.put("countries", "BA, ME, RS");
    assertThat(check(centre, "BA").countries()).containsExactly("BA", "ME", "RS");

    Map<String, String> unit = new HashMap<>(Map.of("kind", "UNIT", "name", "THB unit"));
    unit.put("place", "Podgorica");
    assertThatThrownBy(() -> check(unit, "ME"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex ->
                assertThat(ex.problems())
                    .extracting(FieldProblem::message)
                    .containsExactly("directory.error.unit-parent"));
  }

  @Test
  void anInterpreterIsAvailableOnWorkingDaysOutsideAnAbsence() {
    Map<String, String> v = interpreter();
    v.put("days", "MON, TUE, WED");
    v.put("awayFrom", "2026-12-08");
    v.put("awayUntil", "2026-12-09");
    DirectoryEntry e = check(v, "BA");
    assertThat(e.availableOn(LocalDate.of(2026, 11, 30))).as("a Monday").isTrue();
    assertThat(e.availableOn(LocalDate.of(2026, 12, 3))).as("a Thursday").isFalse();
    assertThat(e.availableOn(LocalDate.of(2026, 12, 8))).as("a Tuesday away").isFalse();
    assertThat(e.availableOn(LocalDate.of(2026, 12, 14))).as("the Monday after").isTrue();
  }

  @Test
  void languagesAreIso639CodesOrEnglishNames() {
    assertThat(IsoCodes.code("ur")).contains("ur");
    assertThat(IsoCodes.code("URD")).as("ISO 639-2").contains("ur");
    assertThat(IsoCodes.code("Pashto")).contains("ps");
    assertThat(IsoCodes.code("prs")).as("Dari, ISO 639-3 only").contains("prs");
    assertThat(IsoCodes.code("qq")).isEmpty();
    assertThat(IsoCodes.code("Martian")).isEmpty();
    assertThat(IsoCodes.country("xk")).contains("XK");
    assertThat(IsoCodes.country("YU")).isEmpty();
    assertThat(IsoCodes.languageName("ps", java.util.Locale.forLanguageTag("cnr")))
        .as("Montenegrin readers read the Latin Serbian names of CLDR")
        .isEqualTo("paštunski");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AL", "BA", "ME", "MK", "RS", "XK"})
  void theDemoDirectoryOfEachCountryIsValid(String country) throws IOException {
    String csv;
    try (var in = getClass().getResourceAsStream("/demo/directory/" + country + ".csv")) {
      assertThat(in).isNotNull();
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    int rows = 0;
    for (var row : format.parse(new StringReader(csv))) {
      assertThat(row.size()).as("line %d", row.getRecordNumber() + 1).isEqualTo(18);
      Map<String, String> values = new HashMap<>(row.toMap());
      // A parent names an earlier row; the import turns the name into that row's id.
      if (!values.get("parent").isEmpty()) {
        values.put("parent", java.util.UUID.randomUUID().toString());
      }
      DirectoryRules.check(EntryForm.of(values), country, id -> true);
      rows++;
    }
    assertThat(rows).isGreaterThan(3);
  }
}
