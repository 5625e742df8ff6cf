package org.counterpart.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the regional directory, as its country keeps it: checked and normalised (phones in
 * E.164, languages as ISO 639 codes, countries as ISO 3166 alpha-2 with XK for Kosovo).
 *
 * @param parent the institution a unit, contact point or facility belongs to
 * @param place the town or area it serves from
 * @param countries the countries it serves (a Police Cooperation Centre, a platform) or is posted
 *     to (a liaison officer)
 * @param person the official or interpreter it names, if any: personal data
 * @param hours duty hours as the country states them ("24/7", "Mon–Fri 08:00–16:00")
 * @param days the weekdays it is available (an interpreter); empty means every day
 * @param awayFrom first day of an announced absence
 * @param awayUntil last day of that absence
 */
public record DirectoryEntry(
    EntryKind kind,
    String name,
    @Nullable UUID parent,
    Set<Competence> competences,
    String place,
    @Nullable String address,
    List<String> phones,
    List<String> emails,
    @Nullable String website,
    List<String> languages,
    @Nullable String hours,
    List<String> countries,
    @Nullable String person,
    @Nullable String accreditation,
    Set<DayOfWeek> days,
    @Nullable LocalDate awayFrom,
    @Nullable LocalDate awayUntil,
    boolean remote,
    boolean onSite,
    @Nullable String notes) {

  /** The record kind under which entries travel among the regional records. */
  public static final String RECORD = "directory";

  public DirectoryEntry {
    competences = Set.copyOf(competences);
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
    languages = List.copyOf(languages);
    countries = List.copyOf(countries);
    days = Set.copyOf(days);
  }

  /** True when the entry can be reached on that day: a working weekday outside its absence. */
  public boolean availableOn(LocalDate day) {
    if (!days.isEmpty() && !days.contains(day.getDayOfWeek())) {
      return false;
    }
    return awayFrom == null
        || awayUntil == null
        || day.isBefore(awayFrom)
        || day.isAfter(awayUntil);
  }
}
