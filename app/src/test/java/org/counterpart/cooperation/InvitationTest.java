package org.counterpart.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The calendar file of a meeting, as RFC 5545 wants it. */
class InvitationTest {

  static final UUID ID = UUID.fromString("0b7d6f7e-3c39-4a8e-9d55-0d1c7b9f2a11");

  static Meeting meeting(String title, List<String> agenda) {
    return new Meeting(
        title,
        MeetingKind.AD_HOC,
        Instant.parse("2026-03-05T08:30:00Z"),
        Instant.parse("2026-03-05T12:00:00Z"),
        "PCC Dobrakovo; room 2, ground floor",
        "Contact point ME",
        "ilecu.me@counterpart.test",
        List.of(
            new Participant(
                UUID.randomUUID(), "Петровић, Јелена", "ilecu.rs@counterpart.test", "RS", null),
            new Participant(UUID.randomUUID(), "No mail", null, "BA", null)),
        agenda,
        "",
        List.of());
  }

  static String ics(Meeting meeting, int version) {
    return Invitation.ics(ID, "ME", version, Instant.parse("2026-02-01T10:15:30Z"), meeting);
  }

  @Test
  void everyLineEndsWithCrlfAndNoneIsLongerThan75Octets() {
    String ics =
        ics(meeting("Route via Rožaje, Kolašin; " + "long title ".repeat(20), List.of()), 1);
    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    // Unfolding (RFC 5545 3.1) gives the whole summary back.
    assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Route via Rožaje\\, Kolašin\\; long");
  }

  @Test
  void escapesCommasSemicolonsBackslashesAndNewlines() {
    String ics = ics(meeting("A, B; C\\D", List.of("Opening, welcome", "Case RS-1; BA-2")), 1);
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("SUMMARY:A\\, B\\; C\\\\D\r\n");
    assertThat(unfolded).contains("LOCATION:PCC Dobrakovo\\; room 2\\, ground floor\r\n");
    assertThat(unfolded).contains("DESCRIPTION:Opening\\, welcome\\nCase RS-1\\; BA-2\r\n");
  }

  @Test
  void timesAreInUtcAndTheUidStaysAcrossVersions() {
    String first = ics(meeting("Meeting", List.of()), 1);
    String third = ics(meeting("Meeting, moved", List.of()), 3);
    assertThat(first).contains("\r\nDTSTART:20260305T083000Z\r\n");
    assertThat(first).contains("\r\nDTEND:20260305T120000Z\r\n");
    assertThat(first).contains("\r\nDTSTAMP:20260201T101530Z\r\n");
    String uid = "UID:" + ID + "@me.counterpart";
    assertThat(first).contains("\r\n" + uid + "\r\n").contains("\r\nSEQUENCE:0\r\n");
    assertThat(third).contains("\r\n" + uid + "\r\n").contains("\r\nSEQUENCE:2\r\n");
  }

  @Test
  void requestsAnAnswerFromEachParticipantWithAnEmail() {
    String unfolded = ics(meeting("Meeting", List.of()), 1).replace("\r\n ", "");
    assertThat(unfolded).contains("METHOD:REQUEST");
    assertThat(unfolded)
        .contains("ORGANIZER;CN=\"Contact point ME\":mailto:ilecu.me@counterpart.test\r\n");
    assertThat(unfolded)
        .contains(
            "ATTENDEE;CN=\"Петровић, Јелена\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                + "RSVP=TRUE:mailto:ilecu.rs@counterpart.test\r\n");
    assertThat(unfolded).doesNotContain("No mail");
  }
}
