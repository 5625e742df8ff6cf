package org.counterpart.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.system.CounterpartProperties;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers cases and changes them: every change checked first, written with its audit entry in one
 * transaction, the previous version kept.
 */
@Service
@NodeOnly
public class CaseRegistry {

  private final JdbcClient jdbc;
  private final BulkRegistration bulk;
  private final IdentityVault vault;
  private final AuditTrail audit;
  private final Clock clock;
  private final String country;

  CaseRegistry(
      JdbcClient jdbc,
      BulkRegistration bulk,
      IdentityVault vault,
      AuditTrail audit,
      Clock clock,
      CounterpartProperties instance) {
    this.jdbc = jdbc;
    this.bulk = bulk;
    this.vault = vault;
    this.audit = audit;
    this.clock = clock;
    this.country = instance.nodeCountry();
  }

  /** Checks a case without writing anything; empty when it may be registered. */
  public List<FieldProblem> check(NewCase command) {
    return CaseRules.check(command, LocalDate.now(clock.withZone(ZoneOffset.UTC)), country);
  }

  @Transactional
  public String register(NewCase command, Actor actor) {
    return bulk.registerAll(List.of(command), actor, false).getFirst();
  }

  @Transactional
  public void move(
      String reference, CaseStatus to, String reason, int expectedVersion, Actor actor) {
    var current = lockCase(reference, expectedVersion);
    if (!current.status().canMoveTo(to)) {
      throw new InvalidInputException("status", "cases.transition-impossible");
    }
    if (to.enteredBy().stream().noneMatch(actor::has)) {
      throw new NotPermittedException("cases.transition-not-permitted");
    }
    if (to == CaseStatus.CLOSED && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", "validation.required");
    }
    Instant now = clock.instant();
    snapshot(current.id(), actor.username(), now);
    jdbc.sql(
            """
            update case_file set status = ?, closed_reason = ?, version = version + 1, updated_at = ?
            where id = ?
            """)
        .params(
            to.name(), to == CaseStatus.CLOSED ? reason : null, Timestamp.from(now), current.id())
        .update();
    jdbc.sql(
            """
            insert into case_transition (case_id, from_status, to_status, reason, at, by_user)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(
            current.id(),
            current.status().name(),
            to.name(),
            blankToNull(reason),
            Timestamp.from(now),
            actor.username())
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "case.moved", "case", reference)
            .because(reason == null ? "" : reason)
            .details(current.status() + "->" + to));
  }

  /**
   * Corrects the facts of a case (date and place of detection, exploitation, recruitment, control,
   * communication, crime group, consent); the previous version is kept. Refused when someone else
   * changed the case since {@code expectedVersion} was read.
   */
  @Transactional
  public void correct(
      String reference, CaseDetails details, int expectedVersion, String reason, Actor actor) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "validation.required");
    }
    var current = lockCase(reference, expectedVersion);
    if (!actor.has(org.counterpart.identity.UserRole.NODE_ADMIN)) {
      requireTeam(current.id(), actor);
    }
    var problems =
        new java.util.ArrayList<>(
            CaseRules.details(details, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    if (problems.isEmpty() && bornAfter(current.id(), details.detectedOn())) {
      problems.add(new FieldProblem("detectedOn", "validation.born-after-detection"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    snapshot(current.id(), actor.username(), now);
    jdbc.sql(
            """
            update case_file set detected_on = ?, detected_country = ?, detected_place = ?,
                   latitude = ?, longitude = ?, exploitation_types = ?::text[], labour_sector = ?,
                   recruitment_method = ?, recruitment_apps = ?::text[],
                   means_of_control = ?::text[], communication = ?::text[], crime_group = ?,
                   consent_given = ?, version = version + 1, updated_at = ?
            where id = ?
            """)
        .params(
            details.detectedOn(),
            details.detectedCountry(),
            blankToNull(details.detectedPlace()),
            details.latitude(),
            details.longitude(),
            BulkRegistration.pgArray(details.exploitationTypes()),
            blankToNull(details.labourSector()),
            blankToNull(details.recruitmentMethod()),
            BulkRegistration.pgArray(details.recruitmentApps()),
            BulkRegistration.pgArray(details.meansOfControl()),
            BulkRegistration.pgArray(details.communication()),
            blankToNull(details.crimeGroup()),
            details.consentGiven(),
            Timestamp.from(now),
            current.id())
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "case.corrected", "case", reference)
            .because(reason)
            .details("version=" + (current.version() + 1)));
  }

  /**
   * Whether a person of the case was born after {@code detectedOn}. The identities are opened only
   * for this check and shown to no one, so no identity view is recorded.
   */
  private boolean bornAfter(long caseId, LocalDate detectedOn) {
    return jdbc
        .sql(
            """
            select p.public_id, p.identity_key, p.identity from person p
            join case_person cp on cp.person_id = p.id where cp.case_id = ?
            """)
        .param(caseId)
        .query(
            (rs, n) ->
                vault.open(
                    new IdentityVault.Sealed(rs.getString(2), rs.getBytes(3)), rs.getString(1)))
        .list()
        .stream()
        .anyMatch(
            identity -> identity.birthDate() != null && identity.birthDate().isAfter(detectedOn));
  }

  @Transactional
  public void addTeamMember(String reference, String username, Actor actor) {
    var current = lockCase(reference, null);
    requireTeam(current.id(), actor);
    boolean known =
        jdbc.sql("select count(*) from app_user where username = ? and enabled")
                .param(username)
                .query(Integer.class)
                .single()
            > 0;
    if (!known) {
      throw new InvalidInputException("username", "cases.unknown-member");
    }
    addToTeam(current.id(), username, actor.username(), clock.instant());
    audit.record(
        AuditEvent.of(actor.username(), "case.team.added", "case", reference)
            .details("member=" + username));
  }

  @Transactional
  public void addNote(String reference, NewNote note, Actor actor) {
    var current = lockCase(reference, null);
    requireTeam(current.id(), actor);
    jdbc.sql(
            """
            insert into case_note (case_id, kind, body, source, source_code, information_code, at,
                                   author)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            current.id(),
            note.kind().name(),
            note.body(),
            note.source(),
            note.sourceCode(),
            note.informationCode(),
            Timestamp.from(clock.instant()),
            actor.username())
        .update();
    audit.record(AuditEvent.of(actor.username(), "case.note.added", "case", reference));
  }

  @Transactional
  public void voidCase(String reference, String reason, Actor actor) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "validation.required");
    }
    var current = lockCase(reference, null);
    if (!actor.has(org.counterpart.identity.UserRole.NODE_ADMIN)) {
      requireTeam(current.id(), actor);
    }
    Instant now = clock.instant();
    snapshot(current.id(), actor.username(), now);
    jdbc.sql(
            """
            update case_file set voided_at = ?, voided_by = ?, void_reason = ?,
                   version = version + 1, updated_at = ? where id = ?
            """)
        .params(Timestamp.from(now), actor.username(), reason, Timestamp.from(now), current.id())
        .update();
    audit.record(AuditEvent.of(actor.username(), "case.voided", "case", reference).because(reason));
  }

  /** A note: a fact or an assessment, with its source and evaluation codes (SIENA 4x4). */
  public record NewNote(
      NoteKind kind, String body, String source, String sourceCode, String informationCode) {
    public NewNote {
      if (!List.of("A", "B", "C", "X").contains(sourceCode)) {
        throw new InvalidInputException("sourceCode", "validation.vocabulary");
      }
      if (!List.of("1", "2", "3", "4").contains(informationCode)) {
        throw new InvalidInputException("informationCode", "validation.vocabulary");
      }
      if (body == null || body.isBlank()) {
        throw new InvalidInputException("body", "validation.required");
      }
      if (source == null || source.isBlank()) {
        throw new InvalidInputException("source", "validation.required");
      }
    }
  }

  /** Law Enforcement Directive Art. 7: facts kept apart from personal assessments. */
  public enum NoteKind {
    FACT,
    ASSESSMENT
  }

  private record Locked(long id, CaseStatus status, int version) {}

  private Locked lockCase(String reference, Integer expectedVersion) {
    var locked =
        jdbc.sql(
                """
                select id, status, version from case_file
                where reference = ? and voided_at is null for update
                """)
            .param(reference)
            .query(
                (rs, n) ->
                    new Locked(rs.getLong(1), CaseStatus.valueOf(rs.getString(2)), rs.getInt(3)))
            .optional()
            .orElseThrow(() -> new CaseNotFoundException(reference));
    if (expectedVersion != null && expectedVersion != locked.version()) {
      throw new ConcurrentEditException(reference);
    }
    return locked;
  }

  private void requireTeam(long caseId, Actor actor) {
    boolean member =
        jdbc.sql("select count(*) from case_team_member where case_id = ? and username = ?")
                .params(caseId, actor.username())
                .query(Integer.class)
                .single()
            > 0;
    if (!member) {
      throw new NotPermittedException("cases.not-on-team");
    }
  }

  private void addToTeam(long caseId, String username, String by, Instant now) {
    jdbc.sql(
            """
            insert into case_team_member (case_id, username, added_at, added_by)
            values (?, ?, ?, ?) on conflict do nothing
            """)
        .params(caseId, username, Timestamp.from(now), by)
        .update();
  }

  private void snapshot(long caseId, String by, Instant now) {
    jdbc.sql(
            """
            insert into case_file_version (case_id, version, snapshot, changed_at, changed_by)
            select id, version, to_jsonb(c) - 'id', ?, ? from case_file c where id = ?
            """)
        .params(Timestamp.from(now), by, caseId)
        .update();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
