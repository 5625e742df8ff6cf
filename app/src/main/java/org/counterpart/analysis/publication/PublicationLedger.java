package org.counterpart.analysis.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The node's record of what it published to the joint database, and of each run. */
@Repository
@NodeOnly
public class PublicationLedger {

  private final JdbcClient jdbc;

  PublicationLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A victim or migrant of a case, by internal ids that never leave the node. */
  record Key(long caseId, long personId) {}

  enum State {
    NEW,
    PUBLISHED,
    HELD_BACK,
    WITHDRAWN
  }

  /** One row: the opaque id, the last version sent and what the hub holds. */
  record Entry(Key key, String sourceRef, int version, State state, @Nullable String fingerprint) {}

  Map<Key, Entry> all() {
    Map<Key, Entry> entries = new HashMap<>();
    jdbc.sql(
            "select case_id, person_id, source_ref, version, state, fingerprint from joint_publication")
        .query(
            rs -> {
              var key = new Key(rs.getLong(1), rs.getLong(2));
              entries.put(
                  key,
                  new Entry(
                      key,
                      rs.getObject(3, UUID.class).toString(),
                      rs.getInt(4),
                      State.valueOf(rs.getString(5)),
                      rs.getString(6)));
            });
    return entries;
  }

  /** Gives each new key its random opaque id, kept before anything is sent. */
  void addNew(List<Key> keys, Instant now) {
    for (Key key : keys) {
      jdbc.sql(
              """
              insert into joint_publication (case_id, person_id, source_ref, state, updated_at)
              values (?, ?, ?, 'NEW', ?) on conflict do nothing
              """)
          .params(key.caseId(), key.personId(), UUID.randomUUID(), Timestamp.from(now))
          .update();
    }
  }

  void published(Key key, int version, String fingerprint, String generalised, Instant now) {
    jdbc.sql(
            """
            update joint_publication set version = ?, state = 'PUBLISHED', fingerprint = ?,
                   generalised = ?, held_class = null, held_class_size = null, updated_at = ?
            where case_id = ? and person_id = ?
            """)
        .params(
            version, fingerprint, generalised, Timestamp.from(now), key.caseId(), key.personId())
        .update();
  }

  void heldBack(Key key, int version, String quasiClass, int classSize, Instant now) {
    jdbc.sql(
            """
            update joint_publication set version = ?, state = 'HELD_BACK', fingerprint = null,
                   generalised = null, held_class = ?, held_class_size = ?, updated_at = ?
            where case_id = ? and person_id = ?
            """)
        .params(version, quasiClass, classSize, Timestamp.from(now), key.caseId(), key.personId())
        .update();
  }

  void withdrawn(Key key, int version, Instant now) {
    jdbc.sql(
            """
            update joint_publication set version = ?, state = 'WITHDRAWN', fingerprint = null,
                   generalised = null, held_class = null, held_class_size = null, updated_at = ?
            where case_id = ? and person_id = ?
            """)
        .params(version, Timestamp.from(now), key.caseId(), key.personId())
        .update();
  }

  /** A run's counts. */
  public record Run(
      Instant at,
      String by,
      String outcome,
      int published,
      int generalised,
      int withdrawn,
      int heldBack,
      int unchanged) {}

  long addRun(Run run) {
    return jdbc.sql(
            """
            insert into joint_publication_run
              (at, by_user, outcome, published, generalised, withdrawn, held_back, unchanged)
            values (?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            Timestamp.from(run.at()),
            run.by(),
            run.outcome(),
            run.published(),
            run.generalised(),
            run.withdrawn(),
            run.heldBack(),
            run.unchanged())
        .query(Long.class)
        .single();
  }

  List<Run> latestRuns(int limit) {
    return jdbc.sql(
            """
            select at, by_user, outcome, published, generalised, withdrawn, held_back, unchanged
            from joint_publication_run order by id desc limit ?
            """)
        .param(limit)
        .query(
            (rs, n) ->
                new Run(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getInt(7),
                    rs.getInt(8)))
        .list();
  }

  /** How many records are in each state. */
  Map<String, Integer> states() {
    Map<String, Integer> states = new HashMap<>();
    jdbc.sql("select state, count(*) from joint_publication group by state")
        .query(
            rs -> {
              states.put(rs.getString(1), rs.getInt(2));
            });
    return states;
  }

  /** A class too small to publish: its quasi-identifier values, its size, how many records wait. */
  public record HeldClass(String quasiClass, int classSize, int records) {}

  List<HeldClass> heldClasses() {
    return jdbc.sql(
            """
            select held_class, max(held_class_size), count(*) from joint_publication
            where state = 'HELD_BACK' group by held_class order by held_class
            """)
        .query((rs, n) -> new HeldClass(rs.getString(1), rs.getInt(2), rs.getInt(3)))
        .list();
  }

  /** How many published records went out generalised, by the steps taken. */
  Map<String, Integer> generalisations() {
    Map<String, Integer> steps = new java.util.TreeMap<>();
    jdbc.sql(
            """
            select generalised, count(*) from joint_publication
            where state = 'PUBLISHED' and generalised <> '' group by generalised
            """)
        .query(
            rs -> {
              steps.put(rs.getString(1), rs.getInt(2));
            });
    return steps;
  }
}
