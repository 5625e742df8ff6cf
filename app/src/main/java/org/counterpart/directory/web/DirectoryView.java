package org.counterpart.directory.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.counterpart.directory.Directory;
import org.counterpart.directory.DirectoryEntry;
import org.counterpart.directory.IsoCodes;
import org.counterpart.directory.ReaderScript;
import org.jspecify.annotations.Nullable;

/**
 * An entry as a reader sees it: languages and countries named in the reader's language, and text in
 * the reader's script. A reader in a Latin-script language reads Cyrillic entries transliterated
 * (Београд as Beograd); a Cyrillic-script reader reads entries as their country wrote them.
 */
record DirectoryView(
    UUID id,
    String country,
    String countryName,
    String kind,
    boolean personal,
    String name,
    @Nullable UUID parent,
    List<String> competences,
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
    String days,
    @Nullable String away,
    boolean remote,
    boolean onSite,
    @Nullable String notes,
    int version) {

  static DirectoryView of(Directory.Entry entry, Locale reader) {
    DirectoryEntry e = entry.value();
    java.util.function.UnaryOperator<String> script =
        text -> ReaderScript.forReader(text, entry.country(), reader);
    return new DirectoryView(
        entry.id(),
        entry.country(),
        IsoCodes.countryName(entry.country(), reader),
        e.kind().name(),
        e.kind().personal(),
        script.apply(e.name()),
        e.parent(),
        e.competences().stream().map(Enum::name).sorted().toList(),
        script.apply(e.place()),
        e.address() == null ? null : script.apply(e.address()),
        e.phones(),
        e.emails(),
        safeWebsite(e.website()),
        e.languages().stream().map(l -> IsoCodes.languageName(l, reader)).toList(),
        e.hours() == null ? null : script.apply(e.hours()),
        e.countries().stream().map(c -> IsoCodes.countryName(c, reader)).toList(),
        e.person() == null ? null : script.apply(e.person()),
        e.accreditation() == null ? null : script.apply(e.accreditation()),
        days(e, reader),
        e.awayFrom() == null ? null : e.awayFrom() + " – " + e.awayUntil(),
        e.remote(),
        e.onSite(),
        e.notes() == null ? null : script.apply(e.notes()),
        entry.version());
  }

  /**
   * A website only if it is http or https: an entry replicated from another node was checked there,
   * but a link is not trusted on another node's word.
   */
  static @Nullable String safeWebsite(@Nullable String website) {
    if (website == null) {
      return null;
    }
    String lower = website.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? website.strip() : null;
  }

  private static String days(DirectoryEntry e, Locale reader) {
    if (e.days().isEmpty()) {
      return "";
    }
    Locale names =
        reader.getLanguage().equals("cnr") ? Locale.forLanguageTag("sr-Latn-ME") : reader;
    return String.join(
        ", ",
        e.days().stream()
            .sorted()
            .map((DayOfWeek d) -> d.getDisplayName(TextStyle.SHORT, names))
            .toList());
  }
}
