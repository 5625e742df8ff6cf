package org.counterpart.cases;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.identity.UserRole;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports cases as HTCDS-compatible JSON and CSV and imports the same formats in bulk: the whole
 * file is checked first, and nothing is written unless every case is valid, or the official asks
 * for the valid cases only and gets a report of the others.
 */
@Service
@NodeOnly
public class CaseTransfer {

  private final CaseReader reader;
  private final CaseRegistry registry;
  private final BulkRegistration bulk;
  private final BulkPipeline pipeline;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final JsonMapper json = JsonMapper.builder().build();
  private static final int IMPORT_BATCH = 500;

  CaseTransfer(
      CaseReader reader,
      CaseRegistry registry,
      BulkRegistration bulk,
      BulkPipeline pipeline,
      JdbcClient jdbc,
      AuditTrail audit,
      TransactionTemplate transactions) {
    this.reader = reader;
    this.registry = registry;
    this.bulk = bulk;
    this.pipeline = pipeline;
    this.jdbc = jdbc;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** The file formats. */
  public enum Format {
    JSON,
    CSV
  }

  /** What an import did: how many cases were written, and what was wrong with the others. */
  public record ImportReport(
      int total, int imported, List<String> references, List<FieldProblem> problems) {}

  /** References of the unvoided cases detected in a period, oldest first. */
  public List<String> referencesBetween(LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select reference from case_file where voided_at is null
              and detected_on between ? and ? order by detected_on, id
            """)
        .params(from, to)
        .query(String.class)
        .list();
  }

  public String export(List<String> references, Format format, Actor actor) {
    if (references.size() > 1 && !actor.has(UserRole.NODE_ADMIN)) {
      throw new NotPermittedException("cases.export-not-permitted");
    }
    List<CaseViews.CaseView> cases = new ArrayList<>();
    for (String reference : references) {
      cases.add(reader.view(reference, actor));
    }
    audit.record(
        AuditEvent.of(
                actor.username(),
                "case.exported",
                "case",
                references.size() == 1 ? references.getFirst() : "*")
            .details("format=" + format + " cases=" + references.size()));
    return format == Format.JSON ? toJson(cases) : toCsv(cases);
  }

  private String toJson(List<CaseViews.CaseView> cases) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (var c : cases) {
      Map<String, Object> record = HtcdsRecords.caseFields(c);
      record.put("persons", c.persons().stream().map(HtcdsRecords::personFields).toList());
      record.put("events", c.events().stream().map(HtcdsRecords::eventFields).toList());
      records.add(record);
    }
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("standard", "HTCDS 2.0");
    file.put("credit", "HTCDS by IOM, CC BY 4.0");
    file.put("cases", records);
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(file);
  }

  private static String toCsv(List<CaseViews.CaseView> cases) {
    var header = new ArrayList<>(HtcdsRecords.CASE_FIELDS);
    header.addAll(HtcdsRecords.PERSON_FIELDS);
    var out = new StringWriter();
    try (var csv =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (var c : cases) {
        Map<String, Object> caseFields = HtcdsRecords.caseFields(c);
        for (var person : c.persons()) {
          List<Object> row = new ArrayList<>();
          caseFields.values().forEach(v -> row.add(cell(v)));
          HtcdsRecords.personFields(person).values().forEach(v -> row.add(cell(v)));
          csv.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return String.join(";", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  /** Reads and checks a whole file; returns the commands, or the problems of every invalid one. */
  public record Parsed(List<NewCase> cases, List<List<FieldProblem>> problems) {}

  public Parsed parse(String content, Format format) {
    return format == Format.JSON ? parseJson(content) : parseCsv(content);
  }

  private Parsed parseJson(String content) {
    Map<String, Object> file;
    try {
      file = json.readValue(content, new TypeReference<Map<String, Object>>() {});
    } catch (RuntimeException e) {
      throw new InvalidInputException("file", "validation.malformed-body");
    }
    if (!(file.get("cases") instanceof List<?> records)) {
      throw new InvalidInputException("cases", "validation.required");
    }
    List<NewCase> cases = new ArrayList<>();
    List<List<FieldProblem>> problems = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> record =
          records.get(i) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      var readerAt = new HtcdsRecords.Reader("cases[" + i + "]");
      NewCase command =
          readerAt.toCase(record, maps(record.get("persons")), maps(record.get("events")));
      cases.add(command);
      problems.add(check(command, readerAt.problems(), "cases[" + i + "]"));
    }
    return new Parsed(cases, problems);
  }

  private Parsed parseCsv(String content) {
    List<CSVRecord> rows;
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get()
            .parse(new StringReader(content))) {
      List<String> header = parser.getHeaderNames();
      for (String required :
          List.of("cas_CaseId", "cpt_Kind", "cpt_DetectedOn", "cpt_Role", "prs_FirstName")) {
        if (!header.contains(required)) {
          throw new InvalidInputException("header", "import.missing-column");
        }
      }
      rows = parser.getRecords();
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException("file", "import.malformed-csv");
    }
    Map<String, List<CSVRecord>> byCase = new LinkedHashMap<>();
    for (CSVRecord row : rows) {
      byCase.computeIfAbsent(row.get("cas_CaseId"), k -> new ArrayList<>()).add(row);
    }
    List<NewCase> cases = new ArrayList<>();
    List<List<FieldProblem>> problems = new ArrayList<>();
    for (var group : byCase.values()) {
      String where = "row " + (group.getFirst().getRecordNumber() + 1);
      var readerAt = new HtcdsRecords.Reader(where);
      List<Map<String, String>> persons = group.stream().map(CSVRecord::toMap).toList();
      NewCase command = readerAt.toCase(group.getFirst().toMap(), persons, List.of());
      List<FieldProblem> found = check(command, readerAt.problems(), where);
      // Name each problem by the CSV row and column it came from.
      List<FieldProblem> located = new ArrayList<>();
      for (FieldProblem p : found) {
        located.add(new FieldProblem(csvLocation(p.field(), group), p.message()));
      }
      cases.add(command);
      problems.add(located);
    }
    return new Parsed(cases, problems);
  }

  /** The CSV column of each field the rules check. */
  private static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("identity.birthDate", "prs_Birthdate"),
          Map.entry("identity.givenName", "prs_FirstName"),
          Map.entry("identity.surname", "prs_SecondName"),
          Map.entry("identity.phones", "prs_MobilePhone"),
          Map.entry("identity.documents", "prs_IdentityNumber"),
          Map.entry("citizenship", "prs_Citizenship"),
          Map.entry("category", "cpt_DataSubjectCategory"),
          Map.entry("role", "cpt_Role"),
          Map.entry("gender", "prs_Gender"),
          Map.entry("perpetratorRole", "per_RoleInProcess"),
          Map.entry("detectedOn", "cpt_DetectedOn"),
          Map.entry("detectedCountry", "cpt_DetectedCountry"),
          Map.entry("exploitationTypes", "vic_TypeOfExploitation"),
          Map.entry("labourSector", "vic_ForcedLabourIndustry"),
          Map.entry("recruitmentMethod", "vic_MethodOfRecruitment"),
          Map.entry("kind", "cpt_Kind"));

  private static String column(String path) {
    String plain = path.replaceAll("\\[\\d+]", "");
    int cut = plain.indexOf(".", plain.startsWith("identity.") ? "identity.".length() : 0);
    String key = cut < 0 ? plain : plain.substring(0, cut);
    return COLUMNS.getOrDefault(key, COLUMNS.getOrDefault(plain, plain));
  }

  private static String csvLocation(String field, List<CSVRecord> group) {
    var matcher = java.util.regex.Pattern.compile("persons\\[(\\d+)]\\.?(.*)").matcher(field);
    if (matcher.find()) {
      int person = Integer.parseInt(matcher.group(1));
      long row = group.get(Math.min(person, group.size() - 1)).getRecordNumber() + 1;
      return "row " + row + ", column " + column(matcher.group(2));
    }
    int dot = field.indexOf('.');
    return dot < 0
        ? field
        : field.substring(0, dot) + ", column " + column(field.substring(dot + 1));
  }

  private List<FieldProblem> check(NewCase command, List<FieldProblem> readProblems, String where) {
    List<FieldProblem> problems = new ArrayList<>(readProblems);
    if (problems.isEmpty()) {
      for (FieldProblem p : registry.check(command)) {
        problems.add(new FieldProblem(where + "." + p.field(), p.message()));
      }
    }
    return problems;
  }

  /**
   * Imports a checked file in one transaction: all cases, or with {@code validOnly} the valid ones.
   * {@code progress} hears the number of cases written so far.
   */
  public ImportReport importCases(
      Parsed parsed, boolean validOnly, Actor actor, IntConsumer progress) {
    List<FieldProblem> all = parsed.problems().stream().flatMap(List::stream).toList();
    if (!all.isEmpty() && !validOnly) {
      throw new InvalidInputException(all);
    }
    List<String> references = new ArrayList<>();
    List<NewCase> valid = new ArrayList<>();
    for (int i = 0; i < parsed.cases().size(); i++) {
      if (parsed.problems().get(i).isEmpty()) {
        valid.add(parsed.cases().get(i));
      }
    }
    transactions.executeWithoutResult(
        status -> {
          references.addAll(pipeline.registerAll(batches(valid), actor, true, progress));
          audit.record(
              AuditEvent.of(actor.username(), "case.imported", "case", "*")
                  .details(
                      "imported="
                          + references.size()
                          + " rejected="
                          + (parsed.cases().size() - references.size())));
        });
    if (references.size() >= 1000) {
      bulk.refreshStatistics();
    }
    return new ImportReport(parsed.cases().size(), references.size(), references, all);
  }

  private static java.util.Iterator<List<NewCase>> batches(List<NewCase> cases) {
    List<List<NewCase>> batches = new ArrayList<>();
    for (int from = 0; from < cases.size(); from += IMPORT_BATCH) {
      batches.add(cases.subList(from, Math.min(cases.size(), from + IMPORT_BATCH)));
    }
    return batches.iterator();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, ?>> maps(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    List<Map<String, ?>> maps = new ArrayList<>();
    for (Object item : list) {
      if (item instanceof Map<?, ?> map) {
        maps.add((Map<String, ?>) map);
      }
    }
    return maps;
  }
}
