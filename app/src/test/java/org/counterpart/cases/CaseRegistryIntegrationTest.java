package org.counterpart.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterpart.cases.CaseFixtures.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.counterpart.audit.AuditTrail;
import org.counterpart.support.NodeTestSupport;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The registry on a real node and PostgreSQL: lifecycle, encryption, audit, bad input. */
@SpringBootTest
class CaseRegistryIntegrationTest {

  @DynamicPropertySource
  static void node(DynamicPropertyRegistry registry) throws Exception {
    NodeTestSupport.nodeProperties(registry);
  }

  @Autowired CaseRegistry registry;
  @Autowired CaseReader reader;
  @Autowired AuditTrail audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityKeyRotation rotation;
  @Autowired CaseAttachments attachments;
  @Autowired IdentityCorrections corrections;
  @Autowired PersonSearch search;

  @Test
  void aCorrectionKeepsThePreviousVersionAndIsFoundUnderTheNewName() {
    String reference = registerJelena();
    String victim =
        reader.view(reference, OFFICER).persons().stream()
            .filter(p -> !p.role().perpetrator())
            .findFirst()
            .orElseThrow()
            .pseudonym();
    int version = corrections.version(victim);
    var corrected =
        new PersonIdentity(
            "Jelena",
            "Marković",
            LocalDate.of(1999, 7, 12),
            List.of(),
            List.of("+381 64 765 4321"),
            List.of());
    assertThatThrownBy(
            () -> corrections.correct(victim, corrected, version, "passport", OTHER_OFFICER))
        .isInstanceOf(NotPermittedException.class);
    var future =
        new PersonIdentity(
            "Jelena", "Marković", LocalDate.of(2099, 1, 1), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> corrections.correct(victim, future, version, "passport", OFFICER))
        .isInstanceOf(InvalidInputException.class);
    assertThat(corrections.version(victim)).isEqualTo(version);

    corrections.correct(victim, corrected, version, "name as in her passport", OFFICER);
    assertThatThrownBy(() -> corrections.correct(victim, corrected, version, "again", OFFICER))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(reader.view(reference, OFFICER).persons())
        .filteredOn(p -> p.pseudonym().equals(victim))
        .allSatisfy(p -> assertThat(p.identity().surname()).isEqualTo("Marković"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from person_version v join person p on p.id = v.person_id where p.pseudonym = ?",
                Integer.class,
                victim))
        .isEqualTo(1);
    var hits =
        search
            .search(new PersonSearch.Query("Jelena Markovic", null, null, null), 0, 10, OFFICER)
            .hits();
    assertThat(hits).extracting(CaseViews.PersonHit::pseudonym).contains(victim);
    assertThat(audit.byActionPrefix("person.identity.corrected", 5))
        .anySatisfy(e -> assertThat(e.purpose()).isEqualTo("name as in her passport"));
  }

  @Test
  void documentsAreCheckedStoredEncryptedAndOpenToTheTeamOnly() {
    String reference = registerJelena();
    byte[] pdf = "%PDF-1.4 statement of the victim, page 1".getBytes(StandardCharsets.UTF_8);
    var attached = attachments.attach(reference, "statement.pdf", pdf, OFFICER);
    assertThat(attached.contentType()).isEqualTo("application/pdf");
    assertThat(attached.sha256()).hasSize(64);
    byte[] raw =
        jdbc.queryForObject(
            "select content from case_attachment where public_id = ?::uuid",
            byte[].class,
            attached.id());
    assertThat(new String(raw, StandardCharsets.ISO_8859_1))
        .doesNotContain("statement of the victim");
    assertThat(attachments.download(reference, attached.id(), OFFICER).content()).isEqualTo(pdf);
    assertThat(audit.byActionPrefix("case.attachment.downloaded", 10))
        .anySatisfy(e -> assertThat(e.details()).contains(attached.id()));
    assertThatThrownBy(() -> attachments.download(reference, attached.id(), OTHER_OFFICER))
        .isInstanceOf(NotPermittedException.class);

    int before = attachments.list(reference).size();
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
    assertThatThrownBy(() -> attachments.attach(reference, "photo.jpg", exe, OFFICER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().message()).isEqualTo("attachment.wrong-type"));
    byte[] huge = new byte[10 * 1024 * 1024 + 1];
    huge[0] = (byte) 0xFF;
    huge[1] = (byte) 0xD8;
    huge[2] = (byte) 0xFF;
    assertThatThrownBy(() -> attachments.attach(reference, "huge.jpg", huge, OFFICER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().message()).isEqualTo("attachment.too-large"));
    assertThat(attachments.list(reference)).hasSize(before);
  }

  @Test
  void rotatingTheKeyReencryptsEveryIdentityAndKeepsThemReadable() {
    String reference = registerJelena();
    String before =
        jdbc.queryForObject(
            "select identity_key from person order by id desc limit 1", String.class);
    var rotated = rotation.rotate("admin.rs");
    assertThat(rotated.keyId()).isNotEqualTo(before);
    assertThat(rotated.reencrypted()).isPositive();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from person where identity_key <> ?",
                Integer.class,
                rotated.keyId()))
        .isZero();
    assertThat(reader.view(reference, OFFICER).persons())
        .extracting(p -> p.identity().givenName())
        .contains("Jelena", "Dragan");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from person_version where identity_key = ?",
                Integer.class,
                before))
        .isGreaterThanOrEqualTo(2);
  }

  private String registerJelena() {
    return registry.register(
        trafficking(
            victim("Jelena", "Šćepanović", LocalDate.of(1999, 7, 21), "+381 64 765 4321"),
            suspect("Dragan", "Vukotić", LocalDate.of(1980, 2, 2))),
        OFFICER);
  }

  @Test
  void theRawTablesHoldNoReadableIdentity() {
    String reference = registerJelena();
    var rows =
        jdbc.queryForList(
            "select row_to_json(p)::text from person p join case_person cp on cp.person_id = p.id"
                + " join case_file c on c.id = cp.case_id where c.reference = ?",
            String.class,
            reference);
    assertThat(rows).hasSize(2);
    for (String row : rows) {
      assertThat(row)
          .doesNotContain(
              "Jelena",
              "Šćepanović",
              "Scepanovic",
              "1999-07-21",
              "+381647654321",
              "Dragan",
              "Vukotić",
              "PX012345678");
    }
    byte[] raw =
        jdbc.queryForObject(
            "select identity from person where pseudonym like 'V-%' order by id desc limit 1",
            byte[].class);
    assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("Jelena");
    assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Jelena");
  }

  @Test
  void theTeamSeesIdentitiesAndEachViewIsAudited() {
    String reference = registerJelena();
    var view = reader.view(reference, OFFICER);
    assertThat(view.onTeam()).isTrue();
    assertThat(view.persons())
        .extracting(p -> p.identity().givenName())
        .containsExactlyInAnyOrder("Jelena", "Dragan");
    var viewed =
        audit.byActionPrefix("person.identity.viewed", 50).stream()
            .filter(e -> e.actor().equals("officer.rs") && e.purpose().equals("case " + reference))
            .toList();
    assertThat(viewed).hasSize(2);
    assertThat(viewed).allSatisfy(e -> assertThat(e.objectId()).matches("[VS]-RS-2026-\\d{4}"));
  }

  @Test
  void othersSeePseudonymsOnlyUnlessTheyBreakTheGlass() {
    String reference = registerJelena();
    var view = reader.view(reference, OTHER_OFFICER);
    assertThat(view.onTeam()).isFalse();
    assertThat(view.persons()).allSatisfy(p -> assertThat(p.identity()).isNull());
    var prosecutorView = reader.view(reference, PROSECUTOR);
    assertThat(prosecutorView.persons())
        .filteredOn(p -> p.role().perpetrator())
        .allSatisfy(p -> assertThat(p.identity().surname()).isEqualTo("Vukotić"));
    assertThat(prosecutorView.persons())
        .filteredOn(p -> !p.role().perpetrator())
        .allSatisfy(p -> assertThat(p.identity()).isNull());

    String victim =
        view.persons().stream()
            .filter(p -> !p.role().perpetrator())
            .findFirst()
            .orElseThrow()
            .pseudonym();
    assertThatThrownBy(() -> reader.breakGlass(victim, "need", OTHER_OFFICER))
        .isInstanceOf(InvalidInputException.class);
    var identity =
        reader.breakGlass(victim, "Child at risk at the border crossing now", OTHER_OFFICER);
    assertThat(identity.givenName()).isEqualTo("Jelena");
    var access =
        reader.unreviewedBreakGlass().stream()
            .filter(b -> b.pseudonym().equals(victim))
            .findFirst()
            .orElseThrow();
    reader.markReviewed(access.id(), ADMIN);
    assertThat(reader.unreviewedBreakGlass())
        .noneSatisfy(b -> assertThat(b.id()).isEqualTo(access.id()));
    assertThatThrownBy(() -> reader.markReviewed(access.id(), ADMIN))
        .isInstanceOf(CaseNotFoundException.class);
    assertThat(audit.byActionPrefix("person.identity.break-glass", 10))
        .anySatisfy(e -> assertThat(e.objectId()).isEqualTo(victim));
  }

  @Test
  void eachMoveNeedsAPermittedRoleAndTheCurrentVersion() {
    String reference = registerJelena();
    registry.move(reference, CaseStatus.UNDER_IDENTIFICATION, null, 0, OFFICER);
    assertThatThrownBy(() -> registry.move(reference, CaseStatus.IDENTIFIED, null, 1, OFFICER))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> registry.move(reference, CaseStatus.PROSECUTED, null, 1, PROSECUTOR))
        .isInstanceOf(InvalidInputException.class);
    registry.move(reference, CaseStatus.IDENTIFIED, "indicators confirmed", 1, TEAM);
    assertThatThrownBy(() -> registry.move(reference, CaseStatus.REFERRED, null, 1, TEAM))
        .as("a save based on version 1 after version 2 was written")
        .isInstanceOf(ConcurrentEditException.class);
    registry.move(reference, CaseStatus.UNDER_INVESTIGATION, null, 2, PROSECUTOR);
    assertThatThrownBy(() -> registry.move(reference, CaseStatus.CLOSED, " ", 3, PROSECUTOR))
        .isInstanceOf(InvalidInputException.class);
    registry.move(reference, CaseStatus.CLOSED, "convicted", 3, PROSECUTOR);
    var view = reader.view(reference, OFFICER);
    assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(view.closedReason()).isEqualTo("convicted");
    assertThat(view.transitions())
        .extracting(CaseViews.TransitionView::by)
        .containsExactly("officer.rs", "team.rs", "prosecutor.rs", "prosecutor.rs");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_file_version v join case_file c on c.id = v.case_id where c.reference = ?",
                Integer.class,
                reference))
        .isEqualTo(4);
  }

  @Test
  void correctingACaseKeepsThePreviousVersionAndRefusesStaleOrBadInput() {
    String reference = registerJelena();
    var before = reader.view(reference, OFFICER);
    var corrected =
        new CaseDetails(
            LocalDate.of(2026, 3, 12),
            "RS",
            "Vranje",
            42.55,
            21.90,
            List.of("ForcedLabour", "ForcedCriminality"),
            "A_AgricultureForestryAndFishing",
            "ThroughOnlineSocialNetworks",
            List.of("Facebook", "Viber"),
            List.of("WithholdingOfDocuments"),
            List.of("Viber"),
            "Preševo group",
            true);
    assertThatThrownBy(
            () -> registry.correct(reference, corrected, before.version(), "x", OTHER_OFFICER))
        .as("only the case team corrects a case")
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> registry.correct(reference, corrected, before.version(), " ", OFFICER))
        .isInstanceOf(InvalidInputException.class);
    var bad =
        new CaseDetails(
            LocalDate.of(2099, 1, 1),
            "QQ",
            null,
            91.0,
            null,
            List.of("Slavery"),
            null,
            null,
            null,
            null,
            null,
            null,
            false);
    assertThatThrownBy(() -> registry.correct(reference, bad, before.version(), "typo", OFFICER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactlyInAnyOrder(
                        "detectedCountry", "detectedOn", "exploitationTypes", "latitude"));
    var beforeBirth =
        new CaseDetails(
            LocalDate.of(1990, 1, 1),
            "RS",
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            false);
    assertThatThrownBy(
            () -> registry.correct(reference, beforeBirth, before.version(), "typo", OFFICER))
        .as("Jelena was born in 1999: the case cannot have been detected in 1990")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem("detectedOn", "validation.born-after-detection")));
    var undated =
        new CaseDetails(
            null, "RS", null, null, null, List.of(), null, null, null, null, null, null, false);
    assertThatThrownBy(() -> registry.correct(reference, undated, before.version(), "x", OFFICER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("detectedOn", "validation.required")));
    assertThat(reader.view(reference, OFFICER).version()).isEqualTo(before.version());

    registry.correct(reference, corrected, before.version(), "place was Vranje", OFFICER);
    var after = reader.view(reference, OFFICER);
    assertThat(after.detectedPlace()).isEqualTo("Vranje");
    assertThat(after.detectedOn()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(after.exploitationTypes()).containsExactly("ForcedLabour", "ForcedCriminality");
    assertThat(after.meansOfControl()).containsExactly("WithholdingOfDocuments");
    assertThat(after.crimeGroup()).isEqualTo("Preševo group");
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(
            jdbc.queryForObject(
                """
                select v.snapshot ->> 'detected_place' from case_file_version v
                join case_file c on c.id = v.case_id where c.reference = ?
                """,
                String.class,
                reference))
        .isEqualTo("Preševo");
    assertThatThrownBy(
            () -> registry.correct(reference, corrected, before.version(), "again", OFFICER))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(audit.byActionPrefix("case.corrected", 10))
        .anySatisfy(e -> assertThat(e.objectId()).isEqualTo(reference));
  }

  @Test
  void theTeamGrowsOnlyWithRealOfficialsWhoThenSeeIdentities() {
    String reference = registerJelena();
    var team =
        new Actor("team.rs", Set.of(org.counterpart.identity.UserRole.SCREENING_TEAM_MEMBER));
    assertThat(reader.view(reference, team).persons()).allMatch(p -> p.identity() == null);
    assertThatThrownBy(() -> registry.addTeamMember(reference, "team.rs", OTHER_OFFICER))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> registry.addTeamMember(reference, "nobody.rs", OFFICER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("username", "cases.unknown-member")));
    registry.addTeamMember(reference, "team.rs", OFFICER);
    assertThat(reader.view(reference, team).team()).contains("officer.rs", "team.rs");
    assertThat(reader.view(reference, team).persons()).allMatch(p -> p.identity() != null);
  }

  @Test
  void aVoidedCaseNeedsAReasonAndIsKept() {
    String reference = registerJelena();
    assertThatThrownBy(() -> registry.voidCase(reference, "", OFFICER))
        .isInstanceOf(InvalidInputException.class);
    registry.voidCase(reference, "registered twice", OFFICER);
    assertThatThrownBy(() -> reader.view(reference, OFFICER))
        .isInstanceOf(CaseNotFoundException.class);
    assertThat(
            jdbc.queryForObject(
                "select void_reason from case_file where reference = ?", String.class, reference))
        .isEqualTo("registered twice");
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
    int cases = jdbc.queryForObject("select count(*) from case_file", Integer.class);
    int persons = jdbc.queryForObject("select count(*) from person", Integer.class);
    var bad =
        new NewCase(
            CaseKind.TRAFFICKING,
            LocalDate.of(2026, 3, 14),
            "QQ",
            null,
            null,
            null,
            List.of("Slavery"),
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            null,
            false,
            List.of(
                new NewCase.NewPerson(
                    PersonRole.PRESUMED_VICTIM,
                    null,
                    DataSubjectCategory.SUSPECT,
                    "Feminine",
                    "ZZ",
                    new PersonIdentity(
                        "Ana",
                        "Petrović",
                        LocalDate.of(2026, 5, 1),
                        List.of(),
                        List.of("not a phone"),
                        List.of())),
                new NewCase.NewPerson(
                    PersonRole.SUSPECT,
                    null,
                    null,
                    "Masculine",
                    "RS",
                    new PersonIdentity(
                        "Ivan",
                        "Ivić",
                        LocalDate.of(2099, 1, 1),
                        List.of(),
                        List.of(),
                        List.of()))),
            List.of());
    assertThatThrownBy(() -> registry.register(bad, OFFICER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .contains(
                        "detectedCountry",
                        "exploitationTypes",
                        "persons[0].category",
                        "persons[0].citizenship",
                        "persons[0].identity.birthDate",
                        "persons[0].identity.phones[0]",
                        "persons[1].identity.birthDate"));
    assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class))
        .isEqualTo(cases);
    assertThat(jdbc.queryForObject("select count(*) from person", Integer.class))
        .isEqualTo(persons);
  }

  @Test
  void theApplicationLoginCannotDeleteCases() {
    registerJelena();
    assertThatThrownBy(() -> jdbc.update("delete from case_file"))
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.update("delete from person"))
        .rootCause()
        .hasMessageContaining("permission denied");
  }
}
