package org.counterpart.cooperation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A thematic meeting as its organising country keeps it: who takes part, the agenda, the minutes,
 * and the decisions with their follow-ups.
 *
 * @param convenor the official who called it
 * @param convenorEmail their e-mail, the organiser of the calendar invitation
 */
public record Meeting(
    String title,
    MeetingKind kind,
    Instant start,
    Instant end,
    String place,
    String convenor,
    @Nullable String convenorEmail,
    List<Participant> participants,
    List<String> agenda,
    String minutes,
    List<Decision> decisions) {

  /** The record kind under which meetings travel. */
  public static final String RECORD = "meeting";

  public Meeting {
    participants = List.copyOf(participants);
    agenda = List.copyOf(agenda);
    decisions = List.copyOf(decisions);
  }

  /** The countries that receive the meeting: the organiser's and each participant's. */
  public Set<String> audience(String organiser) {
    Set<String> countries = new TreeSet<>();
    countries.add(organiser);
    participants.forEach(p -> countries.add(p.country()));
    return countries;
  }

  public Optional<Participant> participant(UUID id) {
    return participants.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  Meeting withDetails(MeetingKind kind, String title, Instant start, Instant end, String place) {
    return new Meeting(
        title,
        kind,
        start,
        end,
        place,
        convenor,
        convenorEmail,
        participants,
        agenda,
        minutes,
        decisions);
  }

  Meeting withRecord(List<String> agenda, String minutes) {
    return new Meeting(
        title,
        kind,
        start,
        end,
        place,
        convenor,
        convenorEmail,
        participants,
        agenda,
        minutes,
        decisions);
  }

  Meeting with(Participant participant) {
    var more = new ArrayList<>(participants);
    more.add(participant);
    return new Meeting(
        title, kind, start, end, place, convenor, convenorEmail, more, agenda, minutes, decisions);
  }

  Meeting with(Decision decision) {
    var more = new ArrayList<>(decisions);
    more.add(decision);
    return new Meeting(
        title,
        kind,
        start,
        end,
        place,
        convenor,
        convenorEmail,
        participants,
        agenda,
        minutes,
        more);
  }

  /** The meeting with a follow-up added to one of its decisions. */
  Meeting with(UUID decision, FollowUp followUp) {
    if (decisions.stream().noneMatch(d -> d.id().equals(decision))) {
      throw new IllegalArgumentException("no decision " + decision + " in this meeting");
    }
    return new Meeting(
        title,
        kind,
        start,
        end,
        place,
        convenor,
        convenorEmail,
        participants,
        agenda,
        minutes,
        decisions.stream().map(d -> d.id().equals(decision) ? d.with(followUp) : d).toList());
  }

  /** Every follow-up of every decision, with the decision it serves. */
  public List<Assigned> followUps() {
    return decisions.stream()
        .flatMap(d -> d.followUps().stream().map(f -> new Assigned(d, f)))
        .toList();
  }

  /** A follow-up and its decision. */
  public record Assigned(Decision decision, FollowUp followUp) {}
}
