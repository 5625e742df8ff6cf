package org.counterpart.analysis.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.counterpart.analysis.risk.RiskAnalysis;

/**
 * A table as CSV, as it is shown (suppressed counts as {@code <k}); a cell a spreadsheet would read
 * as a formula is prefixed with an apostrophe (OWASP's advice on CSV injection).
 */
final class TableCsv {

  private TableCsv() {}

  static String of(RiskAnalysis.Table table, int k) {
    var out = new StringWriter();
    try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      List<String> header = new ArrayList<>();
      header.add(table.dimension().name().toLowerCase());
      header.addAll(table.columns());
      csv.printRecord(header.stream().map(TableCsv::safe).toList());
      for (var row : table.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(safe(row.value()));
        row.counts().forEach(c -> cells.add(c.text(k)));
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Neutralises a leading {@code = + - @}, tab or carriage return. */
  static String safe(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
