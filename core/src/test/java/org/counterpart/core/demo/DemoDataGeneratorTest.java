package org.counterpart.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

  private static final long SEED = 20_240_611L;

  private final DemoDataGenerator generator = new DemoDataGenerator(SEED);

  @Test
  void sameSeedGivesIdenticalCases() {
    DemoDataGenerator again = new DemoDataGenerator(SEED);
    for (String country : DemoDataGenerator.COUNTRIES) {
      assertThat(texts(again, country, 500)).isEqualTo(texts(generator, country, 500));
    }
  }

  @Test
  void differentSeedGivesDifferentCases() {
    DemoDataGenerator other = new DemoDataGenerator(SEED + 1);
    for (String country : DemoDataGenerator.COUNTRIES) {
      assertThat(texts(other, country, 50)).isNotEqualTo(texts(generator, country, 50));
    }
    assertThat(CaseDigest.of(SEED + 1, 20)).isNotEqualTo(CaseDigest.of(SEED, 20));
  }

  @Test
  void anyCaseCanBeMadeOnItsOwnAndStreamsArePrefixesOfLongerOnes() {
    List<String> first = texts(generator, "RS", 300);
    assertThat(texts(generator, "RS", 100)).isEqualTo(first.subList(0, 100));
    assertThat(CaseDigest.text(generator.caseAt("RS", 250))).isEqualTo(first.get(250));
  }

  @Test
  void parallelStreamsGiveTheSameCasesAsSequentialOnes() {
    List<String> parallel = generator.cases("MK", 2_000).parallel().map(CaseDigest::text).toList();
    assertThat(parallel).isEqualTo(texts(generator, "MK", 2_000));
  }

  @Test
  void serbianCasesUseBothScripts() {
    List<Script> scripts = persons("RS", 300).map(p -> p.person().script()).distinct().toList();
    assertThat(scripts).contains(Script.LATIN, Script.CYRILLIC);
  }

  @Test
  void scriptMatchesTheLettersOfTheName() {
    persons("RS", 2_000)
        .map(CasePerson::person)
        .forEach(
            p ->
                assertThat(p.script() == Script.CYRILLIC)
                    .as(p.givenName() + " " + p.surname())
                    .isEqualTo(NameRenderer.isCyrillic(p.givenName() + p.surname())));
  }

  @Test
  void macedonianCasesContainNamesWithGjeOrKje() {
    assertThat(persons("MK", 300).map(p -> p.person().givenName() + p.person().surname()))
        .anyMatch(name -> name.matches(".*[ѓќЃЌ].*"));
  }

  @Test
  void albanianRegistersRespellSlavicSurnames() {
    assertThat(persons("XK", 2_000).map(p -> p.person().surname()))
        .anyMatch(surname -> surname.endsWith("iq"));
  }

  @Test
  void albanianNamesKeepTheirLetters() {
    assertThat(persons("AL", 500).map(p -> p.person().givenName() + p.person().surname()))
        .anyMatch(name -> name.contains("ë"))
        .anyMatch(name -> name.contains("ç") || name.contains("Ç"));
  }

  @Test
  void foreignNationalsAppearWithVariantTransliterations() {
    List<String> given =
        persons("RS", 5_000)
            .map(CasePerson::person)
            .filter(p -> p.citizenship().equals("AF") || p.citizenship().equals("SY"))
            .map(SyntheticPerson::givenName)
            .distinct()
            .toList();
    assertThat(given).contains("Mohammad", "Muhammad", "Mohammed");
  }

  @Test
  void everyBirthDateIsBeforeDetectionAndAgesFitTheRole() {
    for (String country : DemoDataGenerator.COUNTRIES) {
      generator.cases(country, 20_000).forEach(DemoDataGeneratorTest::assertPlausibleDates);
    }
  }

  @Test
  void someVictimsAreMinors() {
    assertThat(
            generator
                .cases("RS", 2_000)
                .flatMap(
                    c ->
                        c.persons().stream()
                            .filter(p -> p.role() == PersonRole.VICTIM)
                            .map(p -> CaseFacts.age(p, c))))
        .anyMatch(age -> age < 18)
        .anyMatch(age -> age >= 18);
  }

  @Test
  void regionalCitizensHaveTheirCountrysCallingCode() {
    for (String country : DemoDataGenerator.COUNTRIES) {
      persons(country, 3_000)
          .map(CasePerson::person)
          .filter(p -> Citizenship.isRegional(p.citizenship()))
          .forEach(
              p ->
                  assertThat(p.phoneE164())
                      .startsWith("+" + Citizenship.of(p.citizenship()).callingCode()));
    }
  }

  @Test
  void everyPhoneIsAValidMobileNumber() {
    for (String country : DemoDataGenerator.COUNTRIES) {
      persons(country, 3_000).map(CasePerson::person).forEach(CaseFacts::assertValidMobile);
    }
  }

  @Test
  void casesHaveTheShapeOfTheirKind() {
    for (String country : DemoDataGenerator.COUNTRIES) {
      generator.cases(country, 5_000).forEach(CaseFacts::assertShapeOfKind);
    }
  }

  @Test
  void routesAreConnectedAndPassThroughTheNode() {
    for (String country : DemoDataGenerator.COUNTRIES) {
      generator.cases(country, 5_000).forEach(CaseFacts::assertConnectedRoute);
    }
  }

  @Test
  void streamsAMillionPersonsWithoutHoldingThem() {
    long persons =
        Stream.of("RS", "MK", "BA")
            .flatMap(country -> generator.cases(country, 140_000))
            .mapToLong(c -> c.persons().size())
            .sum();
    assertThat(persons).isGreaterThanOrEqualTo(1_000_000);
  }

  @Test
  void rejectsCountriesOutsideTheRegion() {
    assertThatThrownBy(() -> generator.cases("HR", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HR");
  }

  private static void assertPlausibleDates(SyntheticCase c) {
    assertThat(c.detectedOn())
        .isBetween(DemoDataGenerator.FIRST_DETECTION, DemoDataGenerator.LAST_DETECTION);
    for (CasePerson p : c.persons()) {
      assertThat(p.person().birthDate()).as(p.person().id()).isBefore(c.detectedOn());
      int age = CaseFacts.age(p, c);
      switch (p.role()) {
        case VICTIM -> assertThat(age).as(p.person().id()).isBetween(14, 45);
        case SUSPECT -> assertThat(age).as(p.person().id()).isBetween(20, 60);
        case SMUGGLED_MIGRANT -> assertThat(age).as(p.person().id()).isBetween(15, 45);
        case WITNESS -> assertThat(age).as(p.person().id()).isBetween(18, 65);
      }
    }
  }

  private Stream<CasePerson> persons(String country, int cases) {
    return generator.cases(country, cases).flatMap(c -> c.persons().stream());
  }

  private static List<String> texts(DemoDataGenerator generator, String country, int count) {
    return generator.cases(country, count).map(CaseDigest::text).toList();
  }
}
