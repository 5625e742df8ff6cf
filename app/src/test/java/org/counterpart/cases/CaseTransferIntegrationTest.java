package org.counterpart.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterpart.cases.CaseFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.counterpart.support.NodeTestSupport;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Export and import of HTCDS JSON and CSV: round trips, and all-or-nothing imports. */
@SpringBootTest
class CaseTransferIntegrationTest {

  @DynamicPropertySource
  static void node(DynamicPropertyRegistry registry) throws Exception {
    NodeTestSupport.nodeProperties(registry);
  }

  @Autowired CaseRegistry registry;
  @Autowired CaseReader reader;
  @Autowired CaseTransfer transfer;
  @Autowired JdbcTemplate jdbc;

  private int count() {
    return jdbc.queryForObject("select count(*) from case_file", Integer.class);
  }

  private static List<String> people(CaseViews.CaseView view) {
    return view.persons().stream()
        .map(
            p ->
                p.role()
                    + " "
                    + p.identity().givenName()
                    + " "
                    + p.identity().surname()
                    + " "
                    + p.identity().birthDate()
                    + " "
                    + p.identity().phones()
                    + " "
                    + p.identity().documents().stream()
                        .map(PersonIdentity.IdentityDocument::number)
                        .toList())
        .sorted()
        .toList();
  }

  @Test
  void jsonExportImportsBackToTheSameCase() {
    String original =
        registry.register(
            trafficking(
                victim("Ana", "Hoxha", LocalDate.of(2004, 4, 1), "+355 69 123 4567"),
                suspect("Arben", "Krasniqi", LocalDate.of(1979, 12, 24))),
            OFFICER);
    String json = transfer.export(List.of(original), CaseTransfer.Format.JSON, OFFICER);
    assertThat(json).contains("\"prs_FirstName\"", "HTCDS by IOM", "\"hte_Type\" : \"Transit\"");
    var report =
        transfer.importCases(
            transfer.parse(json, CaseTransfer.Format.JSON), false, OFFICER, n -> {});
    assertThat(report.imported()).isEqualTo(1);
    var copy = reader.view(report.references().getFirst(), OFFICER);
    var source = reader.view(original, OFFICER);
    assertThat(people(copy)).isEqualTo(people(source));
    assertThat(copy.events()).isEqualTo(source.events());
    assertThat(copy.exploitationTypes()).isEqualTo(source.exploitationTypes());
  }

  @Test
  void csvExportImportsBackToTheSamePeople() {
    String original =
        registry.register(
            trafficking(
                victim("Шпреса", "Бериша", LocalDate.of(1996, 8, 2)),
                suspect("Bekim", "Gashi, \"Beki\"", LocalDate.of(1975, 5, 5))),
            OFFICER);
    String csv = transfer.export(List.of(original), CaseTransfer.Format.CSV, OFFICER);
    var report =
        transfer.importCases(transfer.parse(csv, CaseTransfer.Format.CSV), false, OFFICER, n -> {});
    assertThat(people(reader.view(report.references().getFirst(), OFFICER)))
        .isEqualTo(people(reader.view(original, OFFICER)));
  }

  @Test
  void aFileWithOneBadRowImportsNothingAndNamesRowAndColumn() {
    String good =
        "RS-X-1,TRAFFICKING,Active,DETECTED,2026-02-01,RS,Subotica,,,ForcedLabour,,,,,,,true,,PRESUMED_VICTIM,,VICTIM,Milica,Jovanović,2000-01-01,Feminine,RS,,,,\n";
    String bad =
        "RS-X-2,TRAFFICKING,Active,DETECTED,2026-02-01,RS,Subotica,,,ForcedLabour,,,,,,,true,,PRESUMED_VICTIM,,VICTIM,Jovana,Marić,2027-13-01,Feminine,RS,,,,\n";
    String header =
        String.join(",", HtcdsRecords.CASE_FIELDS)
            + ","
            + String.join(",", HtcdsRecords.PERSON_FIELDS)
            + "\n";
    int before = count();
    var parsed =
        transfer.parse(
            header + good + bad + good.replace("RS-X-1", "RS-X-3"), CaseTransfer.Format.CSV);
    assertThatThrownBy(() -> transfer.importCases(parsed, false, OFFICER, n -> {}))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("row 3, column prs_Birthdate"));
    assertThat(count()).isEqualTo(before);

    var report = transfer.importCases(parsed, true, OFFICER, n -> {});
    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.problems()).hasSize(1);
    assertThat(count()).isEqualTo(before + 2);
  }

  @Test
  void aJsonFileWithAnImpossibleDateImportsNothing() {
    String file =
        """
        {"cases": [
          {"cpt_Kind": "SMUGGLING", "cpt_DetectedOn": "2026-01-05", "cpt_DetectedCountry": "RS",
           "persons": [{"cpt_Role": "SMUGGLED_MIGRANT", "prs_FirstName": "Ahmad", "prs_SecondName": "Karimi",
                        "prs_Gender": "Masculine", "prs_Citizenship": "AF"}]},
          {"cpt_Kind": "SMUGGLING", "cpt_DetectedOn": "2026-01-05", "cpt_DetectedCountry": "RS",
           "persons": [{"cpt_Role": "SMUGGLED_MIGRANT", "prs_FirstName": "Omid", "prs_SecondName": "Rahimi",
                        "prs_Birthdate": "2026-02-01", "prs_Gender": "Masculine", "prs_Citizenship": "AF"}]}
        ]}""";
    int before = count();
    var parsed = transfer.parse(file, CaseTransfer.Format.JSON);
    assertThatThrownBy(() -> transfer.importCases(parsed, false, OFFICER, n -> {}))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("cases[1].persons[0].identity.birthDate"));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void exportingManyCasesIsForAdministrators() {
    assertThatThrownBy(() -> transfer.export(List.of("a", "b"), CaseTransfer.Format.JSON, OFFICER))
        .isInstanceOf(NotPermittedException.class);
  }
}
