package org.counterpart.core.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates synthetic THB and smuggling cases for one node country at a time, identical for the
 * same seed on any machine, with a regional pool of people who turn up in several countries.
 *
 * <p>Case {@code i} of a country depends only on the seed, the country and {@code i}: streams are
 * lazy, hold no state between cases, may run in parallel, and {@code cases(c, n)} is a prefix of
 * {@code cases(c, m)} when {@code n < m}.
 */
public final class DemoDataGenerator {

  /** The node countries, ISO 3166 alpha-2 with XK for Kosovo. */
  public static final List<String> COUNTRIES = Citizenship.REGION;

  /** The first day on which a generated case can be detected. */
  public static final LocalDate FIRST_DETECTION = LocalDate.of(2022, 1, 1);

  /** The last day on which a generated case can be detected. */
  public static final LocalDate LAST_DETECTION = LocalDate.of(2026, 6, 30);

  private final long seed;
  private final CrossBorderPool pool;
  // A factory per country for caseAt: building one (routes, profiles) costs more than a case.
  private final Map<String, CaseFactory> factories = new ConcurrentHashMap<>();

  public DemoDataGenerator(long seed) {
    this.seed = seed;
    this.pool = new CrossBorderPool(seed);
  }

  public long seed() {
    return seed;
  }

  /** The first {@code count} cases of a node country, generated lazily one at a time. */
  public Stream<SyntheticCase> cases(String country, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    CaseFactory factory = new CaseFactory(seed, country, pool);
    return LongStream.range(0, count).mapToObj(factory::build);
  }

  /** Case number {@code index} (from 0) of a node country, the same as in {@link #cases}. */
  public SyntheticCase caseAt(String country, long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    return factories.computeIfAbsent(country, c -> new CaseFactory(seed, c, pool)).build(index);
  }

  /** The cross-border people as their own communities write them, keyed by crossBorderKey. */
  public List<SyntheticPerson> crossBorderPeople() {
    return pool.members().stream().map(PersonFactory::canonical).toList();
  }

  /** The cross-border people with their roles and the countries whose cases include them. */
  public List<CrossBorderPerson> crossBorderPool() {
    return pool.members().stream()
        .map(
            member ->
                new CrossBorderPerson(
                    PersonFactory.canonical(member),
                    member.role(),
                    member.kind(),
                    member.countries()))
        .toList();
  }
}
