package org.counterpart.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.counterpart.core.analysis.KAnonymity.Generalisation;
import org.counterpart.core.analysis.KAnonymity.HeldBack;
import org.counterpart.core.analysis.KAnonymity.Outcome;
import org.counterpart.core.analysis.KAnonymity.Released;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class KAnonymityTest {

  static JointRecord victim(
      int year, @Nullable Integer quarter, String age, String gender, String citizenship) {
    return new JointRecord(
        "RS",
        UUID.randomUUID().toString(),
        1,
        "THB",
        year,
        quarter,
        null,
        gender,
        age,
        age.equals("0--8") || age.equals("9--17") ? "Minor" : "Adult",
        citizenship,
        "RS",
        Set.of("DebtBondage"),
        Set.of("ForcedLabour"),
        Set.of(),
        Set.of(),
        Set.of(),
        null,
        Set.of(),
        Set.of(),
        Set.of(),
        List.of(),
        null,
        "1",
        Set.of());
  }

  static List<JointRecord> times(int n, JointRecord r) {
    List<JointRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(victim(r.year(), r.quarter(), r.ageBroad(), r.gender(), r.citizenship()));
    }
    return out;
  }

  static List<JointRecord> released(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(Released.class::isInstance)
        .map(o -> ((Released) o).record())
        .toList();
  }

  final KAnonymity five = new KAnonymity(5, QuasiIdentifier.DEFAULT);

  @Test
  void releasesLargeClassesAsTheyAre() {
    var outcomes = five.apply(times(5, victim(2026, 2, "21--23", "Female", "RS")));

    assertThat(outcomes).allMatch(o -> o instanceof Released r && r.steps().isEmpty());
    assertThat(released(outcomes)).allMatch(r -> r.quarter() == 2 && "21--23".equals(r.ageBroad()));
  }

  @Test
  void holdsBackAPersonNobodyElseResembles() {
    List<JointRecord> all = new ArrayList<>(times(5, victim(2026, 2, "21--23", "Female", "RS")));
    JointRecord lone = victim(2026, 2, "48+", "Male", "AF");
    all.add(lone);

    var outcomes = five.apply(all);

    assertThat(outcomes.get(5)).isInstanceOf(HeldBack.class);
    var held = (HeldBack) outcomes.get(5);
    assertThat(held.classSize()).isEqualTo(1);
    assertThat(held.quasiClass())
        .isEqualTo("PERIOD=2026 AGE=Adult GENDER=Male CITIZENSHIP=QS COUNTRY_OF_EXPLOITATION=RS");
    assertThat(released(outcomes))
        .hasSize(5)
        .noneMatch(r -> r.sourceRef().equals(lone.sourceRef()));
    assertThat(five.smallestClass(released(outcomes))).isGreaterThanOrEqualTo(5);
  }

  @Test
  void generalisesQuartersToTheYearWhenThatIsEnough() {
    List<JointRecord> all = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      all.addAll(times(q == 4 ? 2 : 1, victim(2025, q, "30--38", "Male", "AL")));
    }

    var outcomes = five.apply(all);

    assertThat(outcomes)
        .allMatch(
            o ->
                o instanceof Released r
                    && r.steps().equals(List.of(Generalisation.QUARTER_TO_YEAR)));
    assertThat(released(outcomes)).allMatch(r -> r.quarter() == null && r.year() == 2025);
  }

  @Test
  void widensAgeAndThenCitizenshipBeforeGivingUp() {
    List<JointRecord> all = new ArrayList<>();
    // Five adult Western Balkan women in 2024, each of a different band or country.
    all.add(victim(2024, 1, "18--20", "Female", "RS"));
    all.add(victim(2024, 2, "24--26", "Female", "BA"));
    all.add(victim(2024, 3, "30--38", "Female", "ME"));
    all.add(victim(2024, 3, "39--47", "Female", "MK"));
    all.add(victim(2024, 4, "48+", "Female", "AL"));

    var outcomes = five.apply(all);

    assertThat(outcomes).allMatch(o -> o instanceof Released r && r.steps().size() == 3);
    assertThat(released(outcomes))
        .allMatch(
            r ->
                r.quarter() == null
                    && r.ageBroad() == null
                    && "Adult".equals(r.majorityStatus())
                    && Regions.WESTERN_BALKANS.equals(r.citizenship()));
  }

  @Test
  void aRecordJoinsAClassOfRecordsAlreadyPublished() {
    // Four already published and one new: together they are five, and all go out as they are.
    List<JointRecord> all = new ArrayList<>(times(4, victim(2026, 1, "9--17", "Female", "RS")));
    all.add(victim(2026, 1, "9--17", "Female", "RS"));

    assertThat(five.apply(all)).allMatch(o -> o instanceof Released r && r.steps().isEmpty());
  }

  @Test
  void onlyTheConfiguredQuasiIdentifiersCount() {
    var periodAndGender =
        new KAnonymity(3, List.of(QuasiIdentifier.PERIOD, QuasiIdentifier.GENDER));
    List<JointRecord> all =
        List.of(
            victim(2026, 1, "9--17", "Female", "RS"),
            victim(2026, 1, "48+", "Female", "AF"),
            victim(2026, 1, "21--23", "Female", "BA"));

    var outcomes = periodAndGender.apply(all);

    assertThat(outcomes).allMatch(o -> o instanceof Released r && r.steps().isEmpty());
  }

  @Test
  void neverReleasesAClassBelowKOnRandomData() {
    var random = new Random(7);
    String[] ages = JointRecord.AGE_BANDS.toArray(String[]::new);
    String[] genders = {"Female", "Male"};
    String[] countries = {"RS", "BA", "AL", "MK", "ME", "XK", "AF", "SY", "NG", "UA", "DE"};
    for (int round = 0; round < 50; round++) {
      List<JointRecord> all = new ArrayList<>();
      int n = 1 + random.nextInt(300);
      for (int i = 0; i < n; i++) {
        all.add(
            victim(
                2020 + random.nextInt(3),
                1 + random.nextInt(4),
                ages[random.nextInt(ages.length)],
                genders[random.nextInt(2)],
                countries[random.nextInt(countries.length)]));
      }
      int k = 2 + random.nextInt(10);
      var anonymity = new KAnonymity(k, QuasiIdentifier.DEFAULT);

      var outcomes = anonymity.apply(all);

      List<JointRecord> out = released(outcomes);
      if (!out.isEmpty()) {
        assertThat(anonymity.smallestClass(out))
            .as("round %d, k %d", round, k)
            .isGreaterThanOrEqualTo(k);
      }
      assertThat(outcomes).hasSize(n);
    }
  }

  @Test
  void everyCountryHasARegion() {
    assertThat(JointVocabulary.COUNTRIES).allMatch(c -> Regions.of(c).isPresent(), "has a region");
  }
}
