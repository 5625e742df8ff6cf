package org.counterpart.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trend detection of one group (the region, or CTDC) in one quarter against the quarters before it.
 *
 * <ul>
 *   <li><b>A significant rise or fall</b> of a dimension value: the quarter's count {@code x}
 *       against the sum {@code S} of the previous {@value #BASELINE} quarters (those of them that
 *       hold records; at least two), by the exact conditional test of two Poisson rates: given
 *       {@code n = x + S}, under an unchanged rate {@code x ~ Binomial(n, 1/(m+1))} for {@code m}
 *       baseline quarters; two-sided p-value by doubling the smaller tail. The many values tested
 *       in a quarter (every value of every dimension) are corrected together by Benjamini–Hochberg
 *       at a false discovery rate of {@value #FALSE_DISCOVERY_RATE}; when nothing changed this
 *       bounds the chance of any false alarm in the quarter at 5 %.
 *   <li><b>A switch in the top countries of origin</b>: a citizenship among the quarter's top
 *       {@value #TOP} (by count, unknown left out) that was not among the top {@value #TOP} of the
 *       pooled baseline quarters, and whose own rise is significant by the one-sided version of the
 *       same test at 0.05 / {@value #TOP} (Bonferroni over the top places), so that a third and a
 *       fourth country trading places by chance do not count as a switch.
 *   <li><b>A new modus operandi</b>: an exploitation × recruitment × transport combination held by
 *       at least {@code k} records in the quarter and by none in any earlier quarter of the data.
 * </ul>
 */
public final class Trends {

  /** Quarters the baseline spans. */
  public static final int BASELINE = 4;

  /** Benjamini–Hochberg's false discovery rate for rises and falls. */
  public static final double FALSE_DISCOVERY_RATE = 0.05;

  /** How many top countries of origin are watched. */
  public static final int TOP = 3;

  private Trends() {}

  /** A trend found in a quarter. */
  public sealed interface Trend permits OriginSwitch, Change, NewModusOperandi {
    Period period();
  }

  /** The top countries of origin switched: {@code entrants} joined the top. */
  public record OriginSwitch(
      Period period, List<String> before, List<String> now, List<String> entrants)
      implements Trend {}

  /** A significant rise or fall of one value against the baseline quarters' mean. */
  public record Change(
      Period period,
      Dimension dimension,
      String value,
      long count,
      double baselineMean,
      double pValue,
      boolean rise)
      implements Trend {}

  /** A modus operandi seen for the first time, with its count. */
  public record NewModusOperandi(Period period, ModusOperandi modusOperandi, long count)
      implements Trend {}

  /**
   * Every trend of {@code group} in {@code period}.
   *
   * @param cells the group's cells of the period and of the quarters before it (others ignored)
   * @param modi the modus operandi counts likewise
   * @param k the smallest count that may be shown, and that a new modus operandi needs
   */
  public static List<Trend> detect(
      String group, List<Cell> cells, List<ModusOperandi.Count> modi, Period period, int k) {
    Map<Period, Map<Dimension, Map<String, Long>>> byPeriod = new HashMap<>();
    for (Cell c : cells) {
      if (c.group().equals(group) && c.period().compareTo(period) <= 0) {
        byPeriod
            .computeIfAbsent(c.period(), p -> new HashMap<>())
            .computeIfAbsent(c.dimension(), d -> new HashMap<>())
            .merge(c.value(), c.count(), Long::sum);
      }
    }
    List<Period> baseline = new ArrayList<>();
    Period earliest = byPeriod.keySet().stream().min(Comparator.naturalOrder()).orElse(period);
    for (Period p = period.previous();
        baseline.size() < BASELINE && p.compareTo(earliest) >= 0;
        p = p.previous()) {
      if (byPeriod.containsKey(p)) {
        baseline.add(p);
      }
    }
    List<Trend> out = new ArrayList<>();
    if (baseline.size() >= 2 && byPeriod.containsKey(period)) {
      originSwitch(byPeriod, baseline, period).ifPresent(out::add);
      out.addAll(changes(byPeriod, baseline, period));
    }
    out.addAll(newModi(group, modi, period, k, byPeriod.keySet()));
    return out;
  }

  private static java.util.Optional<OriginSwitch> originSwitch(
      Map<Period, Map<Dimension, Map<String, Long>>> byPeriod, List<Period> baseline, Period p) {
    Map<String, Long> now = values(byPeriod, List.of(p), Dimension.CITIZENSHIP);
    Map<String, Long> before = values(byPeriod, baseline, Dimension.CITIZENSHIP);
    List<String> topNow = top(now);
    List<String> topBefore = top(before);
    List<String> entrants = new ArrayList<>();
    for (String c : topNow) {
      long x = now.getOrDefault(c, 0L);
      long s = before.getOrDefault(c, 0L);
      if (!topBefore.contains(c) && ExactTests.rise(x, s, baseline.size()) < 0.05 / TOP) {
        entrants.add(c);
      }
    }
    return entrants.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(new OriginSwitch(p, topBefore, topNow, entrants));
  }

  private static List<String> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .filter(e -> !e.getKey().equals(Dimension.UNKNOWN))
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<Change> changes(
      Map<Period, Map<Dimension, Map<String, Long>>> byPeriod, List<Period> baseline, Period p) {
    List<Change> tested = new ArrayList<>();
    int m = baseline.size();
    for (Dimension d : Dimension.values()) {
      Map<String, Long> now = values(byPeriod, List.of(p), d);
      Map<String, Long> before = values(byPeriod, baseline, d);
      Set<String> all = new LinkedHashSet<>(now.keySet());
      all.addAll(before.keySet());
      for (String v : all) {
        long x = now.getOrDefault(v, 0L);
        long s = before.getOrDefault(v, 0L);
        double mean = (double) s / m;
        tested.add(new Change(p, d, v, x, mean, ExactTests.twoRates(x, s, m), x > mean));
      }
    }
    return benjaminiHochberg(tested);
  }

  /** The discoveries among {@code tested} at {@link #FALSE_DISCOVERY_RATE}, smallest p first. */
  static List<Change> benjaminiHochberg(List<Change> tested) {
    List<Change> sorted =
        tested.stream().sorted(Comparator.comparingDouble(Change::pValue)).toList();
    int last = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (sorted.get(i - 1).pValue() <= FALSE_DISCOVERY_RATE * i / sorted.size()) {
        last = i;
      }
    }
    return sorted.subList(0, last);
  }

  private static List<NewModusOperandi> newModi(
      String group, List<ModusOperandi.Count> modi, Period p, int k, Set<Period> withData) {
    if (withData.stream().noneMatch(q -> q.compareTo(p) < 0)) {
      return List.of();
    }
    Set<ModusOperandi> seen = new HashSet<>();
    for (ModusOperandi.Count c : modi) {
      if (c.group().equals(group) && c.period().compareTo(p) < 0) {
        seen.add(c.modusOperandi());
      }
    }
    return modi.stream()
        .filter(c -> c.group().equals(group) && c.period().equals(p))
        .filter(c -> c.count() >= k && !seen.contains(c.modusOperandi()))
        .sorted(Comparator.comparing(ModusOperandi.Count::modusOperandi))
        .map(c -> new NewModusOperandi(p, c.modusOperandi(), c.count()))
        .toList();
  }

  private static Map<String, Long> values(
      Map<Period, Map<Dimension, Map<String, Long>>> byPeriod, List<Period> periods, Dimension d) {
    Map<String, Long> out = new HashMap<>();
    for (Period p : periods) {
      byPeriod
          .getOrDefault(p, Map.of())
          .getOrDefault(d, Map.of())
          .forEach((v, n) -> out.merge(v, n, Long::sum));
    }
    return out;
  }
}
