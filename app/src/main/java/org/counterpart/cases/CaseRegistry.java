package org.counterpart.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.cases.internal.PersonIndex;
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
  private final IdentityVault vault;
  private final PersonIndex index;
  private final AuditTrail audit;
  private final Clock clock;
  private final String country;

  CaseRegistry(
      JdbcClient jdbc,
      IdentityVault vault,
      PersonIndex index,
      AuditTrail audit,
      Clock clock,
      CounterpartProperties instance) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.index = index;
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
    if (!actor.has(org.counterpart.identity.UserRole.FIRST_LINE_OFFICER)
        && !actor.has(org.counterpart.identity.UserRole.SCREENING_TEAM_MEMBER)
        && !actor.has(org.counterpart.identity.UserRole.CONTACT_POINT)
        && !actor.has(org.counterpart.identity.UserRole.PROSECUTOR)) {
      throw new NotPermittedException("cases.not-permitted");
    }
    List<FieldProblem> problems = check(command);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    int year = command.detectedOn().getYear();
    long sequence = jdbc.sql("select nextval('case_reference_seq')").query(Long.class).single();
    String reference = "%s-%d-%06d".formatted(country, year, sequence);
    long caseId =
        jdbc.sql(
                """
                insert into case_file (public_id, reference, kind, status, detected_on,
                    detected_country, detected_place, latitude, longitude, exploitation_types,
                    labour_sector, recruitment_method, recruitment_apps, means_of_control,
                    communication, crime_group, consent_given, created_at, created_by, updated_at)
                values (?, ?, ?, 'DETECTED', ?, ?, ?, ?, ?, ?::text[], ?, ?, ?::text[], ?::text[],
                        ?::text[], ?, ?, ?, ?, ?)
                returning id
                """)
            .params(
                UUID.randomUUID(),
                reference,
                command.kind().name(),
                command.detectedOn(),
                command.detectedCountry(),
                command.detectedPlace(),
                command.latitude(),
                command.longitude(),
                array(command.exploitationTypes()),
                blankToNull(command.labourSector()),
                blankToNull(command.recruitmentMethod()),
                array(command.recruitmentApps()),
                array(command.meansOfControl()),
                array(command.communication()),
                blankToNull(command.crimeGroup()),
                command.consentGiven(),
                Timestamp.from(now),
                actor.username(),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    addToTeam(caseId, actor.username(), actor.username(), now);
    for (NewCase.NewPerson person : command.persons()) {
      long personId = registerPerson(person, year, actor, now);
      jdbc.sql(
              """
              insert into case_person (case_id, person_id, role, perpetrator_role, added_at)
              values (?, ?, ?, ?, ?)
              """)
          .params(
              caseId,
              personId,
              person.role().name(),
              blankToNull(person.perpetratorRole()),
              Timestamp.from(now))
          .update();
    }
    int position = 0;
    for (NewCase.NewEvent event : command.events()) {
      jdbc.sql(
              """
              insert into case_event (case_id, kind, occurred_on, country, place, border_crossing,
                                      transport, position)
              values (?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              caseId,
              event.kind(),
              event.occurredOn(),
              event.country(),
              event.place(),
              event.borderCrossing(),
              event.transport(),
              position++)
          .update();
    }
    audit.record(
        AuditEvent.of(actor.username(), "case.registered", "case", reference)
            .because("registration")
            .details("persons=" + command.persons().size()));
    return reference;
  }

  private long registerPerson(NewCase.NewPerson person, int year, Actor actor, Instant now) {
    UUID publicId = UUID.randomUUID();
    var identity =
        person
            .identity()
            .withPhones(
                person.identity().phones().stream()
                    .map(p -> org.counterpart.core.names.PhoneNumbers.e164(p, country).orElse(p))
                    .toList());
    var sealed = vault.seal(identity, publicId.toString());
    long number = jdbc.sql("select nextval('person_pseudonym_seq')").query(Long.class).single();
    String pseudonym =
        "%s-%s-%d-%04d".formatted(person.role().pseudonymPrefix(), country, year, number);
    long personId =
        jdbc.sql(
                """
                insert into person (public_id, pseudonym, gender, citizenship,
                    data_subject_category, identity, identity_key, created_at, created_by,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
            .params(
                publicId,
                pseudonym,
                person.gender(),
                person.citizenship(),
                person.resolvedCategory().name(),
                sealed.bytes(),
                sealed.keyId(),
                Timestamp.from(now),
                actor.username(),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    index.write(personId, index.entries(identity, country));
    return personId;
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

  @Transactional
  public void addTeamMember(String reference, String username, Actor actor) {
    var current = lockCase(reference, null);
    requireTeam(current.id(), actor);
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

  private static String array(List<String> values) {
    var out = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return out.append('}').toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
