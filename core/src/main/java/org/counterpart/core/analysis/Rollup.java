package org.counterpart.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What records add to (or take from) the joint database's standing counts: per source, case type,
 * year, quarter ({@link #YEAR_ONLY} for a record published by year only), dimension and value, with
 * the same rules as {@link Counts} and {@link ModusOperandi#countsOf}. The hub keeps these counts
 * in step with its records, in the same transaction as every write, so that a report reads a few
 * thousand counts instead of scanning millions of records.
 */
public final class Rollup {

  /** The quarter of a record published by year only (CTDC's). */
  public static final int YEAR_ONLY = 0;

  /** The dimension name under which modus operandi combinations are counted. */
  public static final String MODUS = "MODUS";

  /** Separates the three parts of a modus operandi in its counted value. */
  private static final char SEPARATOR = '|';

  /** One standing count's key; the case type is kept so that trafficking can be told apart. */
  public record Key(
      String source, String caseType, int year, int quarter, String dimension, String value) {}

  /** A key and the change of its count. */
  public record Change(Key key, long delta) {}

  /** The part of a key that a record fixes once: every count it changes shares it. */
  private record Prefix(String source, String caseType, int year, int quarter) {}

  /** Per prefix, per dimension (then {@link #MODUS}), the change of each value's count. */
  private final Map<Prefix, Map<String, long[]>[]> deltas = new HashMap<>();

  private static final Dimension[] DIMENSIONS = Dimension.values();

  /** Counts a record in. */
  public Rollup add(JointRecord record) {
    return count(record, 1);
  }

  /** Counts a record in {@code times} times (identical records). */
  public Rollup add(JointRecord record, long times) {
    return count(record, times);
  }

  /** Counts a record out (a record replaced by a correction, or withdrawn). */
  public Rollup remove(JointRecord record) {
    return count(record, -1);
  }

  @SuppressWarnings("unchecked")
  private Rollup count(JointRecord r, long delta) {
    int quarter = r.quarter() == null ? YEAR_ONLY : r.quarter();
    Map<String, long[]>[] byDimension =
        deltas.computeIfAbsent(
            new Prefix(r.source(), r.caseType(), r.year(), quarter),
            p -> new Map[DIMENSIONS.length + 1]);
    for (Dimension d : DIMENSIONS) {
      Map<String, long[]> values = byDimension[d.ordinal()];
      if (values == null) {
        values = byDimension[d.ordinal()] = new HashMap<>();
      }
      for (String value : d.valuesOf(r)) {
        values.computeIfAbsent(value, v -> new long[1])[0] += delta;
      }
    }
    if (!r.exploitation().isEmpty() && !r.recruitment().isEmpty() && !r.transport().isEmpty()) {
      Map<String, long[]> modi = byDimension[DIMENSIONS.length];
      if (modi == null) {
        modi = byDimension[DIMENSIONS.length] = new HashMap<>();
      }
      for (String e : r.exploitation()) {
        for (String rec : r.recruitment()) {
          for (String t : r.transport()) {
            modi.computeIfAbsent(modus(e, rec, t), v -> new long[1])[0] += delta;
          }
        }
      }
    }
    return this;
  }

  /** True when nothing changes. */
  public boolean isEmpty() {
    return changes().isEmpty();
  }

  /**
   * The non-zero changes in key order (source, case type, year, quarter, dimension, value), so that
   * concurrent writers lock the hub's rows in the same order.
   */
  public List<Change> changes() {
    List<Change> out = new ArrayList<>();
    deltas.forEach(
        (p, byDimension) -> {
          for (int i = 0; i < byDimension.length; i++) {
            if (byDimension[i] == null) {
              continue;
            }
            String dimension = i < DIMENSIONS.length ? DIMENSIONS[i].name() : MODUS;
            byDimension[i].forEach(
                (value, n) -> {
                  if (n[0] != 0) {
                    out.add(
                        new Change(
                            new Key(
                                p.source(), p.caseType(), p.year(), p.quarter(), dimension, value),
                            n[0]));
                  }
                });
          }
        });
    out.sort(Comparator.comparing(Change::key, KEY_ORDER));
    return out;
  }

  private static final Comparator<Key> KEY_ORDER =
      Comparator.comparing(Key::source)
          .thenComparing(Key::caseType)
          .thenComparingInt(Key::year)
          .thenComparingInt(Key::quarter)
          .thenComparing(Key::dimension)
          .thenComparing(Key::value);

  /** The counted value of a modus operandi. */
  public static String modus(String exploitation, String recruitment, String transport) {
    return exploitation + SEPARATOR + recruitment + SEPARATOR + transport;
  }

  /** The modus operandi of a counted value. */
  public static ModusOperandi modus(String value) {
    int a = value.indexOf(SEPARATOR);
    int b = value.indexOf(SEPARATOR, a + 1);
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("not a modus operandi: " + value);
    }
    return new ModusOperandi(
        value.substring(0, a), value.substring(a + 1, b), value.substring(b + 1));
  }
}
