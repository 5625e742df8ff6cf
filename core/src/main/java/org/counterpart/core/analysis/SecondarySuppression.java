package org.counterpart.core.analysis;

/**
 * Secondary suppression of a dimension's quarterly table and its yearly table, so that no count
 * suppressed below k can be worked out from counts that are shown:
 *
 * <ul>
 *   <li>a year is suppressed when any of its quarters is (otherwise the year less the quarters
 *       shown gives the one hidden);
 *   <li>for a dimension under which every record counts exactly once (the counts of a column add up
 *       to the column's records, shown in other tables), a column holding exactly one suppressed
 *       count has its smallest count shown suppressed too; a year suppressed this way also has its
 *       smallest quarter suppressed, since its quarters would add up to it.
 * </ul>
 *
 * Suppressions only ever grow, so the rules are applied again until nothing changes. A column of
 * one row cannot be protected this way and is left as it is.
 */
public final class SecondarySuppression {

  private SecondarySuppression() {}

  /**
   * Applies the rules in place.
   *
   * @param quarterly rows × quarters, as shown after primary suppression
   * @param yearly the same rows × years
   * @param yearOfQuarter for each quarter column, the index of its year column
   * @param additive true when every record counts under exactly one value of the dimension
   * @return how many counts were suppressed in addition
   */
  public static int apply(
      Disclosure.Shown[][] quarterly,
      Disclosure.Shown[][] yearly,
      int[] yearOfQuarter,
      boolean additive) {
    int added = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < quarterly.length; r++) {
        for (int q = 0; q < yearOfQuarter.length; q++) {
          if (quarterly[r][q].suppressed() && !yearly[r][yearOfQuarter[q]].suppressed()) {
            yearly[r][yearOfQuarter[q]] = hidden();
            added++;
            changed = true;
          }
        }
      }
      if (!additive) {
        continue;
      }
      for (int q = 0; q < yearOfQuarter.length; q++) {
        int row = secondRow(quarterly, q);
        if (row >= 0) {
          quarterly[row][q] = hidden();
          added++;
          changed = true;
        }
      }
      for (int y = 0; y < (yearly.length == 0 ? 0 : yearly[0].length); y++) {
        int row = secondRow(yearly, y);
        if (row >= 0) {
          yearly[row][y] = hidden();
          added++;
          int smallest = -1;
          for (int q = 0; q < yearOfQuarter.length; q++) {
            if (yearOfQuarter[q] == y
                && !quarterly[row][q].suppressed()
                && (smallest < 0 || quarterly[row][q].value() < quarterly[row][smallest].value())) {
              smallest = q;
            }
          }
          if (smallest >= 0) {
            quarterly[row][smallest] = hidden();
            added++;
          }
          changed = true;
        }
      }
    }
    return added;
  }

  /**
   * The row of the smallest count shown in a column holding exactly one suppressed count, or -1
   * when the column needs nothing (or offers nothing).
   */
  private static int secondRow(Disclosure.Shown[][] table, int column) {
    int suppressed = 0;
    int smallest = -1;
    for (int r = 0; r < table.length; r++) {
      if (table[r][column].suppressed()) {
        suppressed++;
      } else if (smallest < 0 || table[r][column].value() < table[smallest][column].value()) {
        smallest = r;
      }
    }
    return suppressed == 1 ? smallest : -1;
  }

  private static Disclosure.Shown hidden() {
    return new Disclosure.Shown(0, true);
  }
}
