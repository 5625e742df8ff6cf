package org.counterpart.analysis.risk;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.counterpart.analysis.joint.JointRollup;
import org.counterpart.core.analysis.JointRecord;
import org.counterpart.core.analysis.Rollup;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Loads records into {@code joint_record} with PostgreSQL's COPY, streaming, for the benchmark's
 * ten million synthetic records and the tests' thousands; the import of real files goes through its
 * own validated path.
 */
public final class JointRecordCopy {

  private static final String COLUMNS = JointRollup.COLUMNS + ", received_at";

  private JointRecordCopy() {}

  /** Copies every record and counts it in, in one transaction; returns how many. */
  public static long copy(DataSource dataSource, Stream<JointRecord> records) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        String now = Instant.now().toString();
        Rollup rollup = new Rollup();
        Iterator<JointRecord> it = records.peek(rollup::add).iterator();
        long copied =
            c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy joint_record (" + COLUMNS + ") from stdin", new Lines(it, now));
        JointRollup.apply(c, rollup);
        c.commit();
        return copied;
      } catch (SQLException | RuntimeException | IOException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into joint_record failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records as COPY text lines, produced as PostgreSQL reads them. */
  private static final class Lines extends Reader {
    private final Iterator<JointRecord> records;
    private final String now;
    private String buffer = "";
    private int position;

    Lines(Iterator<JointRecord> records, String now) {
      this.records = records;
      this.now = now;
    }

    @Override
    public int read(char[] out, int offset, int length) {
      if (position == buffer.length()) {
        if (!records.hasNext()) {
          return -1;
        }
        StringBuilder b = new StringBuilder(8192);
        for (int i = 0; i < 64 && records.hasNext(); i++) {
          line(b, records.next());
        }
        buffer = b.toString();
        position = 0;
      }
      int n = Math.min(length, buffer.length() - position);
      buffer.getChars(position, position + n, out, offset);
      position += n;
      return n;
    }

    private void line(StringBuilder b, JointRecord r) {
      Object[] values = {
        r.source(),
        r.sourceRef(),
        r.version(),
        r.caseType(),
        r.year(),
        r.quarter(),
        r.dataSource(),
        r.gender(),
        r.ageBroad(),
        r.majorityStatus(),
        r.citizenship(),
        r.countryOfExploitation(),
        r.meansOfControl(),
        r.exploitation(),
        r.labourTypes(),
        r.sexTypes(),
        r.recruiterRelation(),
        r.isAbduction(),
        r.recruitment(),
        r.communication(),
        r.transport(),
        r.route(),
        r.borderCrossing(),
        r.perpetrators(),
        r.perpetratorRoles(),
        now
      };
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          b.append('\t');
        }
        b.append(field(values[i]));
      }
      b.append('\n');
    }

    @Override
    public void close() {}
  }

  private static String field(@Nullable Object value) {
    if (value == null) {
      return "\\N";
    }
    if (value instanceof Collection<?> values) {
      StringBuilder b = new StringBuilder("{");
      for (Object v : values) {
        if (b.length() > 1) {
          b.append(',');
        }
        b.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
      return text(b.append('}').toString());
    }
    return text(value.toString());
  }

  /** COPY's text format escapes. */
  private static String text(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
