package org.counterpart.cases.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many rows with PostgreSQL's COPY, in the caller's transaction: several times faster than
 * batched INSERTs for bulk registration.
 */
@Component
public class CopyWriter {

  private final DataSource dataSource;

  CopyWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Rows of one table already rendered as COPY's CSV, so that the rendering can run on another
   * thread than the write.
   */
  public record Rows(String table, String columns, int count, String csv) {

    public static Rows of(String table, String columns, List<Object[]> rows) {
      var csv = new StringBuilder(rows.size() * 96);
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            csv.append(',');
          }
          cell(csv, row[i]);
        }
        csv.append('\n');
      }
      return new Rows(table, columns, rows.size(), csv.toString());
    }
  }

  public void copy(String table, String columns, List<Object[]> rows) {
    copy(Rows.of(table, columns, rows));
  }

  public void copy(Rows rows) {
    if (rows.count() == 0) {
      return;
    }
    var connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy " + rows.table() + " (" + rows.columns() + ") from stdin (format csv)",
              new StringReader(rows.csv()));
    } catch (SQLException | IOException e) {
      throw new DataAccessResourceFailureException("COPY into " + rows.table() + " failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void cell(StringBuilder csv, Object value) {
    switch (value) {
      case null -> {}
      case byte[] bytes -> csv.append("\\x").append(HexFormat.of().formatHex(bytes));
      case Timestamp t -> csv.append(t.toInstant());
      case Boolean b -> csv.append(b ? 't' : 'f');
      case Number n -> csv.append(n);
      default -> {
        String text = value.toString();
        csv.append('"').append(text.replace("\"", "\"\"")).append('"');
      }
    }
  }
}
