package org.counterpart.directory;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search of the regional directory: every criterion given must hold ("an interpreter for Urdu
 * available tomorrow in Serbia or Bosnia and Herzegovina").
 *
 * @param text words to find in the name, place, person, accreditation or notes, in any script
 * @param countries the countries to look in; empty means the whole region
 * @param availableOn a day the entry must be available
 */
public record DirectoryQuery(
    @Nullable String text,
    @Nullable EntryKind kind,
    @Nullable Competence competence,
    @Nullable String language,
    Set<String> countries,
    @Nullable LocalDate availableOn,
    boolean remote) {

  public DirectoryQuery {
    countries = Set.copyOf(countries);
  }

  /** Everything. */
  public static DirectoryQuery everything() {
    return new DirectoryQuery(null, null, null, null, Set.of(), null, false);
  }
}
