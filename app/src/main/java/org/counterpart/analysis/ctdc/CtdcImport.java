package org.counterpart.analysis.ctdc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.List;
import org.counterpart.analysis.joint.JointRollup;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.core.analysis.Rollup;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Imports CTDC's k-anonymised global file into the hub's joint database: every row is checked and
 * copied in one transaction, so that a file with one impossible cell changes nothing, and a file
 * already imported (same SHA-256) is refused rather than counted twice. Identical rows, which the
 * k-anonymised file holds many of, are stored once with their number as the row's weight.
 */
public final class CtdcImport {

  /** Characters of the file's SHA-256 (hex) that start each row's source_ref. */
  static final int REF_HASH_CHARS = 16;

  /** Distinct record texts per batch: one batch is held at a time (a few tens of MB at most). */
  static final int DISTINCT_PER_BATCH = 100_000;

  private final Clock clock;
  private final int distinctPerBatch;

  public CtdcImport(Clock clock) {
    this(clock, DISTINCT_PER_BATCH);
  }

  /** With smaller batches, for tests of what crosses a batch's end. */
  CtdcImport(Clock clock, int distinctPerBatch) {
    this.clock = clock;
    this.distinctPerBatch = distinctPerBatch;
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
    // The file is read on a second thread from here on, while this one takes its hash.
    try (var batches = new CtdcBatches(file, distinctPerBatch)) {
      return importFile(connection, file, batches, importedBy, started);
    }
  }

  private Imported importFile(
      Connection connection, Path file, CtdcBatches batches, String importedBy, long started)
      throws SQLException, IOException {
    String sha256 = sha256(file);
    Instant now = clock.instant();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      if (!claim(connection, file, sha256, now, importedBy)) {
        throw CtdcFileRejected.file("analysis.ctdc.error.duplicate", sha256);
      }
      long rows = copy(connection, batches, sha256, now);
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

  /**
   * Copies the file's rows into {@code joint_record}: one row per distinct record text of a batch
   * ({@link CtdcBatches}), weighed by how often it occurs. Each distinct text is checked at its
   * first line, so that a refusal names the first line of the file that is wrong. Returns the rows
   * of the file.
   */
  private long copy(Connection connection, CtdcBatches batches, String sha256, Instant now)
      throws SQLException, IOException {
    var rows =
        new CtdcRows(
            sha256.substring(0, REF_HASH_CHARS) + ":",
            now.toString(),
            now.atZone(ZoneOffset.UTC).getYear());
    CtdcRows.checkHeader(((CtdcBatches.Header) batches.next()).cells());
    var pg = connection.unwrap(PGConnection.class);
    String sql = "copy joint_record (" + CtdcRows.COPY_COLUMNS + ") from stdin (format text)";
    var out = new PGCopyOutputStream(pg, sql, 1 << 16);
    Rollup rollup = new Rollup();
    long count;
    // Not try-with-resources: closing would end the COPY, and a refused file must cancel it.
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      while (true) {
        CtdcBatches.Item item = batches.next();
        if (item instanceof CtdcBatches.End end) {
          count = end.records();
          break;
        }
        write(((CtdcBatches.Batch) item).rows(), rows, writer, rollup);
      }
      writer.close();
    } catch (RuntimeException | IOException e) {
      if (out.isActive()) {
        out.cancelCopy();
      }
      throw e;
    }
    JointRollup.apply(connection, rollup);
    return count;
  }

  /** Checks, renders and counts each distinct record of the batch. */
  private static void write(
      List<CtdcBatches.Row> batch, CtdcRows rows, Writer writer, Rollup rollup) throws IOException {
    char[] chars = new char[1024];
    for (CtdcBatches.Row row : batch) {
      StringBuilder line = rows.render(row.cells(), row.line(), row.weight());
      if (line.length() > chars.length) {
        chars = new char[line.length() * 2];
      }
      // Not append(line): that copies the line into a new string first.
      line.getChars(0, line.length(), chars, 0);
      writer.write(chars, 0, line.length());
      rollup.add(rows.record(), row.weight());
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
