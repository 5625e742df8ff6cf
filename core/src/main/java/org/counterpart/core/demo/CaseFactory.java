package org.counterpart.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds case number {@code index} of one node's stream from the seed, the country and the index
 * alone, so that any case can be made in any order, in parallel, without remembering the others.
 */
final class CaseFactory {

  // Pool members appear early (every third case) so that even small demo sets show them.
  private static final int POOL_STRIDE = 3;
  private static final int POOL_RECURRENCE_PER_MILLE = 2;
  private static final int DOMESTIC_TRAFFICKING_PERCENT = 45;
  private static final int WITNESS_PERCENT = 10;
  private static final WeightedChoice<Integer> VICTIMS =
      WeightedChoice.of(1, 70).or(2, 20).or(3, 10);
  private static final WeightedChoice<Integer> SUSPECTS =
      WeightedChoice.of(1, 60).or(2, 30).or(3, 10);

  private final long seed;
  private final NodeProfile node;
  private final RoutePlanner routes;
  private final PersonFactory people;
  private final List<CrossBorderPool.Member> pool;

  CaseFactory(long seed, String country, CrossBorderPool pool) {
    this.seed = seed;
    this.node = NodeProfile.of(country);
    this.routes = new RoutePlanner(country);
    this.people = new PersonFactory(seed, node);
    this.pool = pool.assignedTo(country);
  }

  SyntheticCase build(long index) {
    SplitMix rnd = SplitMix.of(seed, SplitMix.code(node.country()), index);
    LocalDate detectedOn = detectionDate(rnd);
    CrossBorderPool.@Nullable Member known = poolMemberFor(index, rnd);
    CaseKind kind =
        known != null
            ? known.kind()
            : rnd.percent(node.smugglingPercent()) ? CaseKind.SMUGGLING : CaseKind.TRAFFICKING;
    String caseId = CaseIds.caseId(node.country(), detectedOn.getYear(), index);
    Cast cast = new Cast(caseId, detectedOn, known);
    return kind == CaseKind.TRAFFICKING ? trafficking(cast, rnd) : smuggling(cast, rnd);
  }

  private CrossBorderPool.@Nullable Member poolMemberFor(long index, SplitMix rnd) {
    if (pool.isEmpty()) {
      return null;
    }
    if (index % POOL_STRIDE == 1 && index / POOL_STRIDE < pool.size()) {
      return pool.get((int) (index / POOL_STRIDE));
    }
    return rnd.nextInt(1000) < POOL_RECURRENCE_PER_MILLE ? rnd.pick(pool) : null;
  }

  private SyntheticCase trafficking(Cast cast, SplitMix rnd) {
    List<RouteLeg> route = routes.traffickingRoute(rnd, DOMESTIC_TRAFFICKING_PERCENT);
    String origin = route.isEmpty() ? domesticOrigin(rnd) : route.get(0).fromCountry();
    List<Exploitation> exploitation = TraffickingPatterns.exploitation(origin, rnd);
    ExploitationType main = exploitation.get(0).type();
    int victims = VICTIMS.pick(rnd);
    for (int i = 0; i < victims; i++) {
      cast.addVictim(TraffickingPatterns.victimCitizenship(origin, rnd), main, rnd);
    }
    int suspects = SUSPECTS.pick(rnd);
    for (int i = 0; i < suspects; i++) {
      PerpetratorRole role = TraffickingPatterns.suspectRole(i, !route.isEmpty(), rnd);
      cast.addSuspect(traffickerCitizenship(origin, rnd), role, rnd);
    }
    if (rnd.percent(WITNESS_PERCENT)) {
      cast.addWitness(rnd);
    }
    String recruitment = TraffickingPatterns.recruitment(main, rnd);
    return cast.toCase(CaseKind.TRAFFICKING, exploitation, recruitment, route);
  }

  private SyntheticCase smuggling(Cast cast, SplitMix rnd) {
    List<RouteLeg> route = routes.smugglingRoute(rnd);
    String group = SmugglingPatterns.groupNationality(rnd);
    int migrants = SmugglingPatterns.groupSize(rnd);
    for (int i = 0; i < migrants; i++) {
      cast.addMigrant(SmugglingPatterns.migrantNationality(group, rnd), rnd);
    }
    int smugglers = rnd.percent(80) ? 1 : 2;
    for (int i = 0; i < smugglers; i++) {
      String citizenship = SmugglingPatterns.smugglerCitizenship(node, group, rnd);
      cast.addSuspect(citizenship, SmugglingPatterns.smugglerRole(i, rnd), rnd);
    }
    return cast.toCase(CaseKind.SMUGGLING, List.of(), SmugglingPatterns.contact(rnd), route);
  }

  /** Most victims of domestic trafficking are nationals; a few come from a neighbour. */
  private String domesticOrigin(SplitMix rnd) {
    return rnd.percent(95) ? node.country() : rnd.pick(node.neighbours());
  }

  /** Traffickers are mostly locals, some from the victims' country, a few from next door. */
  private String traffickerCitizenship(String origin, SplitMix rnd) {
    int ticket = rnd.nextInt(100);
    if (ticket < 70 || (ticket < 90 && origin.equals("AE"))) {
      return node.country();
    }
    if (ticket < 90) {
      return TraffickingPatterns.victimCitizenship(origin, rnd);
    }
    return rnd.pick(node.neighbours());
  }

  private static LocalDate detectionDate(SplitMix rnd) {
    long first = DemoDataGenerator.FIRST_DETECTION.toEpochDay();
    long days = DemoDataGenerator.LAST_DETECTION.toEpochDay() - first + 1;
    return LocalDate.ofEpochDay(first + rnd.nextInt((int) days));
  }

  /** The persons of one case as they are added, numbered in order. */
  private final class Cast {

    private final String caseId;
    private final LocalDate detectedOn;
    private final CrossBorderPool.@Nullable Member known;
    private final List<CasePerson> persons = new ArrayList<>(8);

    Cast(String caseId, LocalDate detectedOn, CrossBorderPool.@Nullable Member known) {
      this.caseId = caseId;
      this.detectedOn = detectedOn;
      this.known = known;
    }

    void addVictim(String citizenship, ExploitationType main, SplitMix rnd) {
      Sex sex = TraffickingPatterns.victimSex(main, rnd);
      LocalDate born =
          PersonFactory.bornAtAge(detectedOn, TraffickingPatterns.victimAge(main, rnd), rnd);
      // Children forced to beg in the region are overwhelmingly Roma.
      SyntheticPerson person =
          main == ExploitationType.FORCED_BEGGING
                  && Citizenship.isRegional(citizenship)
                  && rnd.percent(70)
              ? people.member(nextId(), Community.ROMA, citizenship, sex, born, rnd)
              : people.citizen(nextId(), citizenship, sex, born, rnd);
      persons.add(new CasePerson(person, PersonRole.VICTIM, null));
    }

    void addSuspect(String citizenship, PerpetratorRole role, SplitMix rnd) {
      Sex sex = rnd.percent(80) ? Sex.MALE : Sex.FEMALE;
      LocalDate born = PersonFactory.bornAtAge(detectedOn, rnd.between(20, 60), rnd);
      SyntheticPerson person = people.citizen(nextId(), citizenship, sex, born, rnd);
      persons.add(new CasePerson(person, PersonRole.SUSPECT, role));
    }

    void addMigrant(String citizenship, SplitMix rnd) {
      Sex sex = rnd.percent(85) ? Sex.MALE : Sex.FEMALE;
      LocalDate born = PersonFactory.bornAtAge(detectedOn, SmugglingPatterns.migrantAge(rnd), rnd);
      SyntheticPerson person = people.citizen(nextId(), citizenship, sex, born, rnd);
      persons.add(new CasePerson(person, PersonRole.SMUGGLED_MIGRANT, null));
    }

    void addWitness(SplitMix rnd) {
      Sex sex = rnd.percent(50) ? Sex.MALE : Sex.FEMALE;
      LocalDate born = PersonFactory.bornAtAge(detectedOn, rnd.between(18, 65), rnd);
      SyntheticPerson person = people.citizen(nextId(), node.country(), sex, born, rnd);
      persons.add(new CasePerson(person, PersonRole.WITNESS, null));
    }

    private void addKnown(CrossBorderPool.Member member, CaseKind kind) {
      @Nullable PerpetratorRole role =
          member.role() != PersonRole.SUSPECT
              ? null
              : kind == CaseKind.SMUGGLING
                  ? PerpetratorRole.SMUGGLER
                  : PerpetratorRole.RECRUITER_OR_INTERMEDIARY;
      persons.add(new CasePerson(people.known(nextId(), member), member.role(), role));
    }

    SyntheticCase toCase(
        CaseKind kind, List<Exploitation> exploitation, String recruitment, List<RouteLeg> route) {
      if (known != null) {
        addKnown(known, kind);
      }
      return new SyntheticCase(
          caseId, node.country(), kind, detectedOn, exploitation, recruitment, route, persons);
    }

    private String nextId() {
      return CaseIds.personId(caseId, persons.size() + 1);
    }
  }
}
