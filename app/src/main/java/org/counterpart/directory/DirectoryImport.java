package org.counterpart.directory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of a country's directory from CSV (comma or semicolon, header of {@link
 * EntryForm#FIELDS}; a {@code parent} may name an earlier row's name instead of an id). Every row
 * is checked before any is kept; a file with a wrong row imports nothing unless the user chooses
 * the valid rows only, and then the valid rows go in one transaction.
 */
@Service
@NodeOnly
public class DirectoryImport {

  /** The largest file taken: a country's directory is hundreds of rows, not millions. */
  static final int MAX_ROWS = 5_000;

  private final Directory directory;
  private final RegionalRecords records;
  private final TransactionTemplate transactions;

  DirectoryImport(Directory directory, RegionalRecords records, TransactionTemplate transactions) {
    this.directory = directory;
    this.records = records;
    this.transactions = transactions;
  }

  /** What is wrong with one row: its line in the file and each field's problem. */
  public record RowProblem(long line, List<FieldProblem> problems) {}

  /** The outcome of a check or an import. */
  public record Report(int rows, int valid, int imported, List<RowProblem> problems) {}

  /** Checks every row and keeps nothing. */
  public Report check(String csv) {
    return run(csv, false, false, "");
  }

  /**
   * Imports the file: all rows when all are valid; with {@code validOnly}, the valid ones; else
   * nothing.
   */
  public Report importRows(String csv, boolean validOnly, String username) {
    return run(csv, true, validOnly, username);
  }

  private Report run(String csv, boolean keep, boolean validOnly, String username) {
    List<Row> rows = parse(csv);
    String own = directory.country();
    Map<String, UUID> byName = new HashMap<>();
    Map<String, Directory.Entry> existing = new HashMap<>();
    for (var entry : directory.all()) {
      if (entry.country().equals(own)) {
        byName.putIfAbsent(entry.value().name(), entry.id());
        existing.putIfAbsent(entry.value().kind() + "|" + entry.value().name(), entry);
      }
    }
    record Checked(UUID id, DirectoryEntry entry) {}
    List<Checked> valid = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (Row row : rows) {
      if (row.values() == null) {
        problems.add(
            new RowProblem(
                row.line(), List.of(new FieldProblem("line", "directory.import.field-count"))));
        continue;
      }
      Map<String, String> values = new HashMap<>(row.values());
      String parent = values.getOrDefault("parent", "");
      if (parent != null && !parent.isBlank() && byName.containsKey(parent.strip())) {
        values.put("parent", byName.get(parent.strip()).toString());
      }
      Set<UUID> planned = new LinkedHashSet<>(byName.values());
      try {
        DirectoryEntry entry =
            DirectoryRules.check(
                EntryForm.of(values),
                own,
                id -> planned.contains(id) || directory.find(id).isPresent());
        // An entry of the same kind and name is updated, not doubled: a file imported twice
        // changes nothing the second time.
        Directory.Entry same = existing.get(entry.kind() + "|" + entry.name());
        UUID id = same == null ? UUID.randomUUID() : same.id();
        byName.putIfAbsent(entry.name(), id);
        if (same == null || !same.value().equals(entry)) {
          valid.add(new Checked(id, entry));
        }
      } catch (InvalidInputException e) {
        problems.add(new RowProblem(row.line(), e.problems()));
      }
    }
    int validRows = rows.size() - problems.size();
    boolean take = keep && (problems.isEmpty() || validOnly) && !valid.isEmpty();
    if (take) {
      transactions.executeWithoutResult(
          status ->
              valid.forEach(
                  c -> records.save(DirectoryEntry.RECORD, c.id(), c.entry(), null, username)));
    }
    return new Report(rows.size(), validRows, take ? valid.size() : 0, problems);
  }

  /** A data row and the line it starts on; values null when its field count is wrong. */
  private record Row(long line, @Nullable Map<String, String> values) {}

  private static List<Row> parse(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (Reader reader = new StringReader(text);
        var parser = format.parse(reader)) {
      List<String> header = parser.getHeaderNames();
      Set<String> known = Set.copyOf(Arrays.asList(EntryForm.FIELDS));
      if (header.isEmpty() || !header.contains("kind") || !header.contains("name")) {
        throw new InvalidInputException("file", "directory.import.header");
      }
      List<FieldProblem> unknown =
          header.stream()
              .filter(h -> !known.contains(h))
              .map(h -> new FieldProblem(h, "directory.import.unknown-column"))
              .toList();
      if (!unknown.isEmpty()) {
        throw new InvalidInputException(unknown);
      }
      List<Row> rows = new ArrayList<>();
      var records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
        if (rows.size() == MAX_ROWS) {
          throw new InvalidInputException("file", "directory.import.too-many");
        }
        rows.add(new Row(line, record.size() == header.size() ? record.toMap() : null));
      }
      if (rows.isEmpty()) {
        throw new InvalidInputException("file", "directory.import.empty");
      }
      return rows;
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw new InvalidInputException("file", "directory.import.unreadable");
    }
  }
}
