package org.counterpart.analysis.joint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.counterpart.core.analysis.JointRecord;
import org.counterpart.core.analysis.JointVocabulary;
import org.counterpart.core.analysis.Rollup;
import org.counterpart.system.HubOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub's intake of the nodes' de-identified records into {@code joint_record}. A node writes
 * only records of its own country; every field of every record must hold one of the values {@link
 * JointVocabulary} allows (defence in depth: a node that failed to de-identify cannot slip a name,
 * number or date in through any column), or nothing of the push is kept. A version no newer than
 * the one held changes nothing, so a repeated push is harmless.
 */
@Service
@HubOnly
public class NodeRecords {

  private static final Pattern OPAQUE =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final Clock clock;

  NodeRecords(JdbcClient jdbc, DataSource dataSource, Clock clock) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** A record of another country than the pushing node's: nothing of the push is kept. */
  public static final class NotOwner extends RuntimeException {
    NotOwner(String message) {
      super(message);
    }
  }

  @Transactional
  public JointPush.Received receive(String node, JointPush push) {
    List<JointRecord> records = push.records() == null ? List.of() : push.records();
    List<JointPush.Withdrawal> withdrawn = push.withdrawn() == null ? List.of() : push.withdrawn();
    for (int i = 0; i < records.size(); i++) {
      JointRecord r = records.get(i);
      if (!node.equals(r.source())) {
        throw new NotOwner(node + " cannot publish a record of " + r.source());
      }
      var problems = JointVocabulary.problems(r);
      if (!problems.isEmpty()) {
        // Name the fields, never echo their values: they may be exactly what must not be kept.
        throw new IllegalArgumentException("records[" + i + "]: not allowed in " + problems);
      }
    }
    for (int i = 0; i < withdrawn.size(); i++) {
      var w = withdrawn.get(i);
      if (w.sourceRef() == null || !OPAQUE.matcher(w.sourceRef()).matches() || w.version() < 1) {
        throw new IllegalArgumentException("withdrawn[" + i + "]: needs an opaque id and version");
      }
    }
    Timestamp now = Timestamp.from(clock.instant());
    // One push of a node at a time: a record new to the hub has no row to lock yet.
    jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
        .param("key", "joint-records:" + node)
        .query()
        .singleRow();
    Map<String, Held> held = held(node, records, withdrawn);
    Rollup rollup = new Rollup();
    int written = 0;
    for (JointRecord r : records) {
      Held before = held.get(r.sourceRef());
      if (before != null && before.record().version() >= r.version()) {
        continue;
      }
      if (write(r, now) == 1) {
        if (before != null && !before.withdrawn()) {
          rollup.remove(before.record());
        }
        rollup.add(r);
        held.put(r.sourceRef(), new Held(r, false));
        written++;
      }
    }
    int gone = 0;
    for (var w : withdrawn) {
      Held before = held.get(w.sourceRef());
      if (before == null || before.record().version() >= w.version()) {
        continue;
      }
      int changed =
          jdbc.sql(
                  """
                  update joint_record set withdrawn = true, version = ?, received_at = ?
                  where source = ? and source <> 'CTDC' and source_ref = ? and version < ?
                  """)
              .params(w.version(), now, node, w.sourceRef(), w.version())
              .update();
      if (changed == 1) {
        if (!before.withdrawn()) {
          rollup.remove(before.record());
        }
        held.put(w.sourceRef(), new Held(before.record().withVersion(w.version()), true));
        gone++;
      }
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      JointRollup.apply(connection, rollup);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot update the joint counts", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    return new JointPush.Received(written, gone);
  }

  /** A record as the hub holds it. */
  private record Held(JointRecord record, boolean withdrawn) {}

  /** The records a push names, as held, locked until the push commits. */
  private Map<String, Held> held(
      String node, List<JointRecord> records, List<JointPush.Withdrawal> withdrawn) {
    String[] refs =
        java.util.stream.Stream.concat(
                records.stream().map(JointRecord::sourceRef),
                withdrawn.stream().map(JointPush.Withdrawal::sourceRef))
            .distinct()
            .sorted()
            .toArray(String[]::new);
    Map<String, Held> out = new HashMap<>();
    if (refs.length == 0) {
      return out;
    }
    jdbc.sql(
            "select "
                + JointRollup.COLUMNS
                + ", withdrawn from joint_record where source = :node and source <> 'CTDC'"
                + " and source_ref = any(:refs) order by source_ref for update")
        .param("node", node)
        .param("refs", refs)
        .query(
            rs -> {
              JointRecord r = JointRollup.record(rs);
              out.put(r.sourceRef(), new Held(r, rs.getBoolean("withdrawn")));
            });
    return out;
  }

  private int write(JointRecord r, Timestamp now) {
    return jdbc.sql(
            """
            insert into joint_record (source, source_ref, version, withdrawn, case_type, year,
              quarter, data_source, gender, age_broad, majority_status, citizenship,
              country_of_exploitation, means_of_control, exploitation, labour_types, sex_types,
              recruiter_relation, is_abduction, recruitment, communication, transport, route,
              border_crossing, perpetrators, perpetrator_roles, received_at)
            values (:source, :ref, :version, false, :caseType, :year, :quarter, null, :gender,
              :age, :majority, :citizenship, :exploitationCountry, :control, :exploitation,
              :labour, :sex, :relation, :abduction, :recruitment, :communication, :transport,
              :route, :border, :perpetrators, :roles, :now)
            on conflict (source, source_ref) where source <> 'CTDC' do update set version = excluded.version,
              withdrawn = false, case_type = excluded.case_type, year = excluded.year,
              quarter = excluded.quarter, gender = excluded.gender,
              age_broad = excluded.age_broad, majority_status = excluded.majority_status,
              citizenship = excluded.citizenship,
              country_of_exploitation = excluded.country_of_exploitation,
              means_of_control = excluded.means_of_control, exploitation = excluded.exploitation,
              labour_types = excluded.labour_types, sex_types = excluded.sex_types,
              recruiter_relation = excluded.recruiter_relation,
              is_abduction = excluded.is_abduction, recruitment = excluded.recruitment,
              communication = excluded.communication, transport = excluded.transport,
              route = excluded.route, border_crossing = excluded.border_crossing,
              perpetrators = excluded.perpetrators, perpetrator_roles = excluded.perpetrator_roles,
              received_at = excluded.received_at
            where joint_record.version < excluded.version
            """)
        .param("source", r.source())
        .param("ref", r.sourceRef())
        .param("version", r.version())
        .param("caseType", r.caseType())
        .param("year", r.year())
        .param("quarter", r.quarter())
        .param("gender", r.gender())
        .param("age", r.ageBroad())
        .param("majority", r.majorityStatus())
        .param("citizenship", r.citizenship())
        .param("exploitationCountry", r.countryOfExploitation())
        .param("control", sorted(r.meansOfControl()))
        .param("exploitation", sorted(r.exploitation()))
        .param("labour", sorted(r.labourTypes()))
        .param("sex", sorted(r.sexTypes()))
        .param("relation", sorted(r.recruiterRelation()))
        .param("abduction", r.isAbduction())
        .param("recruitment", sorted(r.recruitment()))
        .param("communication", sorted(r.communication()))
        .param("transport", sorted(r.transport()))
        .param("route", r.route().toArray(String[]::new))
        .param("border", r.borderCrossing())
        .param("perpetrators", r.perpetrators())
        .param("roles", sorted(r.perpetratorRoles()))
        .param("now", now)
        .update();
  }

  private static String[] sorted(java.util.Set<String> values) {
    return values.stream().sorted().toArray(String[]::new);
  }
}
