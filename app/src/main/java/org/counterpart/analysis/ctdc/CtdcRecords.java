package org.counterpart.analysis.ctdc;

import java.io.BufferedReader;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The records of a CTDC file as raw text, each with the line it starts on, so that identical rows
 * can be recognised before any of them is parsed: a record ends at a line break outside double
 * quotes (a quoted cell may hold a line break; a doubled quote inside one counts twice and so
 * changes nothing); empty lines between records are skipped, as the parser skips them.
 */
final class CtdcRecords {

  private final BufferedReader reader;
  private long line;
  private long startLine;

  CtdcRecords(BufferedReader reader) {
    this.reader = reader;
  }

  /**
   * The next record's text, without its final line break, or null at the end of the file; a quote
   * left open at the end refuses the file at the line where its record starts.
   */
  @Nullable String next() throws IOException {
    String text;
    do {
      text = reader.readLine();
      if (text == null) {
        return null;
      }
      line++;
    } while (text.isEmpty());
    startLine = line;
    if (quotes(text) % 2 == 0) {
      return text;
    }
    var record = new StringBuilder(text);
    long open = 1;
    while (open % 2 != 0) {
      String more = reader.readLine();
      if (more == null) {
        throw new CtdcFileRejected((int) startLine, 0, "analysis.ctdc.error.malformed", "");
      }
      line++;
      record.append('\n').append(more);
      open += quotes(more);
    }
    return record.toString();
  }

  /** The line of the file on which the record last returned starts (1 for the first). */
  long startLine() {
    return startLine;
  }

  private static int quotes(String text) {
    int n = 0;
    for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
      n++;
    }
    return n;
  }
}
