package org.counterpart.analysis.ctdc;

import java.util.List;

/**
 * A CTDC file refused as a whole: where (line and column, 1-based; 0 when the whole file is meant)
 * and why, as a message key with its arguments so that the user reads it in their language.
 */
public final class CtdcFileRejected extends RuntimeException {

  private final int line;
  private final int column;
  private final String columnName;
  private final String messageKey;
  private final List<String> arguments;

  CtdcFileRejected(int line, int column, String messageKey, String... arguments) {
    super(
        "line "
            + line
            + ", column "
            + column
            + " ("
            + columnName(column)
            + "): "
            + messageKey
            + " "
            + List.of(arguments));
    this.line = line;
    this.column = column;
    this.columnName = columnName(column);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** A refusal of the whole file, not of one cell. */
  static CtdcFileRejected file(String messageKey, String... arguments) {
    return new CtdcFileRejected(0, 0, messageKey, arguments);
  }

  private static String columnName(int column) {
    return column >= 1 && column <= CtdcColumns.COUNT ? CtdcColumns.NAMES.get(column - 1) : "";
  }

  /** The line of the file, 1 for the header; 0 when the whole file is meant. */
  public int line() {
    return line;
  }

  /** The column, 1 for the terms-of-use column; 0 when a whole line or the file is meant. */
  public int column() {
    return column;
  }

  /** The header name of {@link #column()}, or empty. */
  public String columnName() {
    return columnName;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<String> arguments() {
    return arguments;
  }
}
