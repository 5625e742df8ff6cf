package org.counterpart.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule of SCREENING.md, case by case, on the catalogue as shipped (version 1). */
class ScreeningEngineTest {

  static final Catalogue CATALOGUE = Catalogue.firstVersion();
  static final ScreeningEngine ENGINE = new ScreeningEngine(CATALOGUE);

  static ScreeningInput adult(String... indicators) {
    return new ScreeningInput(
        30,
        true,
        null,
        Exploitation.LABOUR,
        false,
        Set.of(indicators),
        false,
        false,
        false,
        null,
        1);
  }

  static ScreeningInput child(boolean act, String... indicators) {
    return new ScreeningInput(
        15, true, true, Exploitation.LABOUR, act, Set.of(indicators), false, false, false, null, 1);
  }

  @Test
  void theFirstVersionHoldsTheSixtySevenIndicatorsOfTheIloEcList() {
    assertThat(CATALOGUE.version()).isEqualTo(1);
    assertThat(CATALOGUE.indicators()).hasSize(67);
    assertThat(CATALOGUE.indicator("vr-false-law-info").orElseThrow().child()).isNull();
    assertThat(CATALOGUE.indicator("dr-education").orElseThrow().adult()).isEqualTo(Strength.WEAK);
    assertThat(CATALOGUE.indicator("dr-education").orElseThrow().child())
        .isEqualTo(Strength.STRONG);
    for (Indicator indicator : CATALOGUE.indicators()) {
      assertThat(indicator.questions().keySet())
          .as(indicator.id())
          .containsExactlyInAnyOrderElementsOf(Catalogue.LANGUAGES);
    }
    assertThat(CATALOGUE.questions().keySet())
        .contains(
            "age",
            "accompanied",
            "act-of-trafficking",
            "facilitator-paid",
            "irregular-entry",
            "asks-protection");
  }

  @Nested
  class ADimensionIsPositive {

    @ParameterizedTest(name = "{0} strong, {1} medium, {2} weak -> {3}")
    @CsvSource({
      "2,0,0,2S",
      "1,1,0,1S+1MW",
      "1,0,1,1S+1MW",
      "0,3,0,3M",
      "0,2,1,2M+1W",
      "1,0,0,''",
      "0,2,0,''",
      "0,1,2,''",
      "0,0,3,''",
      "0,1,1,''"
    })
    void byEachCombinationOfTheRuleAndNoOther(int strong, int medium, int weak, String rule) {
      assertThat(ScreeningEngine.rule(strong, medium, weak)).isEqualTo(rule);
    }

    @Test
    void withStrengthsOfTheAdultProfile() {
      // DR: nature-of-job S + wages M = 1S+1MW
      var decision = ENGINE.decide(adult("dr-nature-of-job", "dr-wages"));
      var dr = decision.dimensions().get(Dimension.DR);
      assertThat(dr.positive()).isTrue();
      assertThat(dr.rule()).isEqualTo("1S+1MW");
      assertThat(dr.strong()).isEqualTo(1);
      assertThat(dr.medium()).isEqualTo(1);
      assertThat(decision.categories()).containsExactly(Category.THB_INDICATORS_PRESENT);
    }

    @Test
    void withStrengthsOfTheChildProfile() {
      // cr-threats and cr-abduction are medium for adults, strong for children.
      assertThat(ENGINE.decide(adult("cr-threats", "cr-abduction")).dimensions().get(Dimension.CR))
          .satisfies(d -> assertThat(d.positive()).isFalse());
      assertThat(
              ENGINE
                  .decide(child(false, "cr-threats", "cr-abduction"))
                  .dimensions()
                  .get(Dimension.CR))
          .satisfies(d -> assertThat(d.rule()).isEqualTo("2S"));
    }

    @Test
    void withoutIndicatorsThatAreNotOnesForTheProfile() {
      // ex-social-protection has no child strength: two mediums and it would be three.
      var decision =
          ENGINE.decide(child(true, "ex-low-salary", "ex-hazardous-work", "ex-social-protection"));
      assertThat(decision.dimensions().get(Dimension.EX).positive()).isFalse();
      assertThat(decision.explanation())
          .anySatisfy(r -> assertThat(r.code()).isEqualTo("indicator.not-for-profile"));
    }
  }

  @Nested
  class AnAdultIsAPresumedVictim {

    @Test
    void whenRecruitmentExploitationAndDestinationArePositive() {
      var decision =
          ENGINE.decide(
              adult(
                  "dr-nature-of-job", "dr-wages", // DR 1S+1M
                  "ex-excessive-hours", "ex-low-salary", // EX 1S+1M
                  "cd-documents", "cd-isolation")); // CD 2S
      assertThat(decision.presumedVictim()).isTrue();
      assertThat(decision.categories()).containsExactly(Category.PRESUMED_THB_VICTIM);
      assertThat(decision.explanation())
          .extracting(Reason::code)
          .contains("dimension.positive", "combination.adult-met");
    }

    @Test
    void throughAnyRecruitmentAndAnyDestinationDimension() {
      var decision =
          ENGINE.decide(
              adult(
                  "vr-illegal-status",
                  "vr-economic",
                  "vr-information", // VR 3M
                  "ex-low-salary",
                  "ex-hazardous-work",
                  "ex-education", // EX 2M+1W
                  "vd-dependency",
                  "vd-economic",
                  "vd-personal-characteristics")); // VD 2M+1W
      assertThat(decision.presumedVictim()).isTrue();
    }

    @Test
    void butNotWithoutADestinationDimension() {
      var decision =
          ENGINE.decide(
              adult("dr-nature-of-job", "dr-wages", "ex-excessive-hours", "ex-low-salary"));
      assertThat(decision.presumedVictim()).isFalse();
      assertThat(decision.categories()).containsExactly(Category.THB_INDICATORS_PRESENT);
      assertThat(decision.needsSecondStage()).isTrue();
      assertThat(decision.explanation())
          .filteredOn(r -> r.code().equals("combination.adult-not-met"))
          .singleElement()
          .satisfies(r -> assertThat(r.args()).containsExactly("CD/VD"));
    }

    @Test
    void butNotWithoutRecruitmentOrExploitation() {
      assertThat(
              ENGINE
                  .decide(
                      adult("ex-excessive-hours", "ex-low-salary", "cd-documents", "cd-isolation"))
                  .presumedVictim())
          .isFalse();
      assertThat(
              ENGINE
                  .decide(adult("dr-nature-of-job", "dr-wages", "cd-documents", "cd-isolation"))
                  .presumedVictim())
          .isFalse();
    }

    @Test
    void underTheSexualExploitationProfileWithForcedTasksStrong() {
      var labour =
          new ScreeningInput(
              25,
              true,
              null,
              Exploitation.LABOUR,
              false,
              Set.of("cd-forced-tasks", "cd-lie"),
              false,
              false,
              false,
              null,
              1);
      assertThat(ENGINE.decide(labour).dimensions().get(Dimension.CD).positive()).isFalse();
      var sexual =
          new ScreeningInput(
              25,
              true,
              null,
              Exploitation.SEXUAL,
              false,
              Set.of("cd-forced-tasks", "cd-lie"),
              false,
              false,
              false,
              null,
              1);
      assertThat(ENGINE.decide(sexual).dimensions().get(Dimension.CD).rule()).isEqualTo("1S+1MW");
    }
  }

  @Nested
  class AChildIsAPresumedVictim {

    @Test
    void whenExploitationIsPositiveAndAnActIsRecordedWithoutAnyMeans() {
      var decision = ENGINE.decide(child(true, "ex-excessive-hours", "ex-low-salary"));
      assertThat(decision.profile()).isEqualTo(Profile.CHILD);
      assertThat(decision.presumedVictim()).isTrue();
      assertThat(decision.categories()).containsExactly(Category.PRESUMED_THB_VICTIM);
    }

    @Test
    void notWithoutAnAct() {
      var decision = ENGINE.decide(child(false, "ex-excessive-hours", "ex-low-salary"));
      assertThat(decision.presumedVictim()).isFalse();
      assertThat(decision.categories()).containsExactly(Category.THB_INDICATORS_PRESENT);
      assertThat(decision.explanation())
          .extracting(Reason::code)
          .contains("combination.child-no-act");
    }

    @Test
    void notWithoutExploitation() {
      var decision = ENGINE.decide(child(true, "cr-violence", "cr-threats"));
      assertThat(decision.presumedVictim()).isFalse();
      assertThat(decision.categories()).containsExactly(Category.THB_INDICATORS_PRESENT);
    }

    @Test
    void whoseAgeIsUnknownUnderThePresumptionOfMinority() {
      var unknownAge =
          new ScreeningInput(
              null,
              false,
              true,
              Exploitation.BEGGING,
              true,
              Set.of("ex-excessive-hours", "ex-education"), // child: S + M
              false,
              false,
              false,
              null,
              1);
      var decision = ENGINE.decide(unknownAge);
      assertThat(decision.presumedMinor()).isTrue();
      assertThat(decision.profile()).isEqualTo(Profile.CHILD);
      assertThat(decision.presumedVictim()).isTrue();
      // The same indicators for an adult: ex-education is weak, still 1S+1MW; no recruitment.
      var asAdult =
          new ScreeningInput(
              19,
              true,
              true,
              Exploitation.BEGGING,
              true,
              Set.of("ex-excessive-hours", "ex-education"),
              false,
              false,
              false,
              null,
              1);
      assertThat(ENGINE.decide(asAdult).presumedVictim()).isFalse();
    }
  }

  @Nested
  class TheOtherCategories {

    @Test
    void aSmuggledMigrantWhoIsAlsoAPresumedVictim() {
      var input =
          new ScreeningInput(
              34,
              true,
              null,
              Exploitation.LABOUR,
              true,
              Set.of(
                  "dr-nature-of-job",
                  "dr-wages",
                  "ex-excessive-hours",
                  "ex-low-salary",
                  "cd-debt-bondage",
                  "cd-documents"),
              true,
              true,
              false,
              null,
              1);
      var decision = ENGINE.decide(input);
      assertThat(decision.categories())
          .containsExactly(Category.PRESUMED_THB_VICTIM, Category.SMUGGLED_MIGRANT);
    }

    @Test
    void aSmuggledMigrantNeedsAPaidFacilitatorAndIrregularEntry() {
      assertThat(ENGINE.decide(flags(true, true, false, 30, null)).categories())
          .containsExactly(Category.SMUGGLED_MIGRANT);
      assertThat(ENGINE.decide(flags(false, true, false, 30, null)).categories())
          .containsExactly(Category.IRREGULAR_MIGRANT);
      assertThat(ENGINE.decide(flags(true, false, false, 30, null)).categories())
          .containsExactly(Category.NO_INDICATORS);
    }

    @Test
    void anAsylumSeekerIsNotAlsoCalledAnIrregularMigrant() {
      assertThat(ENGINE.decide(flags(false, true, true, 30, null)).categories())
          .containsExactly(Category.ASYLUM_SEEKER);
    }

    @Test
    void anUnaccompaniedChildIncludingOneWhoseAgeIsUnknown() {
      var alone = flags(false, true, false, 16, false);
      assertThat(ENGINE.decide(alone).categories()).containsExactly(Category.UNACCOMPANIED_CHILD);
      var withParent = flags(false, true, false, 16, true);
      assertThat(ENGINE.decide(withParent).categories())
          .containsExactly(Category.IRREGULAR_MIGRANT);
      var unknown = flags(false, true, false, null, null);
      assertThat(ENGINE.decide(unknown).categories()).containsExactly(Category.UNACCOMPANIED_CHILD);
      assertThat(ENGINE.decide(flags(false, false, false, 17, false)).categories())
          .containsExactly(Category.UNACCOMPANIED_CHILD);
    }

    @Test
    void violentExtremismOnlyFromTheOfficersFlagWithAReason() {
      var blank =
          new ScreeningInput(
              30, true, null, Exploitation.UNKNOWN, false, Set.of(), false, false, false, " ", 1);
      assertThat(ENGINE.decide(blank).categories()).containsExactly(Category.NO_INDICATORS);
      var flagged =
          new ScreeningInput(
              30,
              true,
              null,
              Exploitation.UNKNOWN,
              false,
              Set.of(),
              false,
              false,
              false,
              "propaganda found on the phone",
              1);
      assertThat(ENGINE.decide(flagged).categories())
          .containsExactly(Category.AT_RISK_VIOLENT_EXTREMISM);
    }

    @Test
    void noIndicatorsWhenNothingApplies() {
      var decision = ENGINE.decide(adult());
      assertThat(decision.categories()).containsExactly(Category.NO_INDICATORS);
      assertThat(decision.needsSecondStage()).isFalse();
    }

    private static ScreeningInput flags(
        boolean paid, boolean irregular, boolean protection, Integer age, Boolean accompanied) {
      return new ScreeningInput(
          age,
          age != null,
          accompanied,
          Exploitation.UNKNOWN,
          false,
          Set.of(),
          paid,
          irregular,
          protection,
          null,
          1);
    }
  }

  @Nested
  class BadInput {

    @Test
    void unknownIndicatorsAreNamed() {
      assertThatThrownBy(() -> ENGINE.decide(adult("ex-low-salary", "zz-made-up", "ex-nope")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ex-nope, zz-made-up");
    }

    @Test
    void anAssessedAgeMustBeGiven() {
      var input =
          new ScreeningInput(
              null, true, null, Exploitation.LABOUR, false, Set.of(), false, false, false, null, 1);
      assertThatThrownBy(() -> ENGINE.decide(input)).hasMessageStartingWith("age:");
    }

    @Test
    void anotherCatalogueVersionIsRefused() {
      var input =
          new ScreeningInput(
              30, true, null, Exploitation.LABOUR, false, Set.of(), false, false, false, null, 2);
      assertThatThrownBy(() -> ENGINE.decide(input)).hasMessageStartingWith("catalogueVersion:");
    }

    @Test
    void aCatalogueFileWithBadRowsNamesEachLineAndColumn() {
      String csv =
          """
          id,dimension,adult,child,label_en,question_en
          dr-one,DR,S,S,One,Were you lied to?
          dr-two,XX,Q,,Two,Were you?
          dr-one,DR,M,M,Again,Again?
          """;
      assertThatThrownBy(() -> Catalogue.indicators(csv))
          .hasMessageContaining("line 3, dimension")
          .hasMessageContaining("line 3, adult: unknown strength 'Q'")
          .hasMessageContaining("line 4, id: dr-one appears twice");
    }
  }

  @Test
  void theExplanationNamesEveryCountedIndicator() {
    var decision = ENGINE.decide(adult("dr-nature-of-job", "dr-wages", "cd-violence"));
    assertThat(decision.explanation())
        .filteredOn(r -> r.code().equals("indicator.counted"))
        .extracting(r -> r.args().getFirst())
        .containsExactlyInAnyOrder("dr-nature-of-job", "dr-wages", "cd-violence");
    assertThat(decision.dimensions().get(Dimension.CD).counted()).isEqualTo(List.of("cd-violence"));
  }
}
