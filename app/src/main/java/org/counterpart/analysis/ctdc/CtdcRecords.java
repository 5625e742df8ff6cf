package org.counterpart.analysis.ctdc;

import java.io.BufferedReader;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The records of a CTDC file as raw text, each with the line it starts on, so that identical rows
 * can be recognised before any of them is parsed. A record ends at a line break outside a quoted
 * cell; as in RFC 4180 and the parser, a quote opens a quoted cell only at the start of a cell, a
 * doubled quote inside one stands for a quote, and a quote elsewhere is text. A line break inside a
 * quoted cell is kept as {@code \n}. Empty lines between records are skipped, as the parser skips
 * them.
 */
final class CtdcRecords {

  /** Lines one record may span: a quote left open does not swallow the rest of the file. */
  static final int MAX_LINES_PER_RECORD = 100;

  private final BufferedReader reader;
  private long line;
  private long startLine;

  CtdcRecords(BufferedReader reader) {
    this.reader = reader;
  }

  /**
   * The next record's text, without its final line break, or null at the end of the file; a quote
   * left open at the end, or over {@link #MAX_LINES_PER_RECORD} lines, refuses the file at the line
   * where its record starts.
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
    utf8(text);
    if (text.indexOf('"') < 0 || !openAtEnd(text, false)) {
      return text;
    }
    var record = new StringBuilder(text);
    boolean open = true;
    while (open) {
      String more = reader.readLine();
      if (more == null || line - startLine + 1 >= MAX_LINES_PER_RECORD) {
        throw new CtdcFileRejected((int) startLine, 0, "analysis.ctdc.error.malformed", "");
      }
      line++;
      utf8(more);
      record.append('\n').append(more);
      open = openAtEnd(more, true);
    }
    return record.toString();
  }

  /**
   * The reader replaces bytes that are not UTF-8 by U+FFFD, which CTDC's text never holds: such a
   * line refuses the file, after the lines before it are checked.
   */
  private void utf8(String text) {
    if (text.indexOf('\uFFFD') >= 0) {
      throw new CtdcFileRejected((int) line, 0, "analysis.ctdc.error.encoding", "");
    }
  }

  /** The line of the file on which the record last returned starts (1 for the first). */
  long startLine() {
    return startLine;
  }

  /**
   * Whether a quoted cell is still open at the end of {@code text}, given whether one was open at
   * its start (the text then continues a cell after a line break).
   */
  static boolean openAtEnd(String text, boolean open) {
    boolean cellStart = !open;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++; // a doubled quote: a quote in the cell
          } else {
            open = false;
          }
        }
        cellStart = false;
      } else {
        if (c == '"' && cellStart) {
          open = true;
        }
        cellStart = c == ';';
      }
    }
    return open;
  }
}
