package org.counterpart.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.counterpart.core.analysis.Cell;
import org.counterpart.core.analysis.Counts;
import org.counterpart.core.analysis.Dimension;
import org.counterpart.core.analysis.Period;

/**
 * The quarterly counts of {@link Counts} as one Spark query: every record yields one (dimension,
 * value) pair per distinct value of each {@link Dimension} (or {@link Dimension#UNKNOWN}), the
 * pairs are exploded once and counted per source group and quarter. The dimensions, their columns
 * and whether they hold many values come from core, so that both paths count the same things.
 */
public final class QuarterlyCounts {

  private QuarterlyCounts() {}

  /** Columns of the result: group, year, quarter, dimension, value, count. */
  public static Dataset<Row> compute(Dataset<Row> records) {
    List<String> parts = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      parts.add(pairs(d));
    }
    return records
        .where(col("quarter").isNotNull())
        .select(
            expr("case when source = '"
                    + Cell.CTDC
                    + "' then '"
                    + Cell.CTDC
                    + "' else '"
                    + Cell.REGION
                    + "' end")
                .as("group"),
            col("year"),
            col("quarter"),
            expr("explode(concat(" + String.join(", ", parts) + "))").as("pair"))
        .groupBy(col("group"), col("year"), col("quarter"), col("pair.d"), col("pair.v"))
        .count()
        .select(
            col("group"),
            col("year"),
            col("quarter"),
            col("d").as("dimension"),
            col("v").as("value"),
            col("count"));
  }

  /** A SQL array of (d, v) structs: the values one record is counted under for {@code d}. */
  private static String pairs(Dimension d) {
    String c = d.column();
    String unknown =
        "array(named_struct('d', '" + d.name() + "', 'v', '" + Dimension.UNKNOWN + "'))";
    if (d.many()) {
      return "case when "
          + c
          + " is null or size("
          + c
          + ") = 0 then "
          + unknown
          + " else transform(array_distinct("
          + c
          + "), x -> named_struct('d', '"
          + d.name()
          + "', 'v', x)) end";
    }
    return "array(named_struct('d', '"
        + d.name()
        + "', 'v', coalesce("
        + c
        + ", '"
        + Dimension.UNKNOWN
        + "')))";
  }

  /** The rows of {@link #compute} as cells, in {@link Counts#ORDER}. */
  public static List<Cell> cells(List<Row> rows) {
    List<Cell> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      out.add(
          new Cell(
              row.getString(0),
              new Period(((Number) row.get(1)).intValue(), ((Number) row.get(2)).intValue()),
              Dimension.valueOf(row.getString(3)),
              row.getString(4),
              row.getLong(5)));
    }
    out.sort(Counts.ORDER);
    return out;
  }
}
