package org.counterpart.directory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A country's chapter of the harmonized manual on legislation and procedure, as its node's
 * administrators keep it, in the language they write it in.
 */
public record ManualChapter(String language, String text) {

  /** The record kind under which chapters travel among the regional records. */
  public static final String RECORD = "manual-chapter";

  /** One chapter per country, under an id every node computes alike. */
  public static UUID idOf(String country) {
    return UUID.nameUUIDFromBytes(("manual-chapter/" + country).getBytes(StandardCharsets.UTF_8));
  }
}
