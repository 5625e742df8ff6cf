package org.counterpart.analysis.joint;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.counterpart.core.analysis.JointRecord;
import org.counterpart.core.analysis.Rollup;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the hub's {@code joint_count} in step with {@code joint_record}: every writer applies the
 * {@link Rollup} of what it wrote on the same connection, inside its own transaction, so that the
 * counts and the records commit or roll back together.
 */
public final class JointRollup {

  /** The columns {@link #record} reads, in its order. */
  public static final String COLUMNS =
      "source, source_ref, version, case_type, year, quarter, data_source, gender, age_broad,"
          + " majority_status, citizenship, country_of_exploitation, means_of_control,"
          + " exploitation, labour_types, sex_types, recruiter_relation, is_abduction,"
          + " recruitment, communication, transport, route, border_crossing, perpetrators,"
          + " perpetrator_roles";

  private JointRollup() {}

  /**
   * Adds the changes to the standing counts, in key order; counts that reach zero are removed. A
   * count taken below zero, or one taken from that does not exist, fails the transaction: the
   * counts and the records no longer agree.
   */
  public static void apply(Connection connection, Rollup rollup) throws SQLException {
    List<Rollup.Change> changes = rollup.changes();
    List<Rollup.Change> up = changes.stream().filter(c -> c.delta() > 0).toList();
    List<Rollup.Change> down = changes.stream().filter(c -> c.delta() < 0).toList();
    if (!down.isEmpty()) {
      // An upsert would check a negative row before finding the one it updates: take away first.
      int taken =
          execute(
              connection,
              """
              update joint_count c set n = c.n + d.n
              from unnest(?::text[], ?::text[], ?::smallint[], ?::smallint[], ?::text[],
                ?::text[], ?::bigint[]) as d (source, case_type, year, quarter, dimension, value, n)
              where (c.source, c.case_type, c.year, c.quarter, c.dimension, c.value)
                = (d.source, d.case_type, d.year, d.quarter, d.dimension, d.value)
              """,
              down);
      if (taken != down.size()) {
        throw new IllegalStateException(
            "the joint counts lack " + (down.size() - taken) + " of the counts to decrease");
      }
      execute(
          connection,
          """
          delete from joint_count c
          using unnest(?::text[], ?::text[], ?::smallint[], ?::smallint[], ?::text[], ?::text[],
            ?::bigint[]) as d (source, case_type, year, quarter, dimension, value, n)
          where (c.source, c.case_type, c.year, c.quarter, c.dimension, c.value)
            = (d.source, d.case_type, d.year, d.quarter, d.dimension, d.value)
            and c.n = 0
          """,
          down);
    }
    if (!up.isEmpty()) {
      execute(
          connection,
          """
          insert into joint_count (source, case_type, year, quarter, dimension, value, n)
          select * from unnest(?::text[], ?::text[], ?::smallint[], ?::smallint[], ?::text[],
            ?::text[], ?::bigint[])
          on conflict (source, case_type, year, quarter, dimension, value)
          do update set n = joint_count.n + excluded.n
          """,
          up);
    }
  }

  private static int execute(Connection connection, String sql, List<Rollup.Change> changes)
      throws SQLException {
    int n = changes.size();
    String[] sources = new String[n];
    String[] caseTypes = new String[n];
    Short[] years = new Short[n];
    Short[] quarters = new Short[n];
    String[] dimensions = new String[n];
    String[] values = new String[n];
    Long[] deltas = new Long[n];
    for (int i = 0; i < n; i++) {
      var c = changes.get(i);
      sources[i] = c.key().source();
      caseTypes[i] = c.key().caseType();
      years[i] = (short) c.key().year();
      quarters[i] = (short) c.key().quarter();
      dimensions[i] = c.key().dimension();
      values[i] = c.key().value();
      deltas[i] = c.delta();
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, connection.createArrayOf("text", sources));
      statement.setArray(2, connection.createArrayOf("text", caseTypes));
      statement.setArray(3, connection.createArrayOf("int2", years));
      statement.setArray(4, connection.createArrayOf("int2", quarters));
      statement.setArray(5, connection.createArrayOf("text", dimensions));
      statement.setArray(6, connection.createArrayOf("text", values));
      statement.setArray(7, connection.createArrayOf("int8", deltas));
      return statement.executeUpdate();
    }
  }

  /**
   * Counts every record not withdrawn into the standing counts, on the caller's transaction (the
   * schema migration V10 that introduced the counts); returns how many records were counted. Each
   * row counts once: it runs before V11 gave rows a weight, when every row was one record.
   */
  public static long countAll(Connection connection) throws SQLException {
    long counted = 0;
    Rollup rollup = new Rollup();
    try (Statement s = connection.createStatement()) {
      s.setFetchSize(10_000);
      try (ResultSet rs =
          s.executeQuery("select " + COLUMNS + " from joint_record where not withdrawn")) {
        while (rs.next()) {
          rollup.add(record(rs));
          counted++;
        }
      }
    }
    apply(connection, rollup);
    return counted;
  }

  /** A row of {@link #COLUMNS} as a record. */
  public static JointRecord record(ResultSet rs) throws SQLException {
    return new JointRecord(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getInt(5),
        (Integer) nullable(rs.getInt(6), rs),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        set(rs.getArray(13)),
        set(rs.getArray(14)),
        set(rs.getArray(15)),
        set(rs.getArray(16)),
        set(rs.getArray(17)),
        (Boolean) nullable(rs.getBoolean(18), rs),
        set(rs.getArray(19)),
        set(rs.getArray(20)),
        set(rs.getArray(21)),
        List.of(strings(rs.getArray(22))),
        rs.getString(23),
        rs.getString(24),
        set(rs.getArray(25)));
  }

  private static @Nullable Object nullable(Object value, ResultSet rs) throws SQLException {
    return rs.wasNull() ? null : value;
  }

  private static Set<String> set(@Nullable Array array) throws SQLException {
    return Set.copyOf(Arrays.asList(strings(array)));
  }

  private static String[] strings(@Nullable Array array) throws SQLException {
    return array == null ? new String[0] : (String[]) array.getArray();
  }
}
