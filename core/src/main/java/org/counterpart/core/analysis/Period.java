package org.counterpart.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quarter of a year, written {@code 2024Q1}; periods order by time. */
public record Period(int year, int quarter) implements Comparable<Period> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})Q([1-4])");

  public Period {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter);
    }
  }

  /** Reads {@code 2024Q1}. */
  public static Period parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a quarter (2024Q1): " + text);
    }
    return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public Period next() {
    return quarter == 4 ? new Period(year + 1, 1) : new Period(year, quarter + 1);
  }

  public Period previous() {
    return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
  }

  /** Every quarter from {@code from} to {@code to}, both included. */
  public static List<Period> range(Period from, Period to) {
    List<Period> out = new ArrayList<>();
    for (Period p = from; p.compareTo(to) <= 0; p = p.next()) {
      out.add(p);
    }
    return out;
  }

  @Override
  public int compareTo(Period o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  @Override
  public String toString() {
    return year + "Q" + quarter;
  }
}
