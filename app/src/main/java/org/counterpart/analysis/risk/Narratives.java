package org.counterpart.analysis.risk;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.core.analysis.Period;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The analysts' narrative sections of a report, per span of quarters and language. */
public final class Narratives {

  /** CIRAM's narrative sections, in the report's order. */
  public static final List<String> SECTIONS =
      List.of("context", "threat", "vulnerability", "impact", "outlook");

  private final JdbcClient jdbc;
  private final Clock clock;

  public Narratives(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The sections written so far, by section. */
  public Map<String, String> of(Period from, Period to, String language) {
    Map<String, String> out = new LinkedHashMap<>();
    jdbc.sql(
            "select section, body from analysis_narrative"
                + " where period_from = ? and period_to = ? and language = ?")
        .params(from.toString(), to.toString(), language)
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Writes one section (an empty text removes it). */
  public void write(
      Period from, Period to, String language, String section, String body, String by) {
    if (!SECTIONS.contains(section)) {
      throw new IllegalArgumentException("section " + section);
    }
    if (body.isBlank()) {
      jdbc.sql(
              "delete from analysis_narrative where period_from = ? and period_to = ?"
                  + " and language = ? and section = ?")
          .params(from.toString(), to.toString(), language, section)
          .update();
      return;
    }
    jdbc.sql(
            "insert into analysis_narrative values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (period_from, period_to, language, section)"
                + " do update set body = excluded.body, updated_at = excluded.updated_at,"
                + " updated_by = excluded.updated_by")
        .params(
            from.toString(),
            to.toString(),
            language,
            section,
            body.strip(),
            java.sql.Timestamp.from(clock.instant()),
            by)
        .update();
  }
}
