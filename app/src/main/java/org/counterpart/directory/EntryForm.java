package org.counterpart.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A directory entry as typed into a form, a CSV row or a JSON body: text only, checked by {@link
 * DirectoryRules}. Lists are comma- or semicolon-separated.
 */
public record EntryForm(
    @Nullable String kind,
    @Nullable String name,
    @Nullable String parent,
    @Nullable String competences,
    @Nullable String place,
    @Nullable String address,
    @Nullable String phones,
    @Nullable String emails,
    @Nullable String website,
    @Nullable String languages,
    @Nullable String hours,
    @Nullable String countries,
    @Nullable String person,
    @Nullable String accreditation,
    @Nullable String days,
    @Nullable String awayFrom,
    @Nullable String awayUntil,
    @Nullable String remote,
    @Nullable String onSite,
    @Nullable String notes) {

  /** The fields in the order of forms and of the CSV header. */
  public static final String[] FIELDS = {
    "kind",
    "name",
    "parent",
    "competences",
    "place",
    "address",
    "phones",
    "emails",
    "website",
    "languages",
    "hours",
    "countries",
    "person",
    "accreditation",
    "days",
    "awayFrom",
    "awayUntil",
    "remote",
    "onSite",
    "notes"
  };

  /** From named values (a form, a CSV row); absent names are empty. */
  public static EntryForm of(Map<String, String> values) {
    String[] v = new String[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      v[i] = values.get(FIELDS[i]);
    }
    return new EntryForm(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
        v[14], v[15], v[16], v[17], v[18], v[19]);
  }

  /** An entry's values as a form shows them. */
  public static Map<String, String> values(DirectoryEntry e) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("kind", e.kind().name());
    m.put("name", e.name());
    m.put("parent", e.parent() == null ? "" : e.parent().toString());
    m.put("competences", join(e.competences().stream().map(Enum::name).sorted().toList()));
    m.put("place", e.place());
    m.put("address", text(e.address()));
    m.put("phones", join(e.phones()));
    m.put("emails", join(e.emails()));
    m.put("website", text(e.website()));
    m.put("languages", join(e.languages()));
    m.put("hours", text(e.hours()));
    m.put("countries", join(e.countries()));
    m.put("person", text(e.person()));
    m.put("accreditation", text(e.accreditation()));
    m.put("days", join(e.days().stream().sorted().map(d -> d.name().substring(0, 3)).toList()));
    m.put("awayFrom", e.awayFrom() == null ? "" : e.awayFrom().toString());
    m.put("awayUntil", e.awayUntil() == null ? "" : e.awayUntil().toString());
    m.put("remote", String.valueOf(e.remote()));
    m.put("onSite", String.valueOf(e.onSite()));
    m.put("notes", text(e.notes()));
    return m;
  }

  private static String join(java.util.List<String> items) {
    return String.join(", ", items);
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s;
  }
}
