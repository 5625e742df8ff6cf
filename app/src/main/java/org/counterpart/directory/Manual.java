package org.counterpart.directory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.counterpart.core.names.NameKeys;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.screening.Flyers;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.counterpart.system.PdfText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The harmonized manual, generated as PDF in every UI language from what the node holds: the
 * definitions, every country's chapter (its legislation and procedure as its administrators wrote
 * it, its institutions and competences, contact points, liaison officers, Police Cooperation
 * Centres, interpreters, helplines and facilities) and the identification chapter of the screening
 * work. Each generation is a new numbered, dated edition, kept.
 */
@Service
@NodeOnly
public class Manual {

  /** The region's countries, whose chapters the manual always has. */
  static final List<String> REGION = List.of("AL", "BA", "XK", "ME", "MK", "RS");

  private static final int LONGEST_CHAPTER = 100_000;

  private final Directory directory;
  private final RegionalRecords records;
  private final Flyers flyers;
  private final MessageSource messages;
  private final JdbcClient jdbc;
  private final Clock clock;

  Manual(
      Directory directory,
      RegionalRecords records,
      Flyers flyers,
      MessageSource messages,
      JdbcClient jdbc,
      Clock clock) {
    this.directory = directory;
    this.records = records;
    this.flyers = flyers;
    this.messages = messages;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One generated edition. */
  public record Edition(
      UUID id, String language, int version, Instant generatedAt, String generatedBy, int size) {}

  /** A country's legislation-and-procedure chapter, when it has written one. */
  public Optional<ManualChapter> chapter(String country) {
    return records
        .find(ManualChapter.RECORD, ManualChapter.idOf(country), ManualChapter.class)
        .filter(held -> held.country().equals(country))
        .map(RegionalRecords.Held::value);
  }

  /** Keeps this country's chapter (a new version, replicated to every node). */
  public void keepChapter(String language, String text, String username) {
    if (!Catalogue.LANGUAGES.contains(language)) {
      throw new InvalidInputException("language", "validation.language");
    }
    String t = text.strip();
    if (t.isEmpty()) {
      throw new InvalidInputException("text", "validation.required");
    }
    if (t.length() > LONGEST_CHAPTER) {
      throw new InvalidInputException("text", "validation.too-long");
    }
    records.save(
        ManualChapter.RECORD,
        ManualChapter.idOf(records.country()),
        new ManualChapter(language, t),
        null,
        username);
  }

  /** Generates and keeps a new edition in a UI language. */
  @Transactional
  public Edition generate(String language, String username) {
    if (!Catalogue.LANGUAGES.contains(language)) {
      throw new InvalidInputException("language", "validation.language");
    }
    // Two officials generating the same language at once get consecutive editions.
    jdbc.sql("select pg_advisory_xact_lock(hashtext('manual-edition/' || ?))")
        .param(language)
        .query(Object.class)
        .single();
    int version =
        jdbc.sql("select coalesce(max(version), 0) + 1 from manual_edition where language = ?")
            .param(language)
            .query(Integer.class)
            .single();
    Instant now = clock.instant();
    byte[] pdf = render(language, version, now);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into manual_edition
              (id, language, version, generated_at, generated_by, sha256, pdf)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(id, language, version, Timestamp.from(now), username, sha256(pdf), pdf)
        .update();
    return new Edition(id, language, version, now, username, pdf.length);
  }

  /** The editions kept, newest first. */
  public List<Edition> editions() {
    return jdbc.sql(
            """
            select id, language, version, generated_at, generated_by, length(pdf)
            from manual_edition order by generated_at desc, language
            """)
        .query(
            (rs, n) ->
                new Edition(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getString(5),
                    rs.getInt(6)))
        .list();
  }

  /** An edition's PDF. */
  public Optional<byte[]> pdf(UUID edition) {
    return jdbc.sql("select pdf from manual_edition where id = ?")
        .param(edition)
        .query(byte[].class)
        .optional();
  }

  byte[] render(String language, int version, Instant at) {
    Locale locale = Locale.forLanguageTag(language);
    String title = text("manual.pdf.title", locale);
    String dated = at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    String footer = text("manual.pdf.footer", locale, version, dated);
    Map<String, List<Directory.Entry>> byCountry = new TreeMap<>();
    for (String c : REGION) {
      byCountry.put(c, new java.util.ArrayList<>());
    }
    for (var e : directory.all()) {
      byCountry.computeIfAbsent(e.country(), c -> new java.util.ArrayList<>()).add(e);
    }
    try (var pdf = new PdfText(title, language, footer)) {
      pdf.title(title);
      pdf.paragraph(text("manual.pdf.edition", locale, version, dated));
      pdf.paragraph(text("manual.pdf.purpose", locale));
      pdf.heading(text("manual.pdf.definitions", locale));
      for (String d : List.of("thb", "smuggling", "victim", "ilecu", "pcc")) {
        pdf.bullet(text("manual.definition." + d, locale));
      }
      for (var country : byCountry.entrySet()) {
        countryChapter(pdf, country.getKey(), country.getValue(), locale);
      }
      flyers.identificationChapter(pdf, language);
      return pdf.bytes();
    }
  }

  private void countryChapter(
      PdfText pdf, String country, List<Directory.Entry> entries, Locale locale) {
    pdf.title(IsoCodes.countryName(country, locale));
    pdf.heading(text("manual.pdf.legislation", locale));
    chapter(country)
        .ifPresentOrElse(
            c -> c.text().lines().filter(l -> !l.isBlank()).forEach(pdf::paragraph),
            () -> pdf.paragraph(text("manual.pdf.no-chapter", locale)));
    for (EntryKind kind : EntryKind.values()) {
      var ofKind =
          entries.stream()
              .filter(e -> e.value().kind() == kind)
              .sorted(java.util.Comparator.comparing(e -> NameKeys.folded(e.value().name())))
              .toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      pdf.heading(text("manual.pdf.kind." + kind, locale));
      for (var e : ofKind) {
        pdf.bullet(line(e.value(), e.country(), locale));
      }
    }
  }

  private String line(DirectoryEntry e, String country, Locale locale) {
    java.util.function.UnaryOperator<String> script =
        text -> ReaderScript.forReader(text, country, locale);
    var parts = new java.util.ArrayList<String>();
    parts.add(script.apply(e.name()));
    if (e.person() != null) {
      parts.add(script.apply(e.person()));
    }
    parts.add(script.apply(e.place()));
    if (!e.competences().isEmpty()) {
      parts.add(
          new TreeSet<>(e.competences())
              .stream()
                  .map(c -> text("directory.competence." + c, locale))
                  .collect(Collectors.joining(", ")));
    }
    if (!e.languages().isEmpty()) {
      parts.add(
          e.languages().stream()
              .map(l -> IsoCodes.languageName(l, locale))
              .collect(Collectors.joining(", ")));
    }
    if (!e.countries().isEmpty()) {
      parts.add(
          e.countries().stream()
              .map(c -> IsoCodes.countryName(c, locale))
              .collect(Collectors.joining(", ")));
    }
    if (e.hours() != null) {
      parts.add(script.apply(e.hours()));
    }
    parts.addAll(e.phones());
    parts.addAll(e.emails());
    if (e.kind() == EntryKind.INTERPRETER) {
      if (e.accreditation() != null) {
        parts.add(script.apply(e.accreditation()));
      }
      if (e.remote()) {
        parts.add(text("directory.remote", locale));
      }
      if (e.onSite()) {
        parts.add(text("directory.on-site", locale));
      }
    }
    return String.join(" · ", parts);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
