package org.counterpart.cooperation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.counterpart.directory.NotOwnerException;
import org.counterpart.directory.RegionalRecords;
import org.counterpart.directory.RegionalRecords.Held;
import org.counterpart.identity.Official;
import org.counterpart.identity.Officials;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Thematic meetings: the organising country calls them, invites participants, keeps the agenda and
 * minutes and records decisions with follow-ups; each follow-up's owner marks it done on their own
 * node. Bad input is refused field by field and nothing is written.
 */
@Service
@NodeOnly
public class Meetings {

  private final RegionalRecords records;
  private final Officials officials;
  private final Invitees invitees;
  private final Clock clock;

  Meetings(RegionalRecords records, Officials officials, Invitees invitees, Clock clock) {
    this.records = records;
    this.officials = officials;
    this.invitees = invitees;
    this.clock = clock;
  }

  /** This node's country: the organiser of what it creates. */
  public String country() {
    return records.country();
  }

  /** The meetings this node holds, its own and those it takes part in, the latest first. */
  public List<Held<Meeting>> all() {
    return records.all(Meeting.RECORD, Meeting.class).stream()
        .sorted(Comparator.comparing((Held<Meeting> m) -> m.value().start()).reversed())
        .toList();
  }

  public Optional<Held<Meeting>> find(UUID id) {
    return records.find(Meeting.RECORD, id, Meeting.class);
  }

  /** Calls a meeting of this country; the official who calls it is its convenor. */
  public UUID call(Forms.MeetingForm form, String username) {
    var check = new InputCheck();
    MeetingKind kind = kind(check, form.kind());
    String title = check.text("title", form.title(), 200);
    var start = check.time("start", form.start());
    var end = check.time("end", form.end());
    String place = check.text("place", form.place(), 200);
    String minutes = check.optional("minutes", form.minutes(), 20_000);
    check.order("end", start, end);
    check.done();
    // An account from single sign-on may have no local record: the username then names them.
    Official convenor = officials.find(username).orElse(null);
    var meeting =
        new Meeting(
            title,
            kind,
            start,
            end,
            place,
            convenor == null ? username : convenor.displayName(),
            convenor == null ? null : convenor.email(),
            List.of(),
            InputCheck.lines(form.agenda()),
            minutes == null ? "" : minutes,
            List.of());
    UUID id = UUID.randomUUID();
    save(id, meeting, username);
    return id;
  }

  /** Changes the details, agenda and minutes of one of this country's meetings. */
  public void change(UUID id, Forms.MeetingForm form, String username) {
    update(
        id,
        username,
        meeting -> {
          var check = new InputCheck();
          MeetingKind kind = kind(check, form.kind());
          String title = check.text("title", form.title(), 200);
          var start = check.time("start", form.start());
          var end = check.time("end", form.end());
          String place = check.text("place", form.place(), 200);
          String minutes = check.optional("minutes", form.minutes(), 20_000);
          check.order("end", start, end);
          check.done();
          return meeting
              .withDetails(kind, title, start, end, place)
              .withRecord(InputCheck.lines(form.agenda()), minutes == null ? "" : minutes);
        });
  }

  /** Invites a participant; their country then receives the meeting. */
  public void invite(UUID id, Forms.ParticipantForm form, String username) {
    update(id, username, meeting -> meeting.with(invitees.read(form, meeting.participants())));
  }

  /** Records a decision, which must have an owner among the participants. */
  public UUID decide(UUID id, Forms.DecisionForm form, String username) {
    UUID decision = UUID.randomUUID();
    update(
        id,
        username,
        meeting -> {
          var check = new InputCheck();
          String text = check.text("text", form.text(), 4_000);
          String caseReference = check.optional("caseReference", form.caseReference(), 100);
          UUID owner = owner(check, form.owner(), meeting);
          check.done();
          return meeting.with(new Decision(decision, text, caseReference, owner, List.of()));
        });
    return decision;
  }

  /** Adds a follow-up to a decision: an action, its owner among the participants, a due date. */
  public UUID assign(UUID id, UUID decision, Forms.FollowUpForm form, String username) {
    UUID followUp = UUID.randomUUID();
    update(
        id,
        username,
        meeting -> {
          var check = new InputCheck();
          String action = check.text("action", form.action(), 2_000);
          UUID owner = owner(check, form.owner(), meeting);
          var due = check.date("due", form.due());
          check.done();
          return meeting.with(decision, new FollowUp(followUp, action, owner, due));
        });
    return followUp;
  }

  private static @Nullable UUID owner(InputCheck check, @Nullable String value, Meeting meeting) {
    return check.choice("owner", value, p -> meeting.participant(p).isPresent());
  }

  private static MeetingKind kind(InputCheck check, @Nullable String value) {
    for (MeetingKind kind : MeetingKind.values()) {
      if (kind.name().equals(value)) {
        return kind;
      }
    }
    check.problem("kind", "cooperation.error.required-choice");
    return MeetingKind.REGULAR;
  }

  /**
   * The owner of a follow-up marks it done (or open again) on their own node: a record of their
   * country, which the organiser and the other participants receive.
   */
  public void complete(UUID id, UUID followUp, boolean done, String username) {
    Held<Meeting> held = find(id).orElseThrow(() -> new MeetingNotFoundException(id));
    var assigned =
        held.value().followUps().stream()
            .filter(a -> a.followUp().id().equals(followUp))
            .findFirst()
            .orElseThrow(() -> new MeetingNotFoundException(id));
    String email = officials.find(username).map(Official::email).orElse(null);
    boolean owner =
        held.value()
            .participant(assigned.followUp().owner())
            .filter(p -> p.is(email, country()))
            .isPresent();
    if (!owner) {
      throw new InvalidInputException("", "cooperation.error.not-follow-up-owner");
    }
    records.save(
        FollowUpStatus.RECORD,
        statusId(followUp, country()),
        new FollowUpStatus(id, followUp, done, clock.instant(), username),
        held.value().audience(held.country()),
        username);
  }

  /** The statuses its owners gave the follow-ups of a meeting, by follow-up. */
  public Map<UUID, FollowUpStatus> statuses(Held<Meeting> meeting) {
    var owners =
        meeting.value().followUps().stream()
            .collect(
                Collectors.toMap(
                    a -> a.followUp().id(),
                    a ->
                        meeting
                            .value()
                            .participant(a.followUp().owner())
                            .map(Participant::country)
                            .orElse("")));
    return records.all(FollowUpStatus.RECORD, FollowUpStatus.class).stream()
        .filter(s -> s.value().meeting().equals(meeting.id()))
        // Only the owner's country speaks for a follow-up.
        .filter(s -> s.country().equals(owners.get(s.value().followUp())))
        .collect(Collectors.toMap(s -> s.value().followUp(), Held::value, (a, b) -> a));
  }

  /** One status record per follow-up and country: a reassigned follow-up starts afresh. */
  static UUID statusId(UUID followUp, String country) {
    return UUID.nameUUIDFromBytes(
        ("follow-up-status:" + followUp + ":" + country)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Read, change and write under one lock: this node is the only writer of its meetings. */
  private synchronized void update(UUID id, String username, UnaryOperator<Meeting> change) {
    Held<Meeting> held = find(id).orElseThrow(() -> new MeetingNotFoundException(id));
    if (!held.country().equals(country())) {
      throw new InvalidInputException("", "cooperation.error.not-organiser");
    }
    save(id, change.apply(held.value()), username);
  }

  private void save(UUID id, Meeting meeting, String username) {
    try {
      records.save(Meeting.RECORD, id, meeting, meeting.audience(country()), username);
    } catch (NotOwnerException e) {
      throw new InvalidInputException("", "cooperation.error.not-organiser");
    }
  }

  /** No meeting (or no follow-up of it) with that id is held here. */
  public static final class MeetingNotFoundException extends RuntimeException {
    MeetingNotFoundException(UUID id) {
      super("no meeting " + id);
    }
  }
}
