package org.counterpart.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.HubOnly;
import org.counterpart.system.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional catalogue on the hub: version 1 from the ILO/EC list shipped with Counterpart, then
 * every version the regional administrators publish (add, reword, re-weight, retire), each kept.
 */
@Service
@HubOnly
public class CatalogueVersions {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  CatalogueVersions(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A published version: the catalogue file, the questions file and who published it. */
  public record Published(
      int version,
      String indicatorsCsv,
      String questionsCsv,
      String notes,
      Instant publishedAt,
      String publishedBy) {}

  /** A version without its files, for lists. */
  public record Summary(
      int version, int indicators, String notes, Instant publishedAt, String publishedBy) {}

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void publishFirstVersion() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('catalogue_version'))").query().singleRow();
    if (jdbc.sql("select count(*) from catalogue_version").query(Integer.class).single() == 0) {
      insert(
          1,
          Catalogue.firstVersionText(),
          Catalogue.firstQuestionsText(),
          "ILO/EC operational indicators of trafficking (2009), first regional version",
          "counterpart");
    }
  }

  /**
   * Publishes a new version from a catalogue file (and a questions file, or the previous
   * version's). The files are checked first; nothing is published when they have errors.
   */
  @Transactional
  public Published publish(
      String indicatorsCsv, @Nullable String questionsCsv, String notes, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (notes == null || notes.isBlank()) {
      problems.add(new FieldProblem("notes", "validation.required"));
    }
    try {
      Catalogue.indicators(indicatorsCsv == null ? "" : indicatorsCsv);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("indicatorsCsv", "catalogue.invalid"));
      problems.add(new FieldProblem("indicatorsCsv", e.getMessage()));
    }
    if (questionsCsv != null && !questionsCsv.isBlank()) {
      try {
        if (Catalogue.questions(questionsCsv).isEmpty()) {
          problems.add(new FieldProblem("questionsCsv", "catalogue.invalid"));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("questionsCsv", "catalogue.invalid"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    jdbc.sql("select pg_advisory_xact_lock(hashtext('catalogue_version'))").query().singleRow();
    Published latest = latest();
    int version = latest.version() + 1;
    String questions =
        questionsCsv == null || questionsCsv.isBlank() ? latest.questionsCsv() : questionsCsv;
    insert(version, indicatorsCsv, questions, notes.strip(), actor);
    audit.record(
        AuditEvent.of(actor, "catalogue.published", "catalogue", Integer.toString(version))
            .because(notes.strip()));
    return version(version).orElseThrow();
  }

  public Published latest() {
    return jdbc.sql(
            """
            select version, indicators_csv, questions_csv, notes, published_at, published_by
            from catalogue_version order by version desc limit 1
            """)
        .query(CatalogueVersions::published)
        .optional()
        .orElseThrow(() -> new IllegalStateException("no catalogue version is published"));
  }

  public Optional<Published> version(int version) {
    return jdbc.sql(
            """
            select version, indicators_csv, questions_csv, notes, published_at, published_by
            from catalogue_version where version = ?
            """)
        .param(version)
        .query(CatalogueVersions::published)
        .optional();
  }

  public List<Summary> all() {
    return jdbc.sql(
            "select version, indicators_csv, notes, published_at, published_by from catalogue_version"
                + " order by version desc")
        .query(
            (rs, n) ->
                new Summary(
                    rs.getInt(1),
                    Catalogue.indicators(rs.getString(2)).size(),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getString(5)))
        .list();
  }

  private void insert(int version, String indicators, String questions, String notes, String by) {
    jdbc.sql(
            """
            insert into catalogue_version (version, indicators_csv, questions_csv, notes,
                                           published_at, published_by)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(version, indicators, questions, notes, Timestamp.from(clock.instant()), by)
        .update();
  }

  private static Published published(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Published(
        rs.getInt(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getTimestamp(5).toInstant(),
        rs.getString(6));
  }
}
