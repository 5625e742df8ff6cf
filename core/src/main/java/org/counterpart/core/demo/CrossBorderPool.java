package org.counterpart.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The people known in two or three countries, drawn from the seed alone so that generators for
 * different countries, running in different processes, agree on who they are.
 */
final class CrossBorderPool {

  static final int SIZE = 60;
  private static final long SALT = 0x504F4F4CL;

  // Foreign smugglers and victims stay along the routes they work or travel.
  private static final List<List<String>> FOREIGN_BEATS =
      List.of(
          List.of("MK", "RS"),
          List.of("RS", "BA"),
          List.of("AL", "ME"),
          List.of("ME", "BA"),
          List.of("MK", "RS", "BA"),
          List.of("AL", "ME", "BA"),
          List.of("XK", "RS"),
          List.of("MK", "XK"));

  private final List<Member> members;

  /** One person of the pool, before any country has written their name down. */
  record Member(
      int index,
      String key,
      Community community,
      Sex sex,
      String givenEntry,
      String surnameEntry,
      LocalDate birthDate,
      String citizenship,
      String phone,
      String document,
      PersonRole role,
      CaseKind kind,
      List<String> countries) {}

  CrossBorderPool(long seed) {
    SplitMix rnd = SplitMix.of(seed, SALT);
    List<Member> drawn = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      drawn.add(draw(i, rnd));
    }
    this.members = List.copyOf(drawn);
  }

  List<Member> members() {
    return members;
  }

  /** The members a country's cases include, in pool order. */
  List<Member> assignedTo(String country) {
    List<Member> assigned = new ArrayList<>();
    for (Member member : members) {
      if (member.countries().contains(country)) {
        assigned.add(member);
      }
    }
    return List.copyOf(assigned);
  }

  private static Member draw(int index, SplitMix rnd) {
    boolean victim = rnd.percent(25);
    PersonRole role = victim ? PersonRole.VICTIM : PersonRole.SUSPECT;
    CaseKind kind = victim || rnd.percent(55) ? CaseKind.TRAFFICKING : CaseKind.SMUGGLING;
    Whereabouts where = rnd.percent(15) ? foreigner(victim, rnd) : regional(rnd);
    Sex sex = rnd.percent(victim ? 15 : 85) ? Sex.MALE : Sex.FEMALE;
    NameSet names = where.community().names();
    Citizenship papers = Citizenship.of(where.citizenship());
    return new Member(
        index,
        "XB-" + CaseIds.zeroPadded(index + 1, 4),
        where.community(),
        sex,
        rnd.pick(names.given(sex)),
        rnd.pick(names.surnames()),
        birthDate(victim, rnd),
        where.citizenship(),
        papers.mobileNumber(rnd),
        papers.documentNumber(rnd),
        role,
        kind,
        where.countries());
  }

  /** Who a member is and where they are known. */
  private record Whereabouts(String citizenship, Community community, List<String> countries) {}

  private static Whereabouts regional(SplitMix rnd) {
    NodeProfile home = NodeProfile.of(rnd.pick(Citizenship.REGION));
    return new Whereabouts(
        home.country(), home.nationals().pick(rnd), homeAndNeighbours(home, rnd));
  }

  // Foreign victims in the pool are Ukrainian women moved between the region's sex markets;
  // foreign suspects are smugglers and traffickers working a stretch of the route.
  private static Whereabouts foreigner(boolean victim, SplitMix rnd) {
    String citizenship = victim ? "UA" : rnd.pick(List.of("TR", "AF", "PK", "SY", "MA"));
    return new Whereabouts(
        citizenship, Community.ofForeignCitizenship(citizenship), rnd.pick(FOREIGN_BEATS));
  }

  private static List<String> homeAndNeighbours(NodeProfile home, SplitMix rnd) {
    List<String> countries = new ArrayList<>(3);
    countries.add(home.country());
    int others = rnd.percent(25) ? 2 : 1;
    List<String> neighbours = new ArrayList<>(home.neighbours());
    for (int i = 0; i < others && !neighbours.isEmpty(); i++) {
      countries.add(neighbours.remove(rnd.nextInt(neighbours.size())));
    }
    return List.copyOf(countries);
  }

  /**
   * A birth year that gives a plausible age on any detection date in the window (victims 14 to 45,
   * suspects 20 to 60), even after a register swaps day and month, which keeps the year.
   */
  private static LocalDate birthDate(boolean victim, SplitMix rnd) {
    int first = DemoDataGenerator.FIRST_DETECTION.getYear();
    int last = DemoDataGenerator.LAST_DETECTION.getYear();
    int year = victim ? rnd.between(last - 44, first - 15) : rnd.between(last - 59, first - 21);
    LocalDate january = LocalDate.of(year, 1, 1);
    return january.plusDays(rnd.nextInt(january.lengthOfYear()));
  }
}
