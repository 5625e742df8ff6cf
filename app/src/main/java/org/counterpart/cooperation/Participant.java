package org.counterpart.cooperation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone taking part in a meeting or a training: invited from the regional directory or typed in.
 * Personal data of an official; it travels only to the countries taking part.
 *
 * @param email how an official is recognised as the owner of a follow-up on their own node
 * @param directoryEntry the directory entry they were invited from, if any
 */
public record Participant(
    UUID id, String name, @Nullable String email, String country, @Nullable UUID directoryEntry) {

  /** Whether this participant is the official with that e-mail address on that country's node. */
  public boolean is(@Nullable String officialEmail, String nodeCountry) {
    return officialEmail != null
        && email != null
        && country.equals(nodeCountry)
        && email.equalsIgnoreCase(officialEmail.strip());
  }
}
