package org.counterpart.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference computation of the quarterly counts, record by record in memory: the definition the
 * PostgreSQL query and the Spark job must agree with. Records without a quarter (CTDC gives only
 * the year) are left out of quarterly counts.
 */
public final class Counts {

  private final Map<Key, Long> counts = new HashMap<>();

  private record Key(String group, Period period, Dimension dimension, String value) {}

  /** Counts one record under every dimension. */
  public Counts add(JointRecord record) {
    if (record.quarter() == null) {
      return this;
    }
    Period period = new Period(record.year(), record.quarter());
    String group = Cell.groupOf(record.source());
    for (Dimension d : Dimension.values()) {
      for (String value : d.valuesOf(record)) {
        counts.merge(new Key(group, period, d, value), 1L, Long::sum);
      }
    }
    return this;
  }

  /** The counts of many records. */
  public static List<Cell> of(Iterable<JointRecord> records) {
    Counts counts = new Counts();
    records.forEach(counts::add);
    return counts.cells();
  }

  /** Every non-zero cell, in {@link #ORDER}. */
  public List<Cell> cells() {
    List<Cell> out = new ArrayList<>(counts.size());
    counts.forEach((k, n) -> out.add(new Cell(k.group(), k.period(), k.dimension(), k.value(), n)));
    out.sort(ORDER);
    return out;
  }

  /** The order cells are compared and shown in: group, period, dimension, value. */
  public static final Comparator<Cell> ORDER =
      Comparator.comparing(Cell::group)
          .thenComparing(Cell::period)
          .thenComparing(Cell::dimension)
          .thenComparing(Cell::value);
}
