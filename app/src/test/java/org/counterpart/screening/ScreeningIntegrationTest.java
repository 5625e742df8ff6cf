package org.counterpart.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseReader;
import org.counterpart.cases.CaseRegistry;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.core.screening.Category;
import org.counterpart.identity.UserRole;
import org.counterpart.support.NodeTestSupport;
import org.counterpart.support.SampleCases;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * First-line screening, the second-stage team and referral on a real node and PostgreSQL, with the
 * demo's officials and facilities.
 */
@SpringBootTest
class ScreeningIntegrationTest {

  @DynamicPropertySource
  static void node(DynamicPropertyRegistry registry) throws Exception {
    NodeTestSupport.nodeProperties(registry);
    registry.add(
        "counterpart.screening.contacts",
        () -> "Anti-trafficking hotline (demo): +381 11 000 0000, Child helpline: 116 111");
  }

  static final Actor OFFICER = new Actor("officer.rs", Set.of(UserRole.FIRST_LINE_OFFICER));
  static final Actor TEAM = new Actor("team.rs", Set.of(UserRole.SCREENING_TEAM_MEMBER));
  static final Actor PROSECUTOR = new Actor("prosecutor.rs", Set.of(UserRole.PROSECUTOR));

  @Autowired CaseRegistry registry;
  @Autowired CaseReader reader;
  @Autowired Screenings screenings;
  @Autowired SecondStage secondStage;
  @Autowired Referrals referrals;
  @Autowired AuditTrail audit;
  @Autowired JdbcTemplate jdbc;

  /** Registers a case with one presumed victim; returns {case reference, pseudonym}. */
  String[] caseWithAVictim() {
    String reference =
        registry.register(
            SampleCases.oneVictim(
                LocalDate.of(2026, 6, 1),
                "Batrovci",
                "Masculine",
                "AL",
                "Arben",
                "Hoxha",
                LocalDate.of(1995, 2, 3)),
            OFFICER);
    return new String[] {
      reference, reader.view(reference, OFFICER).persons().getFirst().pseudonym()
    };
  }

  static Answers victimOfForcedLabour() {
    return new Answers(
        31,
        true,
        null,
        "labour",
        true,
        List.of(
            "dr-nature-of-job",
            "dr-wages",
            "ex-excessive-hours",
            "ex-low-salary",
            "cd-documents",
            "cd-isolation"),
        true,
        true,
        false,
        null,
        true,
        "Albanian");
  }

  @Test
  void aScreeningRecordsItsCatalogueVersionAndGoesToTheTeamThatConfirmsIt() {
    String[] c = caseWithAVictim();
    assertThatThrownBy(() -> screenings.start(c[0], c[1], TEAM))
        .as("only the case team screens its people")
        .isInstanceOf(NotPermittedException.class);
    String id = screenings.start(c[0], c[1], OFFICER);
    var started = screenings.view(id, OFFICER);
    assertThat(started.status()).isEqualTo(ScreeningStatus.DRAFT);
    assertThat(started.catalogueVersion()).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select catalogue_version from screening where public_id = ?::uuid",
                Integer.class,
                id))
        .isEqualTo(1);

    var partial =
        new Answers(
            31,
            true,
            null,
            "labour",
            null,
            List.of("dr-wages"),
            null,
            null,
            null,
            null,
            true,
            "Albanian");
    screenings.saveDraft(id, partial, OFFICER);
    assertThat(screenings.view(id, OFFICER).answers().indicators()).containsExactly("dr-wages");

    var unknown =
        new Answers(
            31,
            true,
            null,
            "labour",
            null,
            List.of("dr-wages", "zz-invented"),
            null,
            null,
            null,
            null,
            null,
            null);
    assertThatThrownBy(() -> screenings.saveDraft(id, unknown, OFFICER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem("indicators", "screening.unknown-indicator")));
    assertThat(screenings.view(id, OFFICER).answers().indicators())
        .as("a refused draft changes nothing")
        .containsExactly("dr-wages");

    screenings.saveDraft(id, victimOfForcedLabour(), OFFICER);
    var decision = screenings.decide(id, OFFICER);
    assertThat(decision.categories())
        .containsExactly(Category.PRESUMED_THB_VICTIM, Category.SMUGGLED_MIGRANT);
    var decided = screenings.view(id, OFFICER);
    assertThat(decided.status()).isEqualTo(ScreeningStatus.DECIDED);
    assertThat(decided.decision().explanation()).isNotEmpty();
    assertThat(
            jdbc.queryForObject(
                "select interpreter_used and interview_language = 'Albanian' from screening where public_id = ?::uuid",
                Boolean.class,
                id))
        .isTrue();
    assertThatThrownBy(() -> screenings.saveDraft(id, partial, OFFICER))
        .isInstanceOf(InvalidInputException.class);

    screenings.referToSecondStage(id, decided.version(), OFFICER);
    assertThat(secondStage.dueFor(TEAM)).anySatisfy(d -> assertThat(d.screeningId()).isEqualTo(id));
    assertThatThrownBy(
            () ->
                secondStage.assign(
                    id,
                    "team.rs",
                    Map.of("team.rs", SecondStage.Profession.SOCIAL_WORKER),
                    OFFICER))
        .as("the national mechanism assigns the team")
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                secondStage.assign(
                    id,
                    "officer.rs",
                    Map.of("team.rs", SecondStage.Profession.SOCIAL_WORKER),
                    TEAM))
        .isInstanceOf(InvalidInputException.class);
    secondStage.assign(
        id,
        "team.rs",
        Map.of(
            "team.rs", SecondStage.Profession.SOCIAL_WORKER,
            "prosecutor.rs", SecondStage.Profession.LAWYER),
        TEAM);
    assertThat(reader.view(c[0], TEAM).onTeam()).as("members join the case team").isTrue();

    assertThatThrownBy(
            () -> secondStage.assess(id, SecondStage.Opinion.CONFIRM, List.of(), " ", TEAM))
        .isInstanceOf(InvalidInputException.class);
    secondStage.assess(
        id, SecondStage.Opinion.CONFIRM, List.of(), "consistent account, documents taken", TEAM);
    secondStage.assess(
        id, SecondStage.Opinion.CONFIRM, List.of(), "elements of the offence present", PROSECUTOR);
    assertThatThrownBy(
            () ->
                secondStage.decide(
                    id, SecondStage.Outcome.CONFIRMED, List.of(), "both members agree", PROSECUTOR))
        .as("only the lead decides")
        .isInstanceOf(NotPermittedException.class);
    secondStage.decide(id, SecondStage.Outcome.CONFIRMED, List.of(), "both members agree", TEAM);
    assertThat(screenings.view(id, TEAM).status()).isEqualTo(ScreeningStatus.CONFIRMED);
    var team = secondStage.view(id);
    assertThat(team.assessments()).hasSize(2);
    assertThat(team.outcome()).isEqualTo(SecondStage.Outcome.CONFIRMED);
    assertThat(audit.byActionPrefix("second-stage.decided", 5))
        .anySatisfy(e -> assertThat(e.objectId()).isEqualTo(id));
  }

  @Test
  void aFullFacilityIsRefusedWithoutAnOverrideAndAnAcceptedReferralEndsWithArrival() {
    String[] c = caseWithAVictim();
    String id = screenings.start(c[0], c[1], OFFICER);
    assertThatThrownBy(() -> referrals.propose(id, "rs-shelter", null, OFFICER))
        .as("no referral before the recommendation")
        .isInstanceOf(InvalidInputException.class);
    screenings.saveDraft(id, victimOfForcedLabour(), OFFICER);
    screenings.decide(id, OFFICER);

    int referralsBefore = jdbc.queryForObject("select count(*) from referral", Integer.class);
    assertThatThrownBy(() -> referrals.propose(id, "rs-emergency", null, OFFICER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("overrideReason", "referral.facility-full")));
    assertThat(jdbc.queryForObject("select count(*) from referral", Integer.class))
        .isEqualTo(referralsBefore);
    String overridden =
        referrals.propose(id, "rs-emergency", "the only shelter within reach tonight", OFFICER);
    assertThat(referrals.ofScreening(id))
        .filteredOn(r -> r.id().equals(overridden))
        .singleElement()
        .satisfies(
            r -> assertThat(r.overrideReason()).isEqualTo("the only shelter within reach tonight"));

    String referral = referrals.propose(id, "rs-shelter", null, OFFICER);
    assertThatThrownBy(() -> referrals.answer(referral, true, null, OFFICER))
        .as("the facility's answer is recorded by the screening team")
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> referrals.answer(referral, false, " ", TEAM))
        .isInstanceOf(InvalidInputException.class);
    int occupancy = occupancy("rs-shelter");
    referrals.answer(referral, true, null, TEAM);
    referrals.arrived(referral, TEAM);
    assertThat(occupancy("rs-shelter")).isEqualTo(occupancy + 1);
    assertThat(referrals.ofScreening(id))
        .filteredOn(r -> r.id().equals(referral))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(Referrals.ReferralStatus.ARRIVED));

    String abroad = referrals.prepareTransnational(id, "ME", OFFICER);
    assertThat(referrals.ofScreening(id))
        .filteredOn(r -> r.id().equals(abroad))
        .singleElement()
        .satisfies(
            r -> assertThat(r.status()).isEqualTo(Referrals.ReferralStatus.PREPARED_FOR_EXCHANGE));
    assertThatThrownBy(() -> referrals.prepareTransnational(id, "QQ", OFFICER))
        .isInstanceOf(InvalidInputException.class);
  }

  @Autowired Flyers flyers;
  @Autowired org.springframework.context.MessageSource messages;

  @Test
  void theFlyersAndTheManualChapterArePdfsInEveryLanguageWithEveryScriptEmbedded()
      throws Exception {
    var questions = org.counterpart.core.screening.Catalogue.firstVersion();
    for (Flyers.Kind kind : Flyers.Kind.values()) {
      for (String language : org.counterpart.core.screening.Catalogue.LANGUAGES) {
        byte[] pdf = flyers.pdf(kind, language);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
          String text =
              new org.apache.pdfbox.text.PDFTextStripper()
                  .getText(document)
                  .replaceAll("\\s+", " ");
          var locale = java.util.Locale.forLanguageTag(language);
          String where = kind + " in " + language;
          assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
          for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
              assertThat(page.getResources().getFont(name).isEmbedded()).as(where).isTrue();
            }
          }
          String heading =
              switch (kind) {
                case OFFICER -> "flyer.officer.procedure";
                case AWARENESS -> "flyer.awareness.rights";
                case MANUAL -> "flyer.manual.stages";
              };
          assertThat(text).as(where).contains(messages.getMessage(heading, null, locale));
          assertThat(text).as(where).contains("116 111");
          if (kind != Flyers.Kind.AWARENESS) {
            assertThat(text)
                .as(where)
                .contains(messages.getMessage("screening.dimension.CD", null, locale))
                .contains(questions.question("age", language));
          }
          switch (language) {
            case "sr-Cyrl", "mk" ->
                assertThat(text).as(where).containsPattern("[\\u0400-\\u04FF]{4,}");
            case "sq" -> assertThat(text).as(where).containsPattern("[ëç]");
            case "sr-Latn", "bs", "cnr" -> assertThat(text).as(where).containsPattern("[čćšžđ]");
            default -> {}
          }
        }
      }
    }
  }

  private int occupancy(String code) {
    return referrals.facilities(null).stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow()
        .occupancy();
  }
}
