package org.counterpart.core.analysis;

import java.util.List;
import java.util.function.Function;

/**
 * What the risk analysis counts detections by. A record counts once under each value it holds of a
 * many-valued variable (a victim exploited for labour and sex counts under both), and under {@link
 * #UNKNOWN} when it holds none; the column names the hub's {@code joint_record} column.
 */
public enum Dimension {
  CASE_TYPE("case_type", false, r -> List.of(r.caseType())),
  CITIZENSHIP("citizenship", false, r -> one(r.citizenship())),
  COUNTRY_OF_EXPLOITATION("country_of_exploitation", false, r -> one(r.countryOfExploitation())),
  ROUTE("route", true, JointRecord::route),
  BORDER_CROSSING("border_crossing", false, r -> one(r.borderCrossing())),
  EXPLOITATION("exploitation", true, r -> List.copyOf(r.exploitation())),
  RECRUITMENT("recruitment", true, r -> List.copyOf(r.recruitment())),
  MEANS_OF_CONTROL("means_of_control", true, r -> List.copyOf(r.meansOfControl())),
  TRANSPORT("transport", true, r -> List.copyOf(r.transport())),
  COMMUNICATION("communication", true, r -> List.copyOf(r.communication())),
  AGE("age_broad", false, r -> one(r.ageBroad())),
  GENDER("gender", false, r -> one(r.gender()));

  /** The value counted for a record that holds none. */
  public static final String UNKNOWN = "unknown";

  private final String column;
  private final boolean many;
  private final Function<JointRecord, List<String>> values;

  Dimension(String column, boolean many, Function<JointRecord, List<String>> values) {
    this.column = column;
    this.many = many;
    this.values = values;
  }

  /** The {@code joint_record} column (an array when {@link #many()}). */
  public String column() {
    return column;
  }

  /** True when a record may hold several values. */
  public boolean many() {
    return many;
  }

  /** The values a record is counted under: its distinct values, or {@link #UNKNOWN}. */
  public List<String> valuesOf(JointRecord record) {
    List<String> v = values.apply(record);
    if (v.isEmpty()) {
      return UNKNOWN_ONLY;
    }
    // One value, or a set's values, are distinct already; a route may pass a country twice.
    return v.size() == 1 || (many && this != ROUTE) ? v : v.stream().distinct().toList();
  }

  private static final List<String> UNKNOWN_ONLY = List.of(UNKNOWN);

  private static List<String> one(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
