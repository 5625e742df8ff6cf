package org.counterpart.analysis.ctdc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.analysis.joint.JointRollup;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.core.analysis.Rollup;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Imports CTDC's k-anonymised global file into the hub's joint database: every row is checked and
 * copied in one transaction, so that a file with one impossible cell changes nothing, and a file
 * already imported (same SHA-256) is refused rather than counted twice.
 */
public final class CtdcImport {

  /** Characters of the file's SHA-256 (hex) that start each row's source_ref. */
  static final int REF_HASH_CHARS = 16;

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"').setIgnoreEmptyLines(true).get();

  private final Clock clock;

  public CtdcImport(Clock clock) {
    this.clock = clock;
  }

  /** What an import did. */
  public record Imported(String fileName, String sha256, long rows, double seconds) {
    public double rowsPerSecond() {
      return rows / Math.max(seconds, 1e-9);
    }
  }

  /**
   * Imports {@code file} on {@code connection} (the hub's database, a login that may insert into
   * {@code joint_record} and {@code ctdc_import}); commits on success, rolls back and throws {@link
   * CtdcFileRejected} on a refusal.
   */
  public Imported importFile(Connection connection, Path file, String importedBy)
      throws SQLException, IOException {
    long started = System.nanoTime();
    String sha256 = sha256(file);
    Instant now = clock.instant();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      if (!claim(connection, file, sha256, now, importedBy)) {
        throw CtdcFileRejected.file("analysis.ctdc.error.duplicate", sha256);
      }
      long rows = copy(connection, file, sha256, now);
      try (PreparedStatement update =
          connection.prepareStatement("update ctdc_import set rows = ? where sha256 = ?")) {
        update.setLong(1, rows);
        update.setString(2, sha256);
        update.executeUpdate();
      }
      audit(connection, importedBy, sha256, "success", "rows=" + rows);
      connection.commit();
      String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      return new Imported(name, sha256, rows, (System.nanoTime() - started) / 1e9);
    } catch (CtdcFileRejected e) {
      connection.rollback();
      // The refusal is recorded on its own, since nothing of the file is kept.
      try {
        audit(
            connection,
            importedBy,
            sha256,
            "failure",
            e.messageKey() + " line=" + e.line() + " column=" + e.column());
        connection.commit();
      } catch (RuntimeException | SQLException auditFailed) {
        connection.rollback();
        e.addSuppressed(auditFailed);
      }
      throw e;
    } catch (RuntimeException | SQLException | IOException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** An entry of the hub's audit trail for this file, on the import's transaction. */
  private void audit(
      Connection connection, String importedBy, String sha256, String outcome, String details) {
    AuditTrail.on(connection, clock)
        .record(
            new AuditEvent(
                importedBy,
                "ctdc.imported",
                "ctdc_import",
                sha256,
                "joint risk analysis",
                outcome,
                details));
  }

  /** Records the file first: a second import of it, even a concurrent one, then fails here. */
  private static boolean claim(
      Connection connection, Path file, String sha256, Instant now, String importedBy)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into ctdc_import (file_name, sha256, rows, imported_at, imported_by)"
                + " values (?, ?, 0, ?, ?) on conflict (sha256) do nothing")) {
      insert.setString(1, String.valueOf(file.getFileName()));
      insert.setString(2, sha256);
      insert.setTimestamp(3, Timestamp.from(now));
      insert.setString(4, importedBy);
      return insert.executeUpdate() == 1;
    }
  }

  private long copy(Connection connection, Path file, String sha256, Instant now)
      throws SQLException, IOException {
    var rows =
        new CtdcRows(
            sha256.substring(0, REF_HASH_CHARS) + ":",
            now.toString(),
            now.atZone(ZoneOffset.UTC).getYear());
    var pg = connection.unwrap(PGConnection.class);
    String sql = "copy joint_record (" + CtdcRows.COPY_COLUMNS + ") from stdin (format text)";
    long count = 0;
    long lastLine = 0;
    Rollup rollup = new Rollup();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      lastLine = 1;
      if (!records.hasNext()) {
        throw CtdcFileRejected.file("analysis.ctdc.error.empty");
      }
      CtdcRows.checkHeader(records.next());
      var out = new PGCopyOutputStream(pg, sql, 1 << 16);
      // Not try-with-resources: closing would end the COPY, and a refused file must cancel it.
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      try {
        while (records.hasNext()) {
          CSVRecord record = records.next();
          lastLine = record.getRecordNumber() + 1;
          writer.append(rows.render(record, record.getRecordNumber()));
          rollup.add(rows.record());
          count++;
        }
        writer.close();
      } catch (RuntimeException | IOException e) {
        if (out.isActive()) {
          out.cancelCopy();
        }
        throw e;
      }
    } catch (UncheckedIOException e) {
      // Commons CSV reports a malformed line (an unclosed quote) this way while iterating.
      throw new CtdcFileRejected(
          (int) Math.max(1, lastLine), 0, "analysis.ctdc.error.malformed", "");
    }
    JointRollup.apply(connection, rollup);
    return count;
  }

  static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
