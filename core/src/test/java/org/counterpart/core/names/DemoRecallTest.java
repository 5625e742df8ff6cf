package org.counterpart.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.counterpart.core.demo.CasePerson;
import org.counterpart.core.demo.DemoDataGenerator;
import org.counterpart.core.demo.SyntheticPerson;
import org.junit.jupiter.api.Test;

/**
 * How often a cross-border person's record in one country has the same keys as the person's own
 * spelling, over the demo generator's records: registers' scripts and spellings, passports' ASCII,
 * transcription variants, and the typos and swapped names no spelling rule can undo.
 */
class DemoRecallTest {

  private static final int SEEDS = 5;
  private static final int CASES_PER_COUNTRY = 250;

  @Test
  void skeletonsFindFarMoreOfTheSamePersonThanFoldedNames() {
    int records = 0;
    int foldedEqual = 0;
    int skeletonsEqual = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      DemoDataGenerator generator = new DemoDataGenerator(seed);
      Map<String, SyntheticPerson> truth =
          generator.crossBorderPeople().stream()
              .collect(Collectors.toMap(SyntheticPerson::crossBorderKey, Function.identity()));
      for (String country : DemoDataGenerator.COUNTRIES) {
        Set<String> seen = new HashSet<>();
        List<SyntheticPerson> known =
            generator
                .cases(country, CASES_PER_COUNTRY)
                .flatMap(c -> c.persons().stream())
                .map(CasePerson::person)
                .filter(p -> p.crossBorderKey() != null && seen.add(p.crossBorderKey()))
                .toList();
        for (SyntheticPerson record : known) {
          SyntheticPerson person = truth.get(record.crossBorderKey());
          records++;
          if (NameKeys.folded(fullName(record)).equals(NameKeys.folded(fullName(person)))) {
            foldedEqual++;
          }
          if (NameKeys.skeletons(fullName(record)).equals(NameKeys.skeletons(fullName(person)))) {
            skeletonsEqual++;
          }
        }
      }
    }
    System.out.printf(
        "Cross-border records: %d; same folded name: %.1f%%; same skeletons: %.1f%%%n",
        records, 100.0 * foldedEqual / records, 100.0 * skeletonsEqual / records);
    assertThat(records).isGreaterThan(500);
    assertThat((double) skeletonsEqual / records).isGreaterThan(0.82);
    assertThat(skeletonsEqual - foldedEqual).isGreaterThan(records / 6);
  }

  private static String fullName(SyntheticPerson person) {
    return person.givenName() + " " + person.surname();
  }
}
