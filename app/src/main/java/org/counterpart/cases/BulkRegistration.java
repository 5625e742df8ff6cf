package org.counterpart.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.internal.CopyWriter;
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.cases.internal.PersonIndex;
import org.counterpart.core.names.PhoneNumbers;
import org.counterpart.identity.UserRole;
import org.counterpart.system.CounterpartProperties;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers many already-checked cases at once with batched inserts: the path of imports and of the
 * synthetic-data generator, and of {@link CaseRegistry#register} for one case; one audit entry per
 * batch instead of per case.
 */
@Service
@NodeOnly
public class BulkRegistration {

  private final JdbcTemplate jdbc;
  private final JdbcClient client;
  private final CopyWriter copy;
  private final IdentityVault vault;
  private final PersonIndex index;
  private final AuditTrail audit;
  private final Clock clock;
  private final String country;

  BulkRegistration(
      JdbcTemplate jdbc,
      JdbcClient client,
      CopyWriter copy,
      IdentityVault vault,
      PersonIndex index,
      AuditTrail audit,
      Clock clock,
      CounterpartProperties instance) {
    this.jdbc = jdbc;
    this.client = client;
    this.copy = copy;
    this.vault = vault;
    this.index = index;
    this.audit = audit;
    this.clock = clock;
    this.country = instance.nodeCountry();
  }

  /** Registers every case or none; returns their references in order. */
  @Transactional
  public List<String> registerAll(List<NewCase> cases, Actor actor, boolean checked) {
    return write(prepare(cases, actor, checked));
  }

  /**
   * A batch made ready to write: checked, numbered, identities sealed, blind-index hashes computed
   * and every table rendered for COPY. Preparing writes nothing, so it can run on another thread
   * while the previous batch is written; numbers drawn for a batch that is never written are left
   * as gaps, as sequences do.
   */
  public record Prepared(
      String actor, List<String> references, int persons, List<CopyWriter.Rows> tables) {}

  /** Checks and prepares a batch; writes nothing. Thread-safe. */
  public Prepared prepare(List<NewCase> cases, Actor actor, boolean checked) {
    if (!actor.has(UserRole.FIRST_LINE_OFFICER)
        && !actor.has(UserRole.SCREENING_TEAM_MEMBER)
        && !actor.has(UserRole.CONTACT_POINT)
        && !actor.has(UserRole.PROSECUTOR)
        && !actor.has(UserRole.NODE_ADMIN)) {
      throw new NotPermittedException("cases.not-permitted");
    }
    if (!checked) {
      var today = java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
      for (NewCase command : cases) {
        var problems = CaseRules.check(command, today, country);
        if (!problems.isEmpty()) {
          throw new InvalidInputException(problems);
        }
      }
    }
    if (cases.isEmpty()) {
      return new Prepared(actor.username(), List.of(), 0, List.of());
    }
    int personCount = cases.stream().mapToInt(c -> c.persons().size()).sum();
    List<Long> caseIds = ids("case_file", cases.size());
    List<Long> caseNumbers = sequence("case_reference_seq", cases.size());
    List<Long> personIds = ids("person", personCount);
    List<Long> pseudonyms = sequence("person_pseudonym_seq", personCount);
    Timestamp now = Timestamp.from(clock.instant());

    List<Object[]> caseRows = new ArrayList<>(cases.size());
    List<Object[]> teamRows = new ArrayList<>(cases.size());
    List<Object[]> personRows = new ArrayList<>(personCount);
    List<Object[]> roleRows = new ArrayList<>(personCount);
    List<Object[]> indexRows = new ArrayList<>(personCount * 6);
    List<Object[]> eventRows = new ArrayList<>();
    List<String> references = new ArrayList<>(cases.size());
    int p = 0;
    for (int c = 0; c < cases.size(); c++) {
      NewCase command = cases.get(c);
      long caseId = caseIds.get(c);
      int year = command.detectedOn().getYear();
      String reference = country + "-" + year + "-" + zeroPadded(caseNumbers.get(c), 6);
      references.add(reference);
      caseRows.add(
          new Object[] {
            caseId,
            UUID.randomUUID(),
            reference,
            command.kind().name(),
            "DETECTED",
            command.detectedOn(),
            command.detectedCountry(),
            command.detectedPlace(),
            command.latitude(),
            command.longitude(),
            pgArray(command.exploitationTypes()),
            command.labourSector(),
            command.recruitmentMethod(),
            pgArray(command.recruitmentApps()),
            pgArray(command.meansOfControl()),
            pgArray(command.communication()),
            command.crimeGroup(),
            command.consentGiven(),
            now,
            actor.username(),
            now
          });
      teamRows.add(new Object[] {caseId, actor.username(), now, actor.username()});
      for (NewCase.NewPerson person : command.persons()) {
        long personId = personIds.get(p);
        UUID publicId = UUID.randomUUID();
        var identity =
            person
                .identity()
                .withPhones(
                    person.identity().phones().stream()
                        .map(ph -> PhoneNumbers.e164(ph, country).orElse(ph))
                        .toList());
        var sealed = vault.seal(identity, publicId.toString());
        String pseudonym =
            person.role().pseudonymPrefix()
                + "-"
                + country
                + "-"
                + year
                + "-"
                + zeroPadded(pseudonyms.get(p), 4);
        personRows.add(
            new Object[] {
              personId,
              publicId,
              pseudonym,
              person.gender(),
              person.citizenship(),
              person.resolvedCategory().name(),
              sealed.bytes(),
              sealed.keyId(),
              now,
              actor.username(),
              now
            });
        roleRows.add(
            new Object[] {caseId, personId, person.role().name(), person.perpetratorRole(), now});
        for (var entry : index.entries(identity, country)) {
          indexRows.add(new Object[] {personId, String.valueOf(entry.field()), entry.hash()});
        }
        p++;
      }
      int position = 0;
      for (NewCase.NewEvent event : command.events()) {
        eventRows.add(
            new Object[] {
              caseId,
              event.kind(),
              event.occurredOn(),
              event.country(),
              event.place(),
              event.borderCrossing(),
              event.transport(),
              position++
            });
      }
    }
    // Parents before children, so that the foreign keys hold row by row.
    List<CopyWriter.Rows> tables =
        List.of(
            CopyWriter.Rows.of(
                "case_file",
                "id, public_id, reference, kind, status, detected_on, detected_country,"
                    + " detected_place, latitude, longitude, exploitation_types, labour_sector,"
                    + " recruitment_method, recruitment_apps, means_of_control, communication,"
                    + " crime_group, consent_given, created_at, created_by, updated_at",
                caseRows),
            CopyWriter.Rows.of(
                "case_team_member", "case_id, username, added_at, added_by", teamRows),
            CopyWriter.Rows.of(
                "person",
                "id, public_id, pseudonym, gender, citizenship, data_subject_category, identity,"
                    + " identity_key, created_at, created_by, updated_at",
                personRows),
            CopyWriter.Rows.of(
                "case_person", "case_id, person_id, role, perpetrator_role, added_at", roleRows),
            CopyWriter.Rows.of("person_index", "person_id, field, hash", indexRows),
            CopyWriter.Rows.of(
                "case_event",
                "case_id, kind, occurred_on, country, place, border_crossing, transport, position",
                eventRows));
    return new Prepared(actor.username(), references, personCount, tables);
  }

  /** Writes a prepared batch, all of it or nothing, in the caller's transaction if there is one. */
  @Transactional
  public List<String> write(Prepared batch) {
    if (batch.references().isEmpty()) {
      return List.of();
    }
    // The foreign-key checks of COPY run one query per row; the session default (custom plans, for
    // the skewed blind index) would plan each of them again.
    jdbc.execute("set local plan_cache_mode = auto");
    for (CopyWriter.Rows rows : batch.tables()) {
      copy.copy(rows);
    }
    List<String> references = batch.references();
    if (references.size() == 1) {
      audit.record(
          AuditEvent.of(batch.actor(), "case.registered", "case", references.getFirst())
              .because("registration")
              .details("persons=" + batch.persons()));
    } else {
      audit.record(
          AuditEvent.of(batch.actor(), "case.registered.bulk", "case", references.getFirst())
              .because("bulk registration")
              .details(
                  "cases="
                      + references.size()
                      + " persons="
                      + batch.persons()
                      + " last="
                      + references.getLast()));
    }
    return references;
  }

  private static String zeroPadded(long number, int width) {
    String digits = Long.toString(number);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /**
   * Refreshes planner statistics after a large load, where the server allows the application login
   * to (PostgreSQL 17+, MAINTAIN); elsewhere autovacuum catches up on its own.
   */
  public void refreshStatistics() {
    for (String table :
        List.of("case_file", "case_person", "person", "person_index", "case_team_member")) {
      try {
        jdbc.execute("analyze " + table);
      } catch (org.springframework.dao.DataAccessException e) {
        return;
      }
    }
  }

  private List<Long> ids(String table, int count) {
    return client
        .sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
        .params(table, count)
        .query(Long.class)
        .list();
  }

  private List<Long> sequence(String name, int count) {
    return client
        .sql("select nextval(?::regclass) from generate_series(1, ?)")
        .params(name, count)
        .query(Long.class)
        .list();
  }

  static String pgArray(List<String> values) {
    var out = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return out.append('}').toString();
  }
}
