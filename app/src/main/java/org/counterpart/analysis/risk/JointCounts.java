package org.counterpart.analysis.risk;

import java.util.ArrayList;
import java.util.List;
import org.counterpart.core.analysis.Cell;
import org.counterpart.core.analysis.Counts;
import org.counterpart.core.analysis.Dimension;
import org.counterpart.core.analysis.ModusOperandi;
import org.counterpart.core.analysis.Period;
import org.counterpart.core.analysis.Rollup;
import org.counterpart.system.HubOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts of the joint database, as PostgreSQL sums them from the standing counts ({@code
 * joint_count}, kept by every writer): the same cells as {@link Counts} (the reference), of the
 * records not withdrawn, in the quarters asked. {@link #recount} counts the records themselves
 * again, array columns unnested to their distinct values and an empty one counted as unknown.
 */
@Component
@HubOnly
public class JointCounts {

  private final JdbcClient jdbc;

  JointCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every non-zero cell of the quarters {@code from} to {@code to}, in {@link Counts#ORDER}, from
   * the standing counts.
   */
  public List<Cell> cells(Period from, Period to) {
    return cells(from, to, null);
  }

  /** The cells of one case type ({@code THB}, {@code SMUGGLING}), or of both when null. */
  public List<Cell> cells(Period from, Period to, @Nullable String caseType) {
    List<Cell> out =
        new ArrayList<>(
            jdbc.sql(
                    "select "
                        + COUNT_GROUP
                        + " as g, year, quarter, dimension, value, sum(n) from joint_count"
                        + " where dimension <> :modus and quarter > 0"
                        + " and year * 10 + quarter between :from and :to"
                        + " and (cast(:caseType as text) is null or case_type = :caseType)"
                        + " group by g, year, quarter, dimension, value having sum(n) > 0")
                .param("modus", Rollup.MODUS)
                .param("caseType", caseType)
                .params(span(from, to))
                .query(
                    (rs, i) ->
                        new Cell(
                            rs.getString(1),
                            new Period(rs.getInt(2), rs.getInt(3)),
                            Dimension.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getLong(6)))
                .list());
    out.sort(Counts.ORDER);
    return out;
  }

  /** The modus operandi counts of the same quarters, as {@link ModusOperandi#countsOf}. */
  public List<ModusOperandi.Count> modi(Period from, Period to) {
    List<ModusOperandi.Count> out =
        new ArrayList<>(
            jdbc.sql(
                    "select "
                        + COUNT_GROUP
                        + " as g, year, quarter, value, sum(n) from joint_count"
                        + " where dimension = :modus and quarter > 0"
                        + " and year * 10 + quarter between :from and :to"
                        + " group by g, year, quarter, value having sum(n) > 0")
                .param("modus", Rollup.MODUS)
                .params(span(from, to))
                .query(
                    (rs, i) ->
                        new ModusOperandi.Count(
                            rs.getString(1),
                            new Period(rs.getInt(2), rs.getInt(3)),
                            Rollup.modus(rs.getString(4)),
                            rs.getLong(5)))
                .list());
    out.sort(ModusOperandi.ORDER);
    return out;
  }

  /**
   * A count of one group, case type, year, dimension and value: every record of the year, with a
   * quarter or without.
   */
  public record YearCell(
      String group, String caseType, int year, Dimension dimension, String value, long count) {}

  /**
   * The yearly counts of both groups (the region's and CTDC's) of the years {@code from} to {@code
   * to}.
   */
  public List<YearCell> years(int from, int to) {
    return jdbc.sql(
            "select "
                + COUNT_GROUP
                + " as g, case_type, year, dimension, value, sum(n) from joint_count"
                + " where dimension <> :modus and year between :from and :to"
                + " group by g, case_type, year, dimension, value having sum(n) > 0"
                + " order by g, case_type, year, dimension, value")
        .param("modus", Rollup.MODUS)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, i) ->
                new YearCell(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    Dimension.valueOf(rs.getString(4)),
                    rs.getString(5),
                    rs.getLong(6)))
        .list();
  }

  /** The latest quarter holding a record, if any. */
  public java.util.Optional<Period> latest() {
    return jdbc.sql(
            "select year, quarter from joint_count where quarter > 0 and n > 0"
                + " order by year desc, quarter desc limit 1")
        .query((rs, i) -> new Period(rs.getInt(1), rs.getInt(2)))
        .optional();
  }

  /**
   * The same cells as {@link #cells}, counted again from the records themselves: a check of the
   * standing counts, one scan of {@code joint_record} per dimension, each row weighed by how many
   * records it stands for.
   */
  public List<Cell> recount(Period from, Period to) {
    List<Cell> out = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      jdbc.sql(sql(d))
          .params(span(from, to))
          .query(
              (rs, i) ->
                  new Cell(
                      rs.getString(1),
                      new Period(rs.getInt(2), rs.getInt(3)),
                      d,
                      rs.getString(4),
                      rs.getLong(5)))
          .list()
          .forEach(out::add);
    }
    out.sort(Counts.ORDER);
    return out;
  }

  /** The modus operandi counts of {@link #modi}, counted again from the records. */
  public List<ModusOperandi.Count> recountModi(Period from, Period to) {
    List<ModusOperandi.Count> out =
        new ArrayList<>(
            jdbc.sql(
                    "select g, year, quarter, e, rec, t, sum(weight) from (select distinct r.id, r.weight, "
                        + GROUP
                        + " as g, r.year, r.quarter, e, rec, t from joint_record r,"
                        + " unnest(r.exploitation) e, unnest(r.recruitment) rec,"
                        + " unnest(r.transport) t where "
                        + WHERE
                        + ") x group by g, year, quarter, e, rec, t")
                .params(span(from, to))
                .query(
                    (rs, i) ->
                        new ModusOperandi.Count(
                            rs.getString(1),
                            new Period(rs.getInt(2), rs.getInt(3)),
                            new ModusOperandi(rs.getString(4), rs.getString(5), rs.getString(6)),
                            rs.getLong(7)))
                .list());
    out.sort(ModusOperandi.ORDER);
    return out;
  }

  /** The {@code :from} and {@code :to} of a span, as {@code year * 10 + quarter}. */
  private static java.util.Map<String, Object> span(Period from, Period to) {
    return java.util.Map.of(
        "from", from.year() * 10 + from.quarter(), "to", to.year() * 10 + to.quarter());
  }

  private static final String COUNT_GROUP =
      "case when source = 'CTDC' then 'CTDC' else 'REGION' end";

  private static final String GROUP = "case when r.source = 'CTDC' then 'CTDC' else 'REGION' end";

  private static final String WHERE =
      "not r.withdrawn and r.quarter is not null"
          + " and r.year * 10 + r.quarter between :from and :to";

  /** One dimension's counts; column names come from the enum, never from input. */
  private static String sql(Dimension d) {
    String value =
        d.many() ? "coalesce(x.u, 'unknown')" : "coalesce(r." + d.column() + ", 'unknown')";
    String from =
        d.many()
            ? "joint_record r left join lateral (select distinct u from unnest(r."
                + d.column()
                + ") u) x on true"
            : "joint_record r";
    return "select g, year, quarter, v, sum(weight) from (select "
        + GROUP
        + " as g, r.year, r.quarter, r.weight, "
        + value
        + " as v from "
        + from
        + " where "
        + WHERE
        + ") c group by g, year, quarter, v";
  }
}
