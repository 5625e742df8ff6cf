package org.counterpart.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.counterpart.core.audit.AuditChain;
import org.counterpart.core.audit.AuditRecord;

/**
 * Checks a database's audit chain over a plain JDBC connection, streaming the entries so that a
 * long trail needs no memory: usable from the command line without starting the application.
 */
public final class AuditVerifier {

  private AuditVerifier() {}

  public static AuditChain.Verification verify(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    try (var statement = connection.prepareStatement(AuditRows.SELECT_IN_ORDER)) {
      statement.setFetchSize(1000);
      try (ResultSet rs = statement.executeQuery()) {
        return AuditChain.verify(new RowIterator(rs));
      } catch (UncheckedSql e) {
        throw e.getCause();
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Carries a SQLException out of the iterator. */
  private static final class UncheckedSql extends RuntimeException {
    UncheckedSql(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  private static final class RowIterator implements Iterator<AuditRecord> {
    private final ResultSet rs;
    private @org.jspecify.annotations.Nullable Boolean ahead;
    private int row;

    RowIterator(ResultSet rs) {
      this.rs = rs;
    }

    @Override
    public boolean hasNext() {
      if (ahead == null) {
        try {
          ahead = rs.next();
        } catch (SQLException e) {
          throw new UncheckedSql(e);
        }
      }
      return ahead;
    }

    @Override
    public AuditRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ahead = null;
      try {
        return AuditRows.toRecord(rs, row++);
      } catch (SQLException e) {
        throw new UncheckedSql(e);
      }
    }
  }
}
