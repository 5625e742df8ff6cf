package org.counterpart.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.cases.Vocabulary;
import org.counterpart.identity.UserRole;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral of a screened person to a facility that fits them (shelter, reception centre, child
 * protection, asylum office, health), tracked from proposal to arrival, or prepared for another
 * country's mechanism, which the exchange carries. A full facility is chosen only with an override
 * and its reason.
 */
@Service
@NodeOnly
public class Referrals {

  private final JdbcClient jdbc;
  private final Screenings screenings;
  private final AuditTrail audit;
  private final Clock clock;

  Referrals(JdbcClient jdbc, Screenings screenings, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.screenings = screenings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Kinds of facility. */
  public enum FacilityKind {
    SHELTER,
    RECEPTION_CENTRE,
    CHILD_PROTECTION,
    ASYLUM_OFFICE,
    HEALTH
  }

  /** Where a referral stands. */
  public enum ReferralStatus {
    PROPOSED,
    ACCEPTED,
    REFUSED,
    ARRIVED,
    PREPARED_FOR_EXCHANGE,
    CANCELLED
  }

  /** A facility with its capacity, languages and accessibility. */
  public record Facility(
      String code,
      String name,
      FacilityKind kind,
      String place,
      List<String> categories,
      int capacity,
      int occupancy,
      List<String> languages,
      boolean accessible,
      @Nullable String contact) {
    public boolean full() {
      return occupancy >= capacity;
    }
  }

  /** A referral as shown. */
  public record Referral(
      String id,
      @Nullable String facility,
      @Nullable String destination,
      ReferralStatus status,
      @Nullable String overrideReason,
      @Nullable String refusalReason,
      String proposedBy,
      Instant proposedAt) {}

  /** Adds or updates a facility (node administrators). */
  @Transactional
  public void saveFacility(Facility facility, Actor actor) {
    if (!actor.has(UserRole.NODE_ADMIN)) {
      throw new NotPermittedException("cases.not-permitted");
    }
    if (facility.capacity() < 0 || facility.occupancy() < 0) {
      throw new InvalidInputException("capacity", "validation.number");
    }
    jdbc.sql(
            """
            insert into facility (code, name, kind, place, categories, capacity, occupancy,
                                  languages, accessible, contact, updated_at)
            values (?, ?, ?, ?, ?::text[], ?, ?, ?::text[], ?, ?, ?)
            on conflict (code) do update set name = excluded.name, kind = excluded.kind,
              place = excluded.place, categories = excluded.categories,
              capacity = excluded.capacity, occupancy = excluded.occupancy,
              languages = excluded.languages, accessible = excluded.accessible,
              contact = excluded.contact, updated_at = excluded.updated_at
            """)
        .params(
            facility.code(),
            facility.name(),
            facility.kind().name(),
            facility.place(),
            "{" + String.join(",", facility.categories()) + "}",
            facility.capacity(),
            facility.occupancy(),
            "{" + String.join(",", facility.languages()) + "}",
            facility.accessible(),
            facility.contact(),
            Timestamp.from(clock.instant()))
        .update();
    audit.record(AuditEvent.of(actor.username(), "facility.saved", "facility", facility.code()));
  }

  /** Facilities for a category (all when null), those with room first. */
  @Transactional(readOnly = true)
  public List<Facility> facilities(@Nullable String category) {
    return jdbc.sql(
            """
            select code, name, kind, place, categories, capacity, occupancy, languages, accessible,
                   contact
            from facility where (cast(:category as text) is null or :category = any(categories))
            order by occupancy >= capacity, name
            """)
        .param("category", category)
        .query(
            (rs, n) ->
                new Facility(
                    rs.getString(1),
                    rs.getString(2),
                    FacilityKind.valueOf(rs.getString(3)),
                    rs.getString(4),
                    List.of((String[]) rs.getArray(5).getArray()),
                    rs.getInt(6),
                    rs.getInt(7),
                    List.of((String[]) rs.getArray(8).getArray()),
                    rs.getBoolean(9),
                    rs.getString(10)))
        .list();
  }

  /**
   * Proposes a facility for a screened person. A full facility needs {@code overrideReason};
   * without one the proposal is refused and nothing is written.
   */
  @Transactional
  public String propose(
      String screeningId, String facilityCode, @Nullable String overrideReason, Actor actor) {
    var row = decided(screeningId, actor);
    record Place(long id, int capacity, int occupancy) {}
    Place place =
        jdbc.sql("select id, capacity, occupancy from facility where code = ? for update")
            .param(facilityCode)
            .query((rs, n) -> new Place(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
            .optional()
            .orElseThrow(() -> new InvalidInputException("facility", "referral.unknown-facility"));
    boolean override = overrideReason != null && !overrideReason.isBlank();
    if (place.occupancy() >= place.capacity() && !override) {
      throw new InvalidInputException("overrideReason", "referral.facility-full");
    }
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into referral (public_id, screening_id, facility_id, status, override_reason,
                                  proposed_by, proposed_at)
            values (?::uuid, ?, ?, 'PROPOSED', ?, ?, ?)
            """)
        .params(
            id,
            row.id(),
            place.id(),
            override ? overrideReason.strip() : null,
            actor.username(),
            Timestamp.from(clock.instant()))
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "referral.proposed", "referral", id)
            .because(override ? overrideReason.strip() : "")
            .details("facility=" + facilityCode + (override ? " override" : "")));
    return id;
  }

  /** Prepares the referral of a person to another country's mechanism, for the exchange. */
  @Transactional
  public String prepareTransnational(String screeningId, String country, Actor actor) {
    var row = decided(screeningId, actor);
    if (!Vocabulary.COUNTRIES.contains(country)) {
      throw new InvalidInputException("destination", "validation.country");
    }
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into referral (public_id, screening_id, destination, status, proposed_by,
                                  proposed_at)
            values (?::uuid, ?, ?, 'PREPARED_FOR_EXCHANGE', ?, ?)
            """)
        .params(id, row.id(), country, actor.username(), Timestamp.from(clock.instant()))
        .update();
    audit.record(
        AuditEvent.of(actor.username(), "referral.transnational.prepared", "referral", id)
            .details("destination=" + country));
    return id;
  }

  /** The facility's answer, recorded by the screening team: accepted, or refused with a reason. */
  @Transactional
  public void answer(String referralId, boolean accepted, @Nullable String reason, Actor actor) {
    if (!actor.has(UserRole.SCREENING_TEAM_MEMBER)) {
      throw new NotPermittedException("cases.not-permitted");
    }
    var current = status(referralId);
    if (current != ReferralStatus.PROPOSED) {
      throw new InvalidInputException("status", "referral.not-proposed");
    }
    if (!accepted && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", "validation.required");
    }
    jdbc.sql(
            """
            update referral set status = ?, answered_by = ?, answered_at = ?, refusal_reason = ?
            where public_id = ?::uuid
            """)
        .params(
            accepted ? "ACCEPTED" : "REFUSED",
            actor.username(),
            Timestamp.from(clock.instant()),
            accepted ? null : reason.strip(),
            referralId)
        .update();
    audit.record(
        AuditEvent.of(
            actor.username(),
            accepted ? "referral.accepted" : "referral.refused",
            "referral",
            referralId));
  }

  /** The person arrived: the referral ends and the facility's occupancy grows by one. */
  @Transactional
  public void arrived(String referralId, Actor actor) {
    if (!actor.has(UserRole.SCREENING_TEAM_MEMBER)) {
      throw new NotPermittedException("cases.not-permitted");
    }
    if (status(referralId) != ReferralStatus.ACCEPTED) {
      throw new InvalidInputException("status", "referral.not-accepted");
    }
    jdbc.sql("update referral set status = 'ARRIVED', arrived_at = ? where public_id = ?::uuid")
        .params(Timestamp.from(clock.instant()), referralId)
        .update();
    jdbc.sql(
            """
            update facility set occupancy = occupancy + 1, updated_at = ?
            where id = (select facility_id from referral where public_id = ?::uuid)
            """)
        .params(Timestamp.from(clock.instant()), referralId)
        .update();
    audit.record(AuditEvent.of(actor.username(), "referral.arrived", "referral", referralId));
  }

  @Transactional(readOnly = true)
  public List<Referral> ofScreening(String screeningId) {
    var row =
        screenings.find(screeningId).orElseThrow(() -> new CaseNotFoundException(screeningId));
    return jdbc.sql(
            """
            select r.public_id, f.name, r.destination, r.status, r.override_reason,
                   r.refusal_reason, r.proposed_by, r.proposed_at
            from referral r left join facility f on f.id = r.facility_id
            where r.screening_id = ? order by r.proposed_at
            """)
        .param(row.id())
        .query(
            (rs, n) ->
                new Referral(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    ReferralStatus.valueOf(rs.getString(4)),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getTimestamp(8).toInstant()))
        .list();
  }

  private ReferralStatus status(String referralId) {
    try {
      UUID.fromString(referralId);
    } catch (IllegalArgumentException e) {
      throw new CaseNotFoundException(referralId);
    }
    return jdbc.sql("select status from referral where public_id = ?::uuid for update")
        .param(referralId)
        .query(String.class)
        .optional()
        .map(ReferralStatus::valueOf)
        .orElseThrow(() -> new CaseNotFoundException(referralId));
  }

  private Screenings.Row decided(String screeningId, Actor actor) {
    var row =
        screenings.find(screeningId).orElseThrow(() -> new CaseNotFoundException(screeningId));
    if (!screenings.onTeam(row.caseId(), actor)) {
      throw new NotPermittedException("cases.not-on-team");
    }
    if (row.status() == ScreeningStatus.DRAFT) {
      throw new InvalidInputException("status", "screening.not-decided");
    }
    return row;
  }
}
