package org.counterpart.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.CaseViews.CaseSummary;
import org.counterpart.cases.CaseViews.CaseView;
import org.counterpart.cases.CaseViews.EventView;
import org.counterpart.cases.CaseViews.NoteView;
import org.counterpart.cases.CaseViews.PersonInCase;
import org.counterpart.cases.CaseViews.TransitionView;
import org.counterpart.cases.internal.IdentityVault;
import org.counterpart.identity.UserRole;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads cases for an official: identities are decrypted only for the case team (and suspects for
 * prosecutors), everyone else sees pseudonyms; each identity shown is written to the audit trail.
 */
@Service
@NodeOnly
public class CaseReader {

  private final JdbcClient jdbc;
  private final IdentityVault vault;
  private final AuditTrail audit;
  private final Clock clock;

  CaseReader(JdbcClient jdbc, IdentityVault vault, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.audit = audit;
    this.clock = clock;
  }

  /** Filters of the case list; null means any. */
  public record CaseFilter(
      @Nullable CaseStatus status, @Nullable CaseKind kind, boolean mineOnly) {}

  @Transactional(readOnly = true)
  public List<CaseSummary> list(CaseFilter filter, int page, int size, Actor actor) {
    return jdbc.sql(
            """
            select c.reference, c.kind, c.status, c.detected_on, c.detected_country,
                   c.detected_place, c.exploitation_types,
                   (select count(*) from case_person p where p.case_id = c.id) as persons,
                   exists (select 1 from case_team_member t
                           where t.case_id = c.id and t.username = :user) as on_team
            from case_file c
            where c.voided_at is null
              and (cast(:status as text) is null or c.status = :status)
              and (cast(:kind as text) is null or c.kind = :kind)
              and (not :mine or exists (select 1 from case_team_member t
                                        where t.case_id = c.id and t.username = :user))
            order by c.detected_on desc, c.id desc
            limit :size offset :offset
            """)
        .param("user", actor.username())
        .param("status", filter.status() == null ? null : filter.status().name())
        .param("kind", filter.kind() == null ? null : filter.kind().name())
        .param("mine", filter.mineOnly())
        .param("size", Math.clamp(size, 1, 200))
        .param("offset", Math.max(0, page) * Math.clamp(size, 1, 200))
        .query(
            (rs, n) ->
                new CaseSummary(
                    rs.getString(1),
                    CaseKind.valueOf(rs.getString(2)),
                    CaseStatus.valueOf(rs.getString(3)),
                    rs.getObject(4, java.time.LocalDate.class),
                    rs.getString(5),
                    rs.getString(6),
                    strings(rs.getArray(7)),
                    rs.getInt(8),
                    rs.getBoolean(9)))
        .list();
  }

  @Transactional
  public CaseView view(String reference, Actor actor) {
    record Row(long id, CaseView partial) {}
    Row row =
        jdbc.sql("select * from case_file where reference = ? and voided_at is null")
            .param(reference)
            .query((rs, n) -> new Row(rs.getLong("id"), caseHeader(rs)))
            .optional()
            .orElseThrow(() -> new CaseNotFoundException(reference));
    long id = row.id();
    List<String> team =
        jdbc.sql("select username from case_team_member where case_id = ? order by added_at")
            .param(id)
            .query(String.class)
            .list();
    boolean onTeam = team.contains(actor.username());
    List<PersonInCase> persons = persons(id, reference, onTeam, actor);
    var c = row.partial();
    audit.record(AuditEvent.of(actor.username(), "case.viewed", "case", reference));
    return new CaseView(
        c.reference(),
        c.kind(),
        c.status(),
        c.closedReason(),
        c.detectedOn(),
        c.detectedCountry(),
        c.detectedPlace(),
        c.latitude(),
        c.longitude(),
        c.exploitationTypes(),
        c.labourSector(),
        c.recruitmentMethod(),
        c.recruitmentApps(),
        c.meansOfControl(),
        c.communication(),
        c.crimeGroup(),
        c.consentGiven(),
        c.version(),
        onTeam,
        persons,
        events(id),
        notes(id),
        transitions(id),
        onTeam ? team : List.of());
  }

  private List<PersonInCase> persons(long caseId, String reference, boolean onTeam, Actor actor) {
    record Raw(String publicId, PersonInCase shown, byte[] identity, String keyId) {}
    List<Raw> raws =
        jdbc.sql(
                """
                select p.public_id, p.pseudonym, cp.role, cp.perpetrator_role,
                       p.data_subject_category, p.gender, p.citizenship, p.identity, p.identity_key
                from case_person cp join person p on p.id = cp.person_id
                where cp.case_id = ? order by cp.role, p.pseudonym
                """)
            .param(caseId)
            .query(
                (rs, n) ->
                    new Raw(
                        rs.getString(1),
                        new PersonInCase(
                            rs.getString(2),
                            PersonRole.valueOf(rs.getString(3)),
                            rs.getString(4),
                            DataSubjectCategory.valueOf(rs.getString(5)),
                            rs.getString(6),
                            rs.getString(7),
                            null),
                        rs.getBytes(8),
                        rs.getString(9)))
            .list();
    List<PersonInCase> persons = new ArrayList<>();
    for (Raw raw : raws) {
      PersonInCase p = raw.shown();
      boolean mayKnow = onTeam || (p.role().perpetrator() && actor.has(UserRole.PROSECUTOR));
      if (!mayKnow) {
        persons.add(p);
        continue;
      }
      var identity =
          vault.open(new IdentityVault.Sealed(raw.keyId(), raw.identity()), raw.publicId());
      audit.record(
          AuditEvent.of(actor.username(), "person.identity.viewed", "person", p.pseudonym())
              .because("case " + reference));
      persons.add(
          new PersonInCase(
              p.pseudonym(),
              p.role(),
              p.perpetratorRole(),
              p.category(),
              p.gender(),
              p.citizenship(),
              identity));
    }
    return persons;
  }

  /**
   * Break-glass: an official outside the team sees one identity, after writing why; the access is
   * flagged for the node administrator and audited.
   */
  @Transactional
  public PersonIdentity breakGlass(String pseudonym, String reason, Actor actor) {
    if (reason == null || reason.trim().length() < 10) {
      throw new org.counterpart.system.InvalidInputException("reason", "cases.break-glass-reason");
    }
    record Raw(long id, String publicId, byte[] identity, String keyId) {}
    Raw raw =
        jdbc.sql("select id, public_id, identity, identity_key from person where pseudonym = ?")
            .param(pseudonym)
            .query(
                (rs, n) -> new Raw(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
            .optional()
            .orElseThrow(() -> new CaseNotFoundException(pseudonym));
    jdbc.sql("insert into break_glass_access (person_id, username, reason, at) values (?, ?, ?, ?)")
        .params(raw.id(), actor.username(), reason, Timestamp.from(clock.instant()))
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "person.identity.break-glass", "person", pseudonym)
            .because(reason)
            .outcome("flagged"));
    return vault.open(new IdentityVault.Sealed(raw.keyId(), raw.identity()), raw.publicId());
  }

  /** Break-glass accesses not yet reviewed, for the node administrator. */
  public record BreakGlassAccess(
      long id, String pseudonym, String username, String reason, java.time.Instant at) {}

  @Transactional(readOnly = true)
  public List<BreakGlassAccess> unreviewedBreakGlass() {
    return jdbc.sql(
            """
            select b.id, p.pseudonym, b.username, b.reason, b.at from break_glass_access b
            join person p on p.id = b.person_id where b.reviewed_at is null order by b.at desc
            """)
        .query(
            (rs, n) ->
                new BreakGlassAccess(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  /**
   * The administrator has looked at a break-glass access; it leaves the list, and the trail says
   * so.
   */
  @Transactional
  public void markReviewed(long accessId, Actor actor) {
    int updated =
        jdbc.sql(
                """
                update break_glass_access set reviewed_by = ?, reviewed_at = ?
                where id = ? and reviewed_at is null
                """)
            .params(actor.username(), Timestamp.from(clock.instant()), accessId)
            .update();
    if (updated == 0) {
      throw new CaseNotFoundException("break-glass " + accessId);
    }
    audit.record(
        AuditEvent.of(
            actor.username(),
            "person.identity.break-glass.reviewed",
            "break-glass",
            String.valueOf(accessId)));
  }

  private List<EventView> events(long caseId) {
    return jdbc.sql(
            """
            select kind, occurred_on, country, place, border_crossing, transport
            from case_event where case_id = ? order by position
            """)
        .param(caseId)
        .query(
            (rs, n) ->
                new EventView(
                    rs.getString(1),
                    rs.getObject(2, java.time.LocalDate.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  private List<NoteView> notes(long caseId) {
    return jdbc.sql(
            """
            select kind, body, source, source_code, information_code, at, author
            from case_note where case_id = ? order by at
            """)
        .param(caseId)
        .query(
            (rs, n) ->
                new NoteView(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getString(7)))
        .list();
  }

  private List<TransitionView> transitions(long caseId) {
    return jdbc.sql(
            """
            select from_status, to_status, reason, at, by_user
            from case_transition where case_id = ? order by at
            """)
        .param(caseId)
        .query(
            (rs, n) ->
                new TransitionView(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getString(5)))
        .list();
  }

  private static CaseView caseHeader(ResultSet rs) throws SQLException {
    return new CaseView(
        rs.getString("reference"),
        CaseKind.valueOf(rs.getString("kind")),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getString("closed_reason"),
        rs.getObject("detected_on", java.time.LocalDate.class),
        rs.getString("detected_country"),
        rs.getString("detected_place"),
        (Double) rs.getObject("latitude"),
        (Double) rs.getObject("longitude"),
        strings(rs.getArray("exploitation_types")),
        rs.getString("labour_sector"),
        rs.getString("recruitment_method"),
        strings(rs.getArray("recruitment_apps")),
        strings(rs.getArray("means_of_control")),
        strings(rs.getArray("communication")),
        rs.getString("crime_group"),
        rs.getBoolean("consent_given"),
        rs.getInt("version"),
        false,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  static List<String> strings(@Nullable Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }
}
