package org.counterpart.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterpart.cases.CaseFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.counterpart.audit.AuditTrail;
import org.counterpart.support.NodeTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Search across scripts and spellings, on the blind index of a real node. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonSearchIntegrationTest {

  @DynamicPropertySource
  static void node(DynamicPropertyRegistry registry) throws Exception {
    NodeTestSupport.nodeProperties(registry);
  }

  @Autowired CaseRegistry registry;
  @Autowired PersonSearch search;
  @Autowired AuditTrail audit;

  String marko;
  String gjorgji;
  String gezim;

  @BeforeAll
  void register() {
    marko =
        registry.register(
            trafficking(victim("Marko", "Đorđević", LocalDate.of(1990, 3, 5), "+381 64 123 4567")),
            OFFICER);
    gjorgji =
        registry.register(
            trafficking(victim("Ѓорѓи", "Ќосевски", LocalDate.of(1985, 11, 30))), OFFICER);
    gezim =
        registry.register(trafficking(victim("Gëzim", "Çela", LocalDate.of(2001, 1, 9))), OFFICER);
    registry.register(trafficking(victim("Marko", "Petrović", LocalDate.of(1990, 3, 5))), OFFICER);
    registry.register(trafficking(victim("Milan", "Đorđević", LocalDate.of(1970, 6, 6))), OFFICER);
  }

  private List<String> casesFound(String name) {
    return search
        .search(new PersonSearch.Query(name, null, null, null), 0, 10, OFFICER)
        .hits()
        .stream()
        .filter(h -> h.score() >= 20)
        .flatMap(h -> h.caseReferences().stream())
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Marko Đorđević",
        "Marko Djordjevic",
        "Marko Dordevic",
        "Марко Ђорђевић",
        "Marko Gjorgjeviq",
        "Đorđević Marko",
        "DJORDJEVIC MARKO"
      })
  void findsTheSerbianFamilyInEverySpelling(String spelling) {
    assertThat(casesFound(spelling)).containsExactly(marko);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Ѓорѓи Ќосевски", "Gjorgji Kjosevski", "Kjosevski Gjorgji", "Đorđi Ćosevski"})
  void findsMacedonianSpellings(String spelling) {
    assertThat(casesFound(spelling)).containsExactly(gjorgji);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Gëzim Çela", "Gezim Cela", "Cela Gezim"})
  void findsAlbanianSpellings(String spelling) {
    assertThat(casesFound(spelling)).containsExactly(gezim);
  }

  @Test
  void aSwappedDayAndMonthIsFoundButRankedBelowTheExactDate() {
    var exact =
        search.search(
            new PersonSearch.Query("Marko Djordjevic", LocalDate.of(1990, 3, 5), null, null),
            0,
            10,
            OFFICER);
    var swapped =
        search.search(
            new PersonSearch.Query("Marko Djordjevic", LocalDate.of(1990, 5, 3), null, null),
            0,
            10,
            OFFICER);
    assertThat(exact.hits().getFirst().caseReferences()).containsExactly(marko);
    assertThat(swapped.hits().getFirst().caseReferences()).containsExactly(marko);
    assertThat(swapped.hits().getFirst().birthDateSwapped()).isTrue();
    assertThat(swapped.hits().getFirst().score()).isLessThan(exact.hits().getFirst().score());
  }

  @ParameterizedTest
  @ValueSource(strings = {"064/123-4567", "+381 64 123 4567", "00381641234567", "064 123 45 67"})
  void findsAPhoneInAnyFormat(String phone) {
    var hits =
        search.search(new PersonSearch.Query(null, null, phone, null), 0, 10, OFFICER).hits();
    assertThat(hits).hasSize(1);
    assertThat(hits.getFirst().caseReferences()).containsExactly(marko);
  }

  @Test
  void showsIdentitiesOnlyToTheTeamAndKeepsTheNameOutOfTheTrail() {
    var mine =
        search
            .search(new PersonSearch.Query("Gezim Cela", null, null, null), 0, 10, OFFICER)
            .hits();
    assertThat(mine.getFirst().identity().givenName()).isEqualTo("Gëzim");
    var theirs =
        search
            .search(new PersonSearch.Query("Gezim Cela", null, null, null), 0, 10, OTHER_OFFICER)
            .hits();
    assertThat(theirs.getFirst().identity()).isNull();
    assertThat(theirs.getFirst().pseudonym()).startsWith("V-RS-");
    assertThat(audit.byActionPrefix("person.searched", 100))
        .allSatisfy(
            e ->
                assertThat(e.details())
                    .doesNotContainIgnoringCase("cela")
                    .doesNotContainIgnoringCase("gezim"));
  }

  @Test
  void aDifferentPersonWithOneSharedNameRanksLower() {
    var hits =
        search
            .search(new PersonSearch.Query("Marko Đorđević", null, null, null), 0, 10, OFFICER)
            .hits();
    assertThat(hits.getFirst().caseReferences()).containsExactly(marko);
    assertThat(hits).hasSize(1);
  }
}
