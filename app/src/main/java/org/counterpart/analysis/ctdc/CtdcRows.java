package org.counterpart.analysis.ctdc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.counterpart.core.analysis.JointRecord;

/**
 * Checks one row of a CTDC file and renders it as a line of PostgreSQL's COPY text format for
 * {@link #COPY_COLUMNS}; the first impossible cell refuses the file.
 */
final class CtdcRows {

  static final String COPY_COLUMNS =
      "source, source_ref, case_type, year, data_source, gender, age_broad, majority_status,"
          + " citizenship, country_of_exploitation, means_of_control, exploitation, labour_types,"
          + " sex_types, recruiter_relation, is_abduction, received_at, weight";

  static final int FIRST_YEAR = 1990;

  private static final Set<String> COUNTRIES = countries();
  private static final Set<String> GENDERS = Set.copyOf(JointRecord.GENDERS);
  private static final Set<String> AGE_BANDS = Set.copyOf(JointRecord.AGE_BANDS);
  private static final Set<String> MAJORITY = Set.of("Adult", "Minor");
  private static final int TARGETS = CtdcColumns.Target.values().length;

  private final String refPrefix;
  private final String receivedAt;
  private final int lastYear;
  private final StringBuilder line = new StringBuilder(256);
  private final List<List<String>> arrays = new ArrayList<>(TARGETS);
  private @org.jspecify.annotations.Nullable JointRecord record;

  /**
   * @param refPrefix the start of every row's source_ref (the file's hash prefix and a colon)
   * @param receivedAt the import's time, as PostgreSQL reads a timestamptz
   * @param lastYear the latest year of registration accepted (this year)
   */
  CtdcRows(String refPrefix, String receivedAt, int lastYear) {
    this.refPrefix = refPrefix;
    this.receivedAt = receivedAt;
    this.lastYear = lastYear;
    for (int i = 0; i < TARGETS; i++) {
      arrays.add(new ArrayList<>());
    }
  }

  /** The header must name CTDC's columns; its first cell is free text (the terms of use). */
  static void checkHeader(String[] header) {
    if (header.length != CtdcColumns.COUNT) {
      throw new CtdcFileRejected(
          1, 0, "analysis.ctdc.error.field-count", String.valueOf(header.length));
    }
    for (int i = 1; i < CtdcColumns.COUNT; i++) {
      String expected = CtdcColumns.NAMES.get(i);
      if (!expected.equals(header[i].strip())) {
        throw new CtdcFileRejected(1, i + 1, "analysis.ctdc.error.header", expected);
      }
    }
  }

  /**
   * The COPY line of one data row (ending in a newline) that stands for {@code weight} identical
   * rows of the file, the first on {@code lineNumber}; or a refusal naming line and column.
   */
  StringBuilder render(String[] row, long lineNumber, long weight) {
    int ln = (int) lineNumber;
    if (row.length != CtdcColumns.COUNT) {
      throw new CtdcFileRejected(ln, 0, "analysis.ctdc.error.field-count", "" + row.length);
    }
    line.setLength(0);
    line.append("CTDC\t").append(refPrefix).append(lineNumber).append("\tTHB\t");
    int year = year(row, ln);
    line.append(year).append('\t');
    String dataSource = row[CtdcColumns.DATASOURCE];
    text(escape(dataSource));
    String gender = oneOf(row, ln, CtdcColumns.GENDER, GENDERS, "analysis.ctdc.error.gender");
    text(gender);
    String age = oneOf(row, ln, CtdcColumns.AGE, AGE_BANDS, "analysis.ctdc.error.age");
    text(age);
    String majority =
        oneOf(row, ln, CtdcColumns.MAJORITY, MAJORITY, "analysis.ctdc.error.majority");
    text(majority);
    oneOf(row, ln, CtdcColumns.MAJORITY_AT_EXPLOIT, MAJORITY, "analysis.ctdc.error.majority");
    oneOf(row, ln, CtdcColumns.MAJORITY_ENTRY, MAJORITY, "analysis.ctdc.error.majority");
    String citizenship =
        oneOf(row, ln, CtdcColumns.CITIZENSHIP, COUNTRIES, "analysis.ctdc.error.country");
    text(citizenship);
    String exploitedIn =
        oneOf(
            row, ln, CtdcColumns.COUNTRY_OF_EXPLOITATION, COUNTRIES, "analysis.ctdc.error.country");
    text(exploitedIn);
    for (List<String> array : arrays) {
      array.clear();
    }
    for (CtdcColumns.Flag flag : CtdcColumns.FLAGS) {
      if (flag(row, ln, flag.index()) == Boolean.TRUE && flag.value() != null) {
        add(flag.target(), flag.value());
      }
    }
    if (flag(row, ln, CtdcColumns.IS_SEX_AND_LABOUR) == Boolean.TRUE) {
      addOnce(CtdcColumns.Target.EXPLOITATION, "ForcedLabour");
      addOnce(CtdcColumns.Target.EXPLOITATION, "SexualExploitation");
    }
    for (List<String> array : arrays) {
      line.append('{');
      for (int i = 0; i < array.size(); i++) {
        line.append(i == 0 ? "" : ",").append(array.get(i));
      }
      line.append("}\t");
    }
    Boolean abduction = flag(row, ln, CtdcColumns.IS_ABDUCTION);
    line.append(abduction == null ? "\\N" : abduction ? "t" : "f").append('\t');
    line.append(receivedAt).append('\t').append(weight).append('\n');
    record =
        new JointRecord(
            "CTDC",
            refPrefix + lineNumber,
            1,
            "THB",
            year,
            null,
            dataSource.isEmpty() ? null : dataSource,
            gender,
            age,
            majority,
            citizenship,
            exploitedIn,
            values(CtdcColumns.Target.MEANS_OF_CONTROL),
            values(CtdcColumns.Target.EXPLOITATION),
            values(CtdcColumns.Target.LABOUR_TYPES),
            values(CtdcColumns.Target.SEX_TYPES),
            values(CtdcColumns.Target.RECRUITER_RELATION),
            abduction,
            Set.of(),
            Set.of(),
            Set.of(),
            List.of(),
            null,
            null,
            Set.of());
    return line;
  }

  /** The row last rendered, as the joint database counts it. */
  JointRecord record() {
    if (record == null) {
      throw new IllegalStateException("no row rendered yet");
    }
    return record;
  }

  private Set<String> values(CtdcColumns.Target target) {
    return Set.copyOf(arrays.get(target.ordinal()));
  }

  private void text(@org.jspecify.annotations.Nullable String value) {
    line.append(value == null ? "\\N" : value).append('\t');
  }

  private void add(CtdcColumns.Target target, String value) {
    arrays.get(target.ordinal()).add(value);
  }

  private void addOnce(CtdcColumns.Target target, String value) {
    if (!arrays.get(target.ordinal()).contains(value)) {
      add(target, value);
    }
  }

  private int year(String[] row, int ln) {
    String cell = row[CtdcColumns.YEAR].strip();
    int year;
    try {
      year = Integer.parseInt(cell);
    } catch (NumberFormatException e) {
      year = -1;
    }
    if (year < FIRST_YEAR || year > lastYear) {
      throw new CtdcFileRejected(
          ln, CtdcColumns.YEAR + 1, "analysis.ctdc.error.year", cell, String.valueOf(lastYear));
    }
    return year;
  }

  private static @org.jspecify.annotations.Nullable String oneOf(
      String[] row, int ln, int index, Set<String> allowed, String messageKey) {
    String cell = row[index];
    if (cell.isEmpty()) {
      return null;
    }
    if (!allowed.contains(cell)) {
      throw new CtdcFileRejected(ln, index + 1, messageKey, cell);
    }
    return cell;
  }

  private static @org.jspecify.annotations.Nullable Boolean flag(String[] row, int ln, int index) {
    String cell = row[index];
    if (cell.isEmpty()) {
      return null;
    }
    if (cell.length() == 1 && (cell.charAt(0) == '0' || cell.charAt(0) == '1')) {
      return cell.charAt(0) == '1';
    }
    throw new CtdcFileRejected(ln, index + 1, "analysis.ctdc.error.flag", cell);
  }

  /** COPY's text format: a backslash, tab or line break inside a value must be escaped. */
  private static @org.jspecify.annotations.Nullable String escape(String value) {
    if (value.isEmpty()) {
      return null;
    }
    if (value.indexOf('\\') < 0
        && value.indexOf('\t') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  private static Set<String> countries() {
    Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
    // Kosovo: a user-assigned code that CTDC and the region use, absent from ISO's list.
    codes.add("XK");
    return Set.copyOf(codes);
  }
}
