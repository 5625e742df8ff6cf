package org.counterpart.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.core.screening.Category;
import org.counterpart.identity.UserRole;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second stage: the national mechanism assigns a mixed team and its lead, each member records
 * an assessment, the lead records the decision with reasons. Each assigned member joins the case
 * team (need-to-know). Deadlines are shown on the dashboard of whoever holds them.
 */
@Service
@NodeOnly
public class SecondStage {

  private final JdbcClient jdbc;
  private final Screenings screenings;
  private final AuditTrail audit;
  private final Clock clock;

  SecondStage(JdbcClient jdbc, Screenings screenings, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.screenings = screenings;
    this.audit = audit;
    this.clock = clock;
  }

  /** The professions of a mixed team. */
  public enum Profession {
    POLICE,
    SOCIAL_WORKER,
    PSYCHOLOGIST,
    LABOUR_INSPECTOR,
    DOCTOR,
    LAWYER,
    NGO,
    CHILD_PROTECTION,
    OTHER
  }

  /** A member's opinion. */
  public enum Opinion {
    CONFIRM,
    REJECT,
    CHANGE_CATEGORY
  }

  /** The lead's decision. */
  public enum Outcome {
    CONFIRMED,
    REJECTED,
    RECATEGORISED
  }

  /** A member's recorded assessment. */
  public record Assessment(
      String username,
      Profession profession,
      Opinion opinion,
      List<String> categories,
      String reasons,
      Instant at) {}

  /** The second stage of a screening as shown. */
  public record View(
      Instant referredAt,
      Instant dueAt,
      @Nullable String lead,
      Map<String, Profession> members,
      List<Assessment> assessments,
      @Nullable Outcome outcome,
      List<String> categories,
      @Nullable String reasons,
      @Nullable String decidedBy) {}

  /** Assigns the team: a lead and members, each an active official of this node. */
  @Transactional
  public void assign(
      String screeningId, String lead, Map<String, Profession> members, Actor actor) {
    if (!actor.has(UserRole.SCREENING_TEAM_MEMBER) && !actor.has(UserRole.NODE_ADMIN)) {
      throw new NotPermittedException("cases.not-permitted");
    }
    var row = open(screeningId);
    if (!members.containsKey(lead)) {
      throw new InvalidInputException("lead", "second-stage.lead-not-member");
    }
    for (String username : members.keySet()) {
      boolean known =
          jdbc.sql("select count(*) from app_user where username = ? and enabled")
                  .param(username)
                  .query(Integer.class)
                  .single()
              > 0;
      if (!known) {
        throw new InvalidInputException("members", "cases.unknown-member");
      }
    }
    Instant now = clock.instant();
    jdbc.sql(
            "update second_stage set lead = ?, assigned_by = ?, assigned_at = ? where screening_id = ?")
        .params(lead, actor.username(), Timestamp.from(now), row.id())
        .update();
    members.forEach(
        (username, profession) -> {
          jdbc.sql(
                  """
                  insert into second_stage_member (screening_id, username, profession)
                  values (?, ?, ?) on conflict (screening_id, username)
                  do update set profession = excluded.profession
                  """)
              .params(row.id(), username, profession.name())
              .update();
          jdbc.sql(
                  """
                  insert into case_team_member (case_id, username, added_at, added_by)
                  values (?, ?, ?, ?) on conflict do nothing
                  """)
              .params(row.caseId(), username, Timestamp.from(now), actor.username())
              .update();
        });
    audit.record(
        AuditEvent.of(actor.username(), "second-stage.assigned", "screening", screeningId)
            .details("lead=" + lead + " members=" + String.join(",", members.keySet())));
  }

  /** A member's assessment; a change of category names the categories. */
  @Transactional
  public void assess(
      String screeningId,
      Opinion opinion,
      @Nullable List<String> chosen,
      @Nullable String reasons,
      Actor actor) {
    List<String> categories = chosen == null ? List.of() : chosen;
    var row = open(screeningId);
    Profession profession = memberProfession(row.id(), actor.username());
    if (profession == null) {
      throw new NotPermittedException("second-stage.not-member");
    }
    checkReasoned(opinion == Opinion.CHANGE_CATEGORY, categories, reasons);
    jdbc.sql(
            """
            insert into second_stage_assessment (screening_id, username, profession, opinion,
                                                 categories, reasons, at)
            values (?, ?, ?, ?, ?::text[], ?, ?)
            """)
        .params(
            row.id(),
            actor.username(),
            profession.name(),
            opinion.name(),
            "{" + String.join(",", categories) + "}",
            reasons.strip(),
            Timestamp.from(clock.instant()))
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "second-stage.assessed", "screening", screeningId)
            .details("opinion=" + opinion));
  }

  /** The lead's decision, with reasons; it closes the second stage. */
  @Transactional
  public void decide(
      String screeningId,
      Outcome outcome,
      @Nullable List<String> chosen,
      @Nullable String reasons,
      Actor actor) {
    List<String> categories = chosen == null ? List.of() : chosen;
    var row = open(screeningId);
    String lead =
        jdbc.sql("select lead from second_stage where screening_id = ?")
            .param(row.id())
            .query(String.class)
            .optional()
            .orElse(null);
    if (lead == null || !lead.equals(actor.username())) {
      throw new NotPermittedException("second-stage.not-lead");
    }
    checkReasoned(outcome == Outcome.RECATEGORISED, categories, reasons);
    Instant now = clock.instant();
    jdbc.sql(
            """
            update second_stage set outcome = ?, categories = ?::text[], reasons = ?, decided_by = ?,
                   decided_at = ? where screening_id = ?
            """)
        .params(
            outcome.name(),
            "{" + String.join(",", categories) + "}",
            reasons.strip(),
            actor.username(),
            Timestamp.from(now),
            row.id())
        .update();
    jdbc.sql("update screening set status = ?, updated_at = ?, version = version + 1 where id = ?")
        .params(outcome.name(), Timestamp.from(now), row.id())
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "second-stage.decided", "screening", screeningId)
            .because(reasons.strip())
            .details("outcome=" + outcome));
  }

  @Transactional(readOnly = true)
  public @Nullable View view(String screeningId) {
    var row =
        screenings.find(screeningId).orElseThrow(() -> new CaseNotFoundException(screeningId));
    var members = new java.util.LinkedHashMap<String, Profession>();
    jdbc.sql(
            "select username, profession from second_stage_member where screening_id = ? order by username")
        .param(row.id())
        .query((rs, n) -> members.put(rs.getString(1), Profession.valueOf(rs.getString(2))))
        .list();
    var assessments =
        jdbc.sql(
                """
                select username, profession, opinion, categories, reasons, at
                from second_stage_assessment where screening_id = ? order by at
                """)
            .param(row.id())
            .query(
                (rs, n) ->
                    new Assessment(
                        rs.getString(1),
                        Profession.valueOf(rs.getString(2)),
                        Opinion.valueOf(rs.getString(3)),
                        List.of((String[]) rs.getArray(4).getArray()),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
            .list();
    return jdbc.sql(
            """
            select referred_at, due_at, lead, outcome, categories, reasons, decided_by
            from second_stage where screening_id = ?
            """)
        .param(row.id())
        .query(
            (rs, n) ->
                new View(
                    rs.getTimestamp(1).toInstant(),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    members,
                    assessments,
                    rs.getString(4) == null ? null : Outcome.valueOf(rs.getString(4)),
                    rs.getArray(5) == null
                        ? List.of()
                        : List.of((String[]) rs.getArray(5).getArray()),
                    rs.getString(6),
                    rs.getString(7)))
        .optional()
        .orElse(null);
  }

  /** An open second stage on someone's desk, with its deadline. */
  public record Due(String screeningId, String caseReference, Instant dueAt, boolean overdue) {}

  /** Open second stages the official leads or sits on (or, for coordinators, unassigned ones). */
  @Transactional(readOnly = true)
  public List<Due> dueFor(Actor actor) {
    Instant now = clock.instant();
    return jdbc.sql(
            """
            select s.public_id, c.reference, t.due_at from second_stage t
            join screening s on s.id = t.screening_id join case_file c on c.id = s.case_id
            where t.outcome is null
              and (t.lead = :user
                   or exists (select 1 from second_stage_member m
                              where m.screening_id = t.screening_id and m.username = :user)
                   or (t.lead is null and :coordinator))
            order by t.due_at
            """)
        .param("user", actor.username())
        .param("coordinator", actor.has(UserRole.SCREENING_TEAM_MEMBER))
        .query(
            (rs, n) -> {
              Instant due = rs.getTimestamp(3).toInstant();
              return new Due(rs.getString(1), rs.getString(2), due, due.isBefore(now));
            })
        .list();
  }

  private Screenings.Row open(String screeningId) {
    var row =
        screenings.find(screeningId).orElseThrow(() -> new CaseNotFoundException(screeningId));
    if (row.status() != ScreeningStatus.SECOND_STAGE) {
      throw new InvalidInputException("status", "second-stage.not-open");
    }
    return row;
  }

  private @Nullable Profession memberProfession(long screeningId, String username) {
    return jdbc.sql(
            "select profession from second_stage_member where screening_id = ? and username = ?")
        .params(screeningId, username)
        .query(String.class)
        .optional()
        .map(Profession::valueOf)
        .orElse(null);
  }

  private static void checkReasoned(
      boolean needsCategories, List<String> categories, String reasons) {
    var problems = new java.util.ArrayList<FieldProblem>();
    if (reasons == null || reasons.isBlank()) {
      problems.add(new FieldProblem("reasons", "validation.required"));
    }
    if (needsCategories && categories.isEmpty()) {
      problems.add(new FieldProblem("categories", "validation.required"));
    }
    for (String category : categories) {
      try {
        Category.ofId(category);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("categories", "validation.vocabulary"));
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
