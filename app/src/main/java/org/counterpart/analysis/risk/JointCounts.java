package org.counterpart.analysis.risk;

import java.util.ArrayList;
import java.util.List;
import org.counterpart.core.analysis.Cell;
import org.counterpart.core.analysis.Counts;
import org.counterpart.core.analysis.Dimension;
import org.counterpart.core.analysis.ModusOperandi;
import org.counterpart.core.analysis.Period;
import org.counterpart.system.HubOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quarterly counts of the joint database computed by PostgreSQL: the same cells as {@link
 * Counts} (the reference), from the records not withdrawn, with a quarter, in the quarters asked.
 * Array columns are unnested to their distinct values, an empty one counts as unknown.
 */
@Component
@HubOnly
public class JointCounts {

  private final JdbcClient jdbc;

  JointCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every non-zero cell of the quarters {@code from} to {@code to}, in {@link Counts#ORDER}. */
  public List<Cell> cells(Period from, Period to) {
    List<Cell> out = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      jdbc.sql(sql(d))
          .param("from", from.year() * 10 + from.quarter())
          .param("to", to.year() * 10 + to.quarter())
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

  /** The modus operandi counts of the same records, as {@link ModusOperandi#countsOf}. */
  public List<ModusOperandi.Count> modi(Period from, Period to) {
    List<ModusOperandi.Count> out =
        new ArrayList<>(
            jdbc.sql(
                    "select g, year, quarter, e, rec, t, count(*) from (select distinct r.id, "
                        + GROUP
                        + " as g, r.year, r.quarter, e, rec, t from joint_record r,"
                        + " unnest(r.exploitation) e, unnest(r.recruitment) rec,"
                        + " unnest(r.transport) t where "
                        + WHERE
                        + ") x group by g, year, quarter, e, rec, t")
                .param("from", from.year() * 10 + from.quarter())
                .param("to", to.year() * 10 + to.quarter())
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

  /** The latest quarter holding a record, if any. */
  public java.util.Optional<Period> latest() {
    return jdbc.sql(
            "select year, quarter from joint_record where not withdrawn and quarter is not null"
                + " order by year desc, quarter desc limit 1")
        .query((rs, i) -> new Period(rs.getInt(1), rs.getInt(2)))
        .optional();
  }

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
    return "select g, year, quarter, v, count(*) from (select "
        + GROUP
        + " as g, r.year, r.quarter, "
        + value
        + " as v from "
        + from
        + " where "
        + WHERE
        + ") c group by g, year, quarter, v";
  }
}
