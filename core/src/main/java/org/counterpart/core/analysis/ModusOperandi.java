package org.counterpart.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A modus operandi: one exploitation type with one recruitment method and one means of transport. A
 * record counts once under every combination of its distinct values; a record missing any of the
 * three says nothing about a modus operandi and is left out (as are records without a quarter).
 */
public record ModusOperandi(String exploitation, String recruitment, String transport)
    implements Comparable<ModusOperandi> {

  /** The records of one group and quarter with one modus operandi. */
  public record Count(String group, Period period, ModusOperandi modusOperandi, long count) {}

  /** The reference counts, in group, period, modus operandi order. */
  public static List<Count> countsOf(Iterable<JointRecord> records) {
    Map<Count, Long> counts = new HashMap<>();
    for (JointRecord r : records) {
      if (r.quarter() == null) {
        continue;
      }
      Period p = new Period(r.year(), r.quarter());
      String group = Cell.groupOf(r.source());
      for (String e : r.exploitation()) {
        for (String rec : r.recruitment()) {
          for (String t : r.transport()) {
            counts.merge(new Count(group, p, new ModusOperandi(e, rec, t), 0), 1L, Long::sum);
          }
        }
      }
    }
    List<Count> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new Count(k.group(), k.period(), k.modusOperandi(), n)));
    out.sort(ORDER);
    return out;
  }

  /** Group, period, then the combination. */
  public static final Comparator<Count> ORDER =
      Comparator.comparing(Count::group)
          .thenComparing(Count::period)
          .thenComparing(Count::modusOperandi);

  @Override
  public int compareTo(ModusOperandi o) {
    return Comparator.comparing(ModusOperandi::exploitation)
        .thenComparing(ModusOperandi::recruitment)
        .thenComparing(ModusOperandi::transport)
        .compare(this, o);
  }

  @Override
  public String toString() {
    return exploitation + " / " + recruitment + " / " + transport;
  }
}
