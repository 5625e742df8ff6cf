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
    List<CSVRecord> rows = parse(csv);
    Map<String, UUID> byName = new HashMap<>();
    for (var entry : directory.all()) {
      if (entry.country().equals(directory.country())) {
        byName.putIfAbsent(entry.value().name(), entry.id());
      }
    }
    record Checked(UUID id, DirectoryEntry entry) {}
    List<Checked> valid = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (CSVRecord row : rows) {
      Map<String, String> values = new HashMap<>(row.toMap());
      String parent = values.getOrDefault("parent", "");
      if (parent != null && !parent.isBlank() && byName.containsKey(parent.strip())) {
        values.put("parent", byName.get(parent.strip()).toString());
      }
      Set<UUID> planned = new LinkedHashSet<>(byName.values());
      try {
        DirectoryEntry entry =
            DirectoryRules.check(
                EntryForm.of(values),
                directory.country(),
                id -> planned.contains(id) || directory.find(id).isPresent());
        UUID id = UUID.randomUUID();
        byName.putIfAbsent(entry.name(), id);
        valid.add(new Checked(id, entry));
      } catch (InvalidInputException e) {
        problems.add(new RowProblem(row.getRecordNumber() + 1, e.problems()));
      }
    }
    boolean take = keep && (problems.isEmpty() || validOnly) && !valid.isEmpty();
    if (take) {
      transactions.executeWithoutResult(
          status ->
              valid.forEach(
                  c -> records.save(DirectoryEntry.RECORD, c.id(), c.entry(), null, username)));
    }
    return new Report(rows.size(), valid.size(), take ? valid.size() : 0, problems);
  }

  private static List<CSVRecord> parse(String csv) {
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
      List<String> unknown = header.stream().filter(h -> !known.contains(h)).toList();
      if (header.isEmpty() || !header.contains("kind") || !header.contains("name")) {
        throw new InvalidInputException("file", "directory.import.header");
      }
      if (!unknown.isEmpty()) {
        throw new InvalidInputException("file", "directory.import.unknown-column");
      }
      List<CSVRecord> rows = new ArrayList<>();
      for (CSVRecord row : parser) {
        if (rows.size() == MAX_ROWS) {
          throw new InvalidInputException("file", "directory.import.too-many");
        }
        if (row.size() != header.size()) {
          throw new InvalidInputException(
              List.of(
                  new FieldProblem(
                      "line " + (row.getRecordNumber() + 1), "directory.import.field-count")));
        }
        rows.add(row);
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
