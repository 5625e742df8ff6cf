package org.counterpart.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.ConcurrentEditException;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.core.screening.Category;
import org.counterpart.core.screening.Decision;
import org.counterpart.core.screening.ScreeningEngine;
import org.counterpart.identity.UserRole;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * First-line screenings: started for a person of a case by someone on its team, answered as a draft
 * that is saved as the answers come, evaluated with the catalogue version it started with, and
 * referred to the second-stage team in one step.
 */
@Service
@NodeOnly
public class Screenings {

  private final JdbcClient jdbc;
  private final NodeCatalogue catalogue;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration secondStageDeadline;
  private final JsonMapper json = JsonMapper.builder().build();

  Screenings(
      JdbcClient jdbc,
      NodeCatalogue catalogue,
      AuditTrail audit,
      Clock clock,
      @Value("${counterpart.screening.second-stage-deadline:P3D}") Duration secondStageDeadline) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.audit = audit;
    this.clock = clock;
    this.secondStageDeadline = secondStageDeadline;
  }

  /** A screening as shown: answers, recommendation and where it stands. */
  public record ScreeningView(
      String id,
      String caseReference,
      String pseudonym,
      int catalogueVersion,
      ScreeningStatus status,
      Answers answers,
      @Nullable Decision decision,
      String screenedBy,
      Instant updatedAt,
      int version) {}

  /** Starts a screening of a person of a case with the node's current catalogue version. */
  @Transactional
  public String start(String caseReference, String pseudonym, Actor actor) {
    requireScreener(actor);
    record Ids(long caseId, long personId) {}
    Ids ids =
        jdbc.sql(
                """
                select c.id, p.id from case_file c
                join case_person cp on cp.case_id = c.id
                join person p on p.id = cp.person_id
                where c.reference = ? and p.pseudonym = ? and c.voided_at is null
                limit 1
                """)
            .params(caseReference, pseudonym)
            .query((rs, n) -> new Ids(rs.getLong(1), rs.getLong(2)))
            .optional()
            .orElseThrow(() -> new CaseNotFoundException(caseReference + " / " + pseudonym));
    requireTeam(ids.caseId(), actor);
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    int version = catalogue.current().version();
    jdbc.sql(
            """
            insert into screening (public_id, case_id, person_id, catalogue_version, status, answers,
                                   screened_by, created_at, updated_at)
            values (?::uuid, ?, ?, ?, 'DRAFT', ?::jsonb, ?, ?, ?)
            """)
        .params(
            id,
            ids.caseId(),
            ids.personId(),
            version,
            json.writeValueAsString(Answers.NONE),
            actor.username(),
            Timestamp.from(now),
            Timestamp.from(now))
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "screening.started", "screening", id)
            .details("case=" + caseReference + " person=" + pseudonym + " catalogue=" + version));
    return id;
  }

  /**
   * Saves the answers of a draft as they are. Answers naming indicators the screening's catalogue
   * does not hold are refused and nothing is saved.
   */
  @Transactional
  public int saveDraft(String id, Answers answers, Actor actor) {
    Row row = lock(id);
    requireTeam(row.caseId(), actor);
    if (row.status() != ScreeningStatus.DRAFT) {
      throw new InvalidInputException("status", "screening.not-a-draft");
    }
    List<FieldProblem> problems = check(answers, catalogue.version(row.catalogueVersion()));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    jdbc.sql(
            """
            update screening set answers = ?::jsonb, interpreter_used = ?, interview_language = ?,
                   updated_at = ?, version = version + 1
            where id = ?
            """)
        .params(
            json.writeValueAsString(answers),
            Boolean.TRUE.equals(answers.interpreterUsed()),
            blankToNull(answers.interviewLanguage()),
            Timestamp.from(clock.instant()),
            row.id())
        .update();
    return row.version() + 1;
  }

  /** Evaluates the draft with the engine and records the recommendation. */
  @Transactional
  public Decision decide(String id, Actor actor) {
    Row row = lock(id);
    requireTeam(row.caseId(), actor);
    if (row.status() != ScreeningStatus.DRAFT) {
      throw new InvalidInputException("status", "screening.not-a-draft");
    }
    Answers answers = json.readValue(row.answers(), Answers.class);
    Catalogue used = catalogue.version(row.catalogueVersion());
    List<FieldProblem> problems = check(answers, used);
    if (Boolean.TRUE.equals(answers.ageAssessed()) && answers.age() == null) {
      problems.add(new FieldProblem("age", "screening.age-required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Decision decision = new ScreeningEngine(used).decide(answers.input(used.version()));
    Instant now = clock.instant();
    jdbc.sql(
            """
            update screening set status = 'DECIDED', decision = ?::jsonb, categories = ?::text[],
                   decided_at = ?, updated_at = ?, version = version + 1
            where id = ?
            """)
        .params(
            json.writeValueAsString(decision),
            "{" + String.join(",", decision.categories().stream().map(Category::id).toList()) + "}",
            Timestamp.from(now),
            Timestamp.from(now),
            row.id())
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "screening.decided", "screening", id)
            .details(
                "categories="
                    + String.join(",", decision.categories().stream().map(Category::id).toList())
                    + " catalogue="
                    + used.version()));
    return decision;
  }

  /** Hands a decided screening to the second-stage team, with its deadline. */
  @Transactional
  public void referToSecondStage(String id, int expectedVersion, Actor actor) {
    Row row = lock(id);
    requireTeam(row.caseId(), actor);
    if (row.version() != expectedVersion) {
      throw new ConcurrentEditException(id);
    }
    if (row.status() != ScreeningStatus.DECIDED) {
      throw new InvalidInputException("status", "screening.not-decided");
    }
    Instant now = clock.instant();
    jdbc.sql(
            "update screening set status = 'SECOND_STAGE', updated_at = ?, version = version + 1 where id = ?")
        .params(Timestamp.from(now), row.id())
        .update();
    jdbc.sql(
            "insert into second_stage (screening_id, referred_by, referred_at, due_at) values (?, ?, ?, ?)")
        .params(
            row.id(),
            actor.username(),
            Timestamp.from(now),
            Timestamp.from(now.plus(secondStageDeadline)))
        .update();
    audit.record(AuditEvent.of(actor.username(), "screening.referred", "screening", id));
  }

  @Transactional(readOnly = true)
  public ScreeningView view(String id, Actor actor) {
    Row row = find(id).orElseThrow(() -> new CaseNotFoundException(id));
    if (!onTeam(row.caseId(), actor) && !actor.has(UserRole.SCREENING_TEAM_MEMBER)) {
      throw new NotPermittedException("cases.not-on-team");
    }
    return new ScreeningView(
        id,
        row.caseReference(),
        row.pseudonym(),
        row.catalogueVersion(),
        row.status(),
        json.readValue(row.answers(), Answers.class),
        row.decision() == null ? null : json.readValue(row.decision(), Decision.class),
        row.screenedBy(),
        row.updatedAt(),
        row.version());
  }

  /** A screening in a list. */
  public record ScreeningSummary(
      String id, String pseudonym, ScreeningStatus status, List<String> categories, Instant at) {}

  /** The screenings of a case, newest first. */
  @Transactional(readOnly = true)
  public List<ScreeningSummary> ofCase(String caseReference) {
    return jdbc.sql(
            """
            select s.public_id, p.pseudonym, s.status, s.categories, s.updated_at from screening s
            join case_file c on c.id = s.case_id join person p on p.id = s.person_id
            where c.reference = ? order by s.updated_at desc
            """)
        .param(caseReference)
        .query(
            (rs, n) ->
                new ScreeningSummary(
                    rs.getString(1),
                    rs.getString(2),
                    ScreeningStatus.valueOf(rs.getString(3)),
                    List.of((String[]) rs.getArray(4).getArray()),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  private static List<FieldProblem> check(Answers answers, Catalogue used) {
    List<FieldProblem> problems = new ArrayList<>();
    for (String indicator : answers.indicators()) {
      if (used.indicator(indicator).isEmpty()) {
        problems.add(new FieldProblem("indicators", "screening.unknown-indicator"));
        break;
      }
    }
    if (answers.age() != null && (answers.age() < 0 || answers.age() > 130)) {
      problems.add(new FieldProblem("age", "screening.age-range"));
    }
    if (answers.exploitation() != null && !answers.exploitation().isBlank()) {
      try {
        org.counterpart.core.screening.Exploitation.ofId(answers.exploitation());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("exploitation", "validation.vocabulary"));
      }
    }
    if (answers.interviewLanguage() != null && answers.interviewLanguage().length() > 60) {
      problems.add(new FieldProblem("interviewLanguage", "validation.too-long"));
    }
    if (answers.extremismFlagReason() != null && answers.extremismFlagReason().length() > 2000) {
      problems.add(new FieldProblem("extremismFlagReason", "validation.too-long"));
    }
    return problems;
  }

  record Row(
      long id,
      long caseId,
      String caseReference,
      String pseudonym,
      int catalogueVersion,
      ScreeningStatus status,
      String answers,
      @Nullable String decision,
      String screenedBy,
      Instant updatedAt,
      int version) {}

  private Row lock(String id) {
    return query(id, true).orElseThrow(() -> new CaseNotFoundException(id));
  }

  Optional<Row> find(String id) {
    return query(id, false);
  }

  private Optional<Row> query(String id, boolean forUpdate) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select s.id, s.case_id, c.reference, p.pseudonym, s.catalogue_version, s.status,
                   s.answers::text, s.decision::text, s.screened_by, s.updated_at, s.version
            from screening s join case_file c on c.id = s.case_id join person p on p.id = s.person_id
            where s.public_id = ?
            """
                + (forUpdate ? " for update of s" : ""))
        .param(uuid)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getInt(5),
                    ScreeningStatus.valueOf(rs.getString(6)),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getTimestamp(10).toInstant(),
                    rs.getInt(11)))
        .optional();
  }

  private static void requireScreener(Actor actor) {
    if (!actor.has(UserRole.FIRST_LINE_OFFICER)
        && !actor.has(UserRole.SCREENING_TEAM_MEMBER)
        && !actor.has(UserRole.CONTACT_POINT)) {
      throw new NotPermittedException("cases.not-permitted");
    }
  }

  boolean onTeam(long caseId, Actor actor) {
    return jdbc.sql("select count(*) from case_team_member where case_id = ? and username = ?")
            .params(caseId, actor.username())
            .query(Integer.class)
            .single()
        > 0;
  }

  private void requireTeam(long caseId, Actor actor) {
    if (!onTeam(caseId, actor)) {
      throw new NotPermittedException("cases.not-on-team");
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
