package org.counterpart.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CrossBorderPoolTest {

  private static final long SEED = 77L;

  private final DemoDataGenerator generator = new DemoDataGenerator(SEED);

  @Test
  void poolDependsOnTheSeedAlone() {
    assertThat(new DemoDataGenerator(SEED).crossBorderPool())
        .isEqualTo(generator.crossBorderPool());
    assertThat(new DemoDataGenerator(SEED + 1).crossBorderPeople())
        .isNotEqualTo(generator.crossBorderPeople());
  }

  @Test
  void everyoneIsKnownInTwoOrThreeCountriesAndMostAreSuspects() {
    List<CrossBorderPerson> pool = generator.crossBorderPool();
    assertThat(pool).hasSize(CrossBorderPool.SIZE);
    assertThat(pool)
        .allSatisfy(p -> assertThat(p.countries()).hasSizeBetween(2, 3).doesNotHaveDuplicates());
    long suspects = pool.stream().filter(p -> p.role() == PersonRole.SUSPECT).count();
    assertThat(suspects).isGreaterThan(pool.size() / 2).isLessThan(pool.size());
    assertThat(generator.crossBorderPeople())
        .extracting(SyntheticPerson::crossBorderKey)
        .doesNotContainNull()
        .doesNotHaveDuplicates();
  }

  @Test
  void everyPoolMemberAppearsEarlyInEachOfTheirCountries() {
    Map<String, Set<String>> seen = keysSeenByCountry(200);
    for (CrossBorderPerson p : generator.crossBorderPool()) {
      for (String country : p.countries()) {
        assertThat(seen.get(country)).as(country).contains(p.person().crossBorderKey());
      }
    }
  }

  @Test
  void somePoolMemberIsSpelledDifferentlyInTwoCountries() {
    Map<String, Map<String, String>> spellings = new TreeMap<>();
    for (String country : DemoDataGenerator.COUNTRIES) {
      generator
          .cases(country, 200)
          .flatMap(c -> c.persons().stream())
          .map(CasePerson::person)
          .filter(p -> p.crossBorderKey() != null)
          .forEach(
              p ->
                  spellings
                      .computeIfAbsent(p.crossBorderKey(), k -> new TreeMap<>())
                      .put(country, p.givenName() + " " + p.surname()));
    }
    assertThat(spellings.values())
        .anyMatch(byCountry -> byCountry.size() >= 2 && Set.copyOf(byCountry.values()).size() >= 2);
  }

  @Test
  void aNodeWritesAPoolMemberTheSameWayEveryTime() {
    Map<String, Set<String>> namesByKey = new TreeMap<>();
    generator
        .cases("RS", 100_000)
        .flatMap(c -> c.persons().stream())
        .map(CasePerson::person)
        .filter(p -> p.crossBorderKey() != null)
        .forEach(
            p ->
                namesByKey
                    .computeIfAbsent(p.crossBorderKey(), k -> new TreeSet<>())
                    .add(p.givenName() + " " + p.surname() + " " + p.birthDate()));
    assertThat(namesByKey.values()).allSatisfy(names -> assertThat(names).hasSize(1));
  }

  @Test
  void nodesUseTheirOwnScriptsForPoolMembers() {
    Map<String, Set<Script>> scripts = new TreeMap<>();
    for (String country : DemoDataGenerator.COUNTRIES) {
      generator
          .cases(country, 200)
          .flatMap(c -> c.persons().stream())
          .map(CasePerson::person)
          .filter(p -> p.crossBorderKey() != null && !p.citizenship().matches("TR|AF|PK|SY|MA|UA"))
          .forEach(p -> scripts.computeIfAbsent(country, k -> new TreeSet<>()).add(p.script()));
    }
    assertThat(scripts.get("MK"))
        .containsOnly(Script.CYRILLIC, Script.LATIN)
        .contains(Script.CYRILLIC);
    assertThat(scripts.get("AL")).containsOnly(Script.LATIN);
    assertThat(scripts.get("XK")).containsOnly(Script.LATIN);
    assertThat(scripts.get("BA")).containsOnly(Script.LATIN);
    assertThat(scripts.get("ME")).containsOnly(Script.LATIN);
  }

  private Map<String, Set<String>> keysSeenByCountry(int cases) {
    Map<String, Set<String>> seen = new TreeMap<>();
    for (String country : DemoDataGenerator.COUNTRIES) {
      Set<String> keys = new TreeSet<>();
      generator
          .cases(country, cases)
          .flatMap(c -> c.persons().stream())
          .map(p -> p.person().crossBorderKey())
          .filter(key -> key != null)
          .forEach(keys::add);
      seen.put(country, keys);
    }
    return seen;
  }
}
