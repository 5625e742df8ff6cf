package org.counterpart.cooperation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as an iCalendar invitation (RFC 5545) that every calendar program opens: written by
 * hand because it is a few lines, with CRLF line ends, escaped text, lines folded at 75 octets and
 * times in UTC. The UID stays the same across versions and nodes, so a changed meeting updates the
 * event already in a calendar instead of adding another.
 */
public final class Invitation {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final String CRLF = "\r\n";

  private Invitation() {}

  /** The event's UID: the meeting's id and its organising country. */
  public static String uid(UUID meeting, String organiser) {
    return meeting + "@" + organiser.toLowerCase(java.util.Locale.ROOT) + ".counterpart";
  }

  /**
   * The calendar file of one version of a meeting.
   *
   * @param version the meeting's version: later versions replace earlier ones in a calendar
   * @param stamp when that version was written
   */
  public static String ics(UUID id, String organiser, int version, Instant stamp, Meeting meeting) {
    var out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Counterpart//Regional cooperation//EN");
    line(out, "CALSCALE:GREGORIAN");
    // A request needs an organiser to answer to; without one the event is only published.
    boolean request = meeting.convenorEmail() != null;
    line(out, "METHOD:" + (request ? "REQUEST" : "PUBLISH"));
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + uid(id, organiser));
    line(out, "SEQUENCE:" + Math.max(0, version - 1));
    line(out, "DTSTAMP:" + UTC.format(stamp));
    line(out, "DTSTART:" + UTC.format(meeting.start()));
    line(out, "DTEND:" + UTC.format(meeting.end()));
    line(out, "SUMMARY:" + text(meeting.title()));
    line(out, "LOCATION:" + text(meeting.place()));
    if (!meeting.agenda().isEmpty()) {
      line(out, "DESCRIPTION:" + text(String.join("\n", meeting.agenda())));
    }
    if (request) {
      line(out, "ORGANIZER;CN=" + name(meeting.convenor()) + ":mailto:" + meeting.convenorEmail());
      for (Participant p : meeting.participants()) {
        if (p.email() != null) {
          line(
              out,
              "ATTENDEE;CN="
                  + name(p.name())
                  + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
                  + p.email());
        }
      }
    }
    line(out, "STATUS:CONFIRMED");
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
  static String text(@Nullable String value) {
    if (value == null) {
      return "";
    }
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n");
  }

  /**
   * A parameter value: quoted, since a name holds commas; a quote cannot be escaped, so it goes.
   */
  static String name(String value) {
    return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
  }

  /** Writes one content line, folded so that no line exceeds 75 octets (RFC 5545 3.1). */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append(CRLF);
  }
}
