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

  private final Map<Key, Long> deltas = new HashMap<>();

  /** Counts a record in. */
  public Rollup add(JointRecord record) {
    return count(record, 1);
  }

  /** Counts a record out (a record replaced by a correction, or withdrawn). */
  public Rollup remove(JointRecord record) {
    return count(record, -1);
  }

  private Rollup count(JointRecord r, long sign) {
    int quarter = r.quarter() == null ? YEAR_ONLY : r.quarter();
    for (Dimension d : Dimension.values()) {
      for (String value : d.valuesOf(r)) {
        merge(new Key(r.source(), r.caseType(), r.year(), quarter, d.name(), value), sign);
      }
    }
    for (String e : r.exploitation()) {
      for (String rec : r.recruitment()) {
        for (String t : r.transport()) {
          merge(
              new Key(r.source(), r.caseType(), r.year(), quarter, MODUS, modus(e, rec, t)), sign);
        }
      }
    }
    return this;
  }

  private void merge(Key key, long delta) {
    deltas.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
  }

  /** True when nothing changes. */
  public boolean isEmpty() {
    return deltas.isEmpty();
  }

  /**
   * The non-zero changes in key order (source, year, quarter, dimension, value), so that concurrent
   * writers lock the hub's rows in the same order.
   */
  public List<Change> changes() {
    List<Change> out = new ArrayList<>(deltas.size());
    deltas.forEach((k, d) -> out.add(new Change(k, d)));
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
