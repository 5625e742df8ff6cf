package org.counterpart.core.screening;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A version of the regional indicator catalogue: the indicators with their strengths and plain
 * questions, and the questions that decide the other categories (age, accompanied, facilitator
 * paid, protection, irregular entry ...). Version 1 is the ILO/EC list of SCREENING.md.
 *
 * <p>The file format is CSV with a header: {@code id,dimension,adult,child,label_en} followed by
 * {@code question_<language>} columns ({@code question_sr_Latn} for sr-Latn). Questions files have
 * {@code id} and the same question columns.
 */
public record Catalogue(
    int version, List<Indicator> indicators, Map<String, Map<String, String>> questions) {

  /** The UI languages, as language tags. */
  public static final List<String> LANGUAGES =
      List.of("en", "sq", "sr-Latn", "sr-Cyrl", "mk", "bs", "cnr");

  public Catalogue {
    if (version < 1) {
      throw new IllegalArgumentException("catalogue version must be 1 or more: " + version);
    }
    indicators = List.copyOf(indicators);
    var copy = new LinkedHashMap<String, Map<String, String>>();
    questions.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    questions = java.util.Collections.unmodifiableMap(copy);
  }

  /** The first version, as shipped with Counterpart. */
  public static Catalogue firstVersion() {
    return new Catalogue(
        1, indicators(resource("catalogue-v1.csv")), questions(resource("questions-v1.csv")));
  }

  /** The catalogue file of the first version, for the hub to publish as version 1. */
  public static String firstVersionText() {
    return resource("catalogue-v1.csv");
  }

  /** The questions file of the first version. */
  public static String firstQuestionsText() {
    return resource("questions-v1.csv");
  }

  public Optional<Indicator> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** A decisive question in a language, falling back to English, then to its id. */
  public String question(String id, String languageTag) {
    Map<String, String> texts = questions.getOrDefault(id, Map.of());
    String text = texts.get(languageTag);
    return text != null ? text : texts.getOrDefault("en", id);
  }

  /**
   * Reads a catalogue file. Every row is checked: a problem names its line and column, as {@code
   * line 7, adult: unknown strength 'X'}.
   */
  public static List<Indicator> indicators(String csv) {
    List<Indicator> indicators = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    var seen = new java.util.HashSet<String>();
    for (CSVRecord row : records(csv)) {
      String at = "line " + (row.getRecordNumber() + 1);
      String id = cell(row, "id");
      if (id == null || !id.matches("[a-z]{2}-[a-z0-9-]+")) {
        problems.add(at + ", id: use lower-case letters, digits and dashes, as dr-wages");
        continue;
      }
      if (!seen.add(id)) {
        problems.add(at + ", id: " + id + " appears twice");
      }
      Dimension dimension = null;
      try {
        dimension = Dimension.valueOf(Objects.requireNonNullElse(cell(row, "dimension"), ""));
      } catch (IllegalArgumentException e) {
        problems.add(at + ", dimension: use DR, CR, VR, EX, CD or VD");
      }
      Strength adult = strength(row, "adult", at, problems);
      Strength child = strength(row, "child", at, problems);
      if (adult == null && child == null) {
        problems.add(at + ": an indicator needs a strength for adults, children or both");
      }
      String label = cell(row, "label_en");
      Map<String, String> texts = texts(row);
      if (!texts.containsKey("en")) {
        problems.add(at + ", question_en: required");
      }
      if (dimension != null && problems.isEmpty()) {
        indicators.add(
            new Indicator(id, dimension, adult, child, label == null ? id : label, texts));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("the catalogue has no indicators");
    }
    return indicators;
  }

  /** Reads a questions file: id and one column per language. */
  public static Map<String, Map<String, String>> questions(String csv) {
    Map<String, Map<String, String>> questions = new LinkedHashMap<>();
    for (CSVRecord row : records(csv)) {
      String id = cell(row, "id");
      if (id != null) {
        questions.put(id, texts(row));
      }
    }
    return questions;
  }

  private static @Nullable Strength strength(
      CSVRecord row, String column, String at, List<String> problems) {
    String code = cell(row, column);
    if (code == null) {
      return null;
    }
    try {
      return Strength.ofCode(code);
    } catch (IllegalArgumentException e) {
      problems.add(at + ", " + column + ": " + e.getMessage());
      return null;
    }
  }

  private static Map<String, String> texts(CSVRecord row) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      String column = "question_" + language.replace('-', '_');
      String text = cell(row, column);
      if (text != null) {
        texts.put(language, text);
      }
    }
    return texts;
  }

  private static @Nullable String cell(CSVRecord row, String column) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    String value = row.get(column).strip();
    return value.isEmpty() ? null : value;
  }

  private static List<CSVRecord> records(String csv) {
    try (Reader reader = new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .get()
          .parse(reader)
          .getRecords();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("the file is not valid CSV: " + e.getMessage(), e);
    }
  }

  private static String resource(String name) {
    try (var in = Catalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
