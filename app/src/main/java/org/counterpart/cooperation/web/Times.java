package org.counterpart.cooperation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.counterpart.cooperation.Region;
import org.jspecify.annotations.Nullable;

/** Instants as the region reads them, and as date-time fields of a form expect them. */
public final class Times {

  static final Times REGION = new Times();

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(Region.ZONE);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter INPUT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Region.ZONE);

  private Times() {}

  public String show(@Nullable Instant at) {
    return at == null ? "" : SHOWN.format(at);
  }

  public String day(@Nullable LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  public String input(@Nullable Instant at) {
    return at == null ? "" : INPUT.format(at);
  }
}
