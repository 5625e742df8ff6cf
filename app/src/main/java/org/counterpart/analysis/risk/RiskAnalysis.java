package org.counterpart.analysis.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.core.analysis.Cell;
import org.counterpart.core.analysis.Dimension;
import org.counterpart.core.analysis.Disclosure;
import org.counterpart.core.analysis.ModusOperandi;
import org.counterpart.core.analysis.Period;
import org.counterpart.core.analysis.SecondarySuppression;
import org.counterpart.core.analysis.Trends;
import org.counterpart.system.HubOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The region's risk analysis of a span of quarters: per dimension a quarterly and a yearly table of
 * detections, and the trends of each quarter, with every count passed through {@link Disclosure}
 * (small cells suppressed, noise when configured). Trends are found on the true counts; what they
 * show goes through the same suppression.
 */
@Service
@HubOnly
public class RiskAnalysis {

  /** The earliest quarter a modus operandi is looked for (the joint table's lowest year). */
  private static final Period BEGINNING = new Period(1990, 1);

  private final JointCounts counts;
  private final RiskAnalysisProperties properties;

  RiskAnalysis(JointCounts counts, RiskAnalysisProperties properties) {
    this.counts = counts;
    this.properties = properties;
  }

  /** One row of a table: a value and its counts as shown, one per column. */
  public record Row(String value, List<Disclosure.Shown> counts) {}

  /** A table of one dimension: columns are quarters ({@code 2024Q1}) or years ({@code 2024}). */
  public record Table(String name, Dimension dimension, List<String> columns, List<Row> rows) {}

  /** The analysis of {@code from} to {@code to}. */
  public record Result(
      Period from,
      Period to,
      Disclosure disclosure,
      List<Table> quarterly,
      List<Table> yearly,
      List<Trends.Trend> trends,
      @Nullable World world,
      java.util.Set<String> smallBefore) {

    /**
     * True when a value's count in a quarter before {@link #from} (a trend's baseline) is below k
     * or nothing.
     */
    public boolean smallBefore(Dimension dimension, String value, Period period) {
      return smallBefore.contains(key(dimension, value, period));
    }

    static String key(Dimension dimension, String value, Period period) {
      return dimension + "|" + value + "|" + period;
    }

    /** A quarter's count of one value as its table shows it (suppressed when not found). */
    public Disclosure.Shown shown(Dimension dimension, String value, Period period) {
      for (Table t : quarterly) {
        int column = t.columns().indexOf(period.toString());
        if (t.dimension() == dimension && column >= 0) {
          for (Row r : t.rows()) {
            if (r.value().equals(value)) {
              return r.counts().get(column);
            }
          }
        }
      }
      return new Disclosure.Shown(0, true);
    }

    /** A table by name ({@code citizenship-quarterly}, {@code citizenship-world}). */
    public @Nullable Table table(String name) {
      List<Table> all = new ArrayList<>(quarterly);
      all.addAll(yearly);
      if (world != null) {
        all.addAll(world.tables());
      }
      return all.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
  }

  /** The dimensions CTDC's global file holds, on which the region is compared with the world. */
  public static final List<Dimension> WORLD_DIMENSIONS =
      List.of(
          Dimension.EXPLOITATION,
          Dimension.MEANS_OF_CONTROL,
          Dimension.AGE,
          Dimension.GENDER,
          Dimension.CITIZENSHIP,
          Dimension.COUNTRY_OF_EXPLOITATION);

  /** Rows of a comparison table: the values most frequent in the world, then the region's. */
  static final int WORLD_ROWS = 12;

  /**
   * The region's victims of trafficking in the span's quarters beside CTDC's global ones (every
   * year its file holds): one table per dimension of {@link #WORLD_DIMENSIONS}, with two columns
   * (the region, the world), counts shown as everywhere else, and the victims counted on each side.
   */
  public record World(
      Disclosure.Shown regionVictims, Disclosure.Shown worldVictims, List<Table> tables) {

    /** A count's share of its column's victims, as a percentage, or a dash when not shown. */
    public String share(Disclosure.Shown count, int column) {
      Disclosure.Shown total = column == 0 ? regionVictims : worldVictims;
      if (count.suppressed() || total.suppressed() || total.value() <= 0) {
        return "–";
      }
      return String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * count.value() / total.value());
    }
  }

  public Result analyse(Period from, Period to) {
    if (from.compareTo(to) > 0) {
      throw new IllegalArgumentException("from " + from + " after to " + to);
    }
    Period baselineStart = from;
    for (int i = 0; i < Trends.BASELINE; i++) {
      baselineStart = baselineStart.previous();
    }
    List<Cell> cells =
        counts.cells(baselineStart, to).stream()
            .filter(c -> c.group().equals(Cell.REGION))
            .toList();
    List<ModusOperandi.Count> modi = counts.modi(BEGINNING, to);
    Disclosure disclosure =
        new Disclosure(properties.kOrDefault(), properties.epsilon(), properties.seedOrDefault());
    List<Period> quarters = Period.range(from, to);
    List<Table> quarterly = new ArrayList<>();
    List<Table> yearly = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      Table byQuarter = table(d, cells, quarters, false, disclosure);
      Table byYear = table(d, cells, quarters, true, disclosure);
      Table[] protectedPair = protect(byQuarter, byYear, !d.many());
      quarterly.add(protectedPair[0]);
      yearly.add(protectedPair[1]);
    }
    List<Trends.Trend> trends = new ArrayList<>();
    for (Period p : quarters) {
      trends.addAll(Trends.detect(Cell.REGION, cells, modi, p, properties.kOrDefault()));
    }
    // Before the span: which baseline counts are below k (a missing count is nothing, hence small).
    java.util.Set<String> large = new java.util.HashSet<>();
    for (Cell c : cells) {
      if (c.period().compareTo(from) < 0 && c.count() >= properties.kOrDefault()) {
        large.add(Result.key(c.dimension(), c.value(), c.period()));
      }
    }
    java.util.Set<String> small = new java.util.HashSet<>();
    for (Trends.Trend t : trends) {
      if (t instanceof Trends.Change c) {
        Period p = c.period();
        for (int i = 0; i < Trends.BASELINE; i++) {
          p = p.previous();
          String key = Result.key(c.dimension(), c.value(), p);
          if (p.compareTo(from) < 0 && !large.contains(key)) {
            small.add(key);
          }
        }
      }
    }
    return new Result(
        from,
        to,
        disclosure,
        quarterly,
        yearly,
        List.copyOf(trends),
        world(from, to, cells, quarterly, disclosure),
        java.util.Set.copyOf(small));
  }

  /**
   * The world comparison. The region's column counts its trafficking victims of the span's
   * quarters, the world's CTDC's of every year. A region count is hidden when its value has a
   * hidden count in the quarterly table, or when the span's smuggling records of that value (all
   * records less trafficking ones) are fewer than k but not none: either would be given away.
   */
  private @Nullable World world(
      Period from, Period to, List<Cell> cells, List<Table> quarterly, Disclosure disclosure) {
    List<JointCounts.YearCell> worldCells =
        counts.years(BEGINNING.year(), LAST_YEAR).stream()
            .filter(c -> c.group().equals(Cell.CTDC) && c.caseType().equals("THB"))
            .toList();
    var worldYears = worldCells.stream().mapToInt(JointCounts.YearCell::year).summaryStatistics();
    if (worldYears.getCount() == 0) {
      return null;
    }
    int k = disclosure.k();
    Map<Dimension, Map<String, Long>> all = new HashMap<>();
    for (Cell c : cells) {
      if (c.group().equals(Cell.REGION) && c.period().compareTo(from) >= 0) {
        all.computeIfAbsent(c.dimension(), d -> new HashMap<>())
            .merge(c.value(), c.count(), Long::sum);
      }
    }
    Map<Dimension, Map<String, Long>> trafficking = new HashMap<>();
    for (Cell c : counts.cells(from, to, "THB")) {
      if (c.group().equals(Cell.REGION)) {
        trafficking
            .computeIfAbsent(c.dimension(), d -> new HashMap<>())
            .merge(c.value(), c.count(), Long::sum);
      }
    }
    java.util.function.BiFunction<Dimension, String, Disclosure.Shown> region =
        (d, value) -> {
          long thb = trafficking.getOrDefault(d, Map.of()).getOrDefault(value, 0L);
          long smuggling = all.getOrDefault(d, Map.of()).getOrDefault(value, 0L) - thb;
          boolean hiddenInTable =
              quarterly.stream()
                  .filter(t -> t.dimension() == d)
                  .flatMap(t -> t.rows().stream())
                  .filter(r -> r.value().equals(value))
                  .anyMatch(r -> r.counts().stream().anyMatch(Disclosure.Shown::suppressed));
          return hiddenInTable || (smuggling > 0 && smuggling < k)
              ? new Disclosure.Shown(0, true)
              : disclosure.show(thb);
        };
    boolean wholeYear = from.quarter() == 1 && to.quarter() == 4 && from.year() == to.year();
    String regionColumn = "WB " + (wholeYear ? Integer.toString(from.year()) : from + "–" + to);
    String worldColumn =
        worldYears.getMin() == worldYears.getMax()
            ? "CTDC " + worldYears.getMin()
            : "CTDC " + worldYears.getMin() + "–" + worldYears.getMax();
    List<Table> tables = new ArrayList<>();
    for (Dimension d : WORLD_DIMENSIONS) {
      Map<String, Long> world = new HashMap<>();
      for (var c : worldCells) {
        if (c.dimension() == d) {
          world.merge(c.value(), c.count(), Long::sum);
        }
      }
      java.util.Set<String> values = new java.util.HashSet<>(world.keySet());
      values.addAll(trafficking.getOrDefault(d, Map.of()).keySet());
      List<Row> rows =
          values.stream()
              .sorted(
                  Comparator.<String>comparingInt(v -> v.equals(Dimension.UNKNOWN) ? 1 : 0)
                      .thenComparing(v -> -world.getOrDefault(v, 0L))
                      .thenComparing(
                          v -> -trafficking.getOrDefault(d, Map.of()).getOrDefault(v, 0L))
                      .thenComparing(v -> v))
              .limit(WORLD_ROWS)
              .map(
                  v ->
                      new Row(
                          v,
                          List.of(region.apply(d, v), disclosure.show(world.getOrDefault(v, 0L)))))
              .toList();
      String name = d.name().toLowerCase().replace('_', '-') + "-world";
      Table table = new Table(name, d, List.of(regionColumn, worldColumn), rows);
      tables.add(protect(table, table, !d.many())[0]);
    }
    long worldVictims =
        worldCells.stream()
            .filter(c -> c.dimension() == Dimension.CASE_TYPE)
            .mapToLong(JointCounts.YearCell::count)
            .sum();
    return new World(
        region.apply(Dimension.CASE_TYPE, "THB"), disclosure.show(worldVictims), tables);
  }

  /** The joint table's highest year. */
  private static final int LAST_YEAR = 2100;

  /**
   * The quarterly and yearly tables of one dimension after {@link SecondarySuppression}: their rows
   * hold the same values, in the same order.
   */
  static Table[] protect(Table quarterly, Table yearly, boolean additive) {
    int rows = quarterly.rows().size();
    var q = new Disclosure.Shown[rows][];
    var y = new Disclosure.Shown[rows][];
    for (int r = 0; r < rows; r++) {
      if (!quarterly.rows().get(r).value().equals(yearly.rows().get(r).value())) {
        throw new IllegalStateException("the tables of " + quarterly.dimension() + " differ");
      }
      q[r] = quarterly.rows().get(r).counts().toArray(Disclosure.Shown[]::new);
      y[r] = yearly.rows().get(r).counts().toArray(Disclosure.Shown[]::new);
    }
    int[] yearOf = new int[quarterly.columns().size()];
    for (int i = 0; i < yearOf.length; i++) {
      yearOf[i] = yearly.columns().indexOf(quarterly.columns().get(i).substring(0, 4));
    }
    if (yearly.columns().size() == quarterly.columns().size()) {
      // Two columns of different sources (the region and the world): no years to add up.
      for (int i = 0; i < yearOf.length; i++) {
        yearOf[i] = i;
      }
    }
    SecondarySuppression.apply(q, y, yearOf, additive);
    List<Row> quarterRows = new ArrayList<>(rows);
    List<Row> yearRows = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      quarterRows.add(new Row(quarterly.rows().get(r).value(), List.of(q[r])));
      yearRows.add(new Row(yearly.rows().get(r).value(), List.of(y[r])));
    }
    return new Table[] {
      new Table(quarterly.name(), quarterly.dimension(), quarterly.columns(), quarterRows),
      new Table(yearly.name(), yearly.dimension(), yearly.columns(), yearRows)
    };
  }

  private static Table table(
      Dimension d, List<Cell> cells, List<Period> quarters, boolean byYear, Disclosure disclosure) {
    List<String> columns =
        quarters.stream()
            .map(p -> byYear ? Integer.toString(p.year()) : p.toString())
            .distinct()
            .toList();
    Map<String, Map<String, Long>> byValue = new HashMap<>();
    for (Cell c : cells) {
      if (c.dimension() == d && quarters.contains(c.period())) {
        String column = byYear ? Integer.toString(c.period().year()) : c.period().toString();
        byValue
            .computeIfAbsent(c.value(), v -> new LinkedHashMap<>())
            .merge(column, c.count(), Long::sum);
      }
    }
    List<Row> rows =
        byValue.entrySet().stream()
            .sorted(
                Comparator.<Map.Entry<String, Map<String, Long>>>comparingInt(
                        e -> e.getKey().equals(Dimension.UNKNOWN) ? 1 : 0)
                    .thenComparing(
                        e -> -e.getValue().values().stream().mapToLong(Long::longValue).sum())
                    .thenComparing(Map.Entry::getKey))
            .map(
                e ->
                    new Row(
                        e.getKey(),
                        columns.stream()
                            .map(col -> disclosure.show(e.getValue().getOrDefault(col, 0L)))
                            .toList()))
            .toList();
    String name = d.name().toLowerCase().replace('_', '-') + (byYear ? "-yearly" : "-quarterly");
    return new Table(name, d, columns, rows);
  }
}
