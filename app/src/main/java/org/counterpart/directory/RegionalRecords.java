package org.counterpart.directory;

import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.federation.node.HubClient;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records this node shares with the region in clear (its directory entries, meetings, joint
 * operations, trainings) and its copies of the other countries' records. Only the owner country
 * writes a record; every write is a new version, audited, and pushed to the hub, which feeds it to
 * the other nodes (to those of its audience, when it has one). A node reads only its local copy, so
 * the directory stays whole while the hub is down.
 */
@Service
@NodeOnly
public class RegionalRecords {

  private static final Logger log = LoggerFactory.getLogger(RegionalRecords.class);
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final HubClient hub;
  private final AuditTrail audit;
  private final Clock clock;
  private final String country;

  RegionalRecords(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      HubClient hub,
      AuditTrail audit,
      Clock clock,
      @Value("${counterpart.country:XK}") String country) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.hub = hub;
    this.audit = audit;
    this.clock = clock;
    this.country = country;
  }

  /** A record as this node holds it. */
  public record Held<T>(
      UUID id,
      String country,
      int version,
      @Nullable Set<String> audience,
      T value,
      Instant updatedAt,
      String updatedBy) {}

  /** This node's country: the owner of what it writes. */
  public String country() {
    return country;
  }

  /** One record of a kind, unless deleted. */
  public <T> Optional<Held<T>> find(String kind, UUID id, Class<T> type) {
    return jdbc.sql(
            """
            select id, country, version, audience, body, updated_at, updated_by
            from regional_record where kind = ? and id = ? and not deleted
            """)
        .params(kind, id)
        .query((rs, n) -> held(rs, type))
        .optional();
  }

  /** Every record of a kind this node holds, own and replicated, unless deleted. */
  public <T> List<Held<T>> all(String kind, Class<T> type) {
    return jdbc
        .sql(
            """
            select id, country, version, audience, body, updated_at, updated_by
            from regional_record where kind = ? and not deleted order by country, id
            """)
        .param(kind)
        .query(
            (rs, n) -> {
              try {
                return held(rs, type);
              } catch (RuntimeException e) {
                // A record this release cannot read (a newer node's value, say) is left out
                // rather than making the whole list fail.
                log.warn(
                    "{} {} of {} not readable here: {}",
                    kind,
                    rs.getObject(1),
                    rs.getString(2),
                    e.getMessage());
                return null;
              }
            })
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** The versions of a record this node has held, newest first. */
  public List<Version> history(String kind, UUID id) {
    return jdbc.sql(
            """
            select version, deleted, updated_at, updated_by from regional_record_version
            where kind = ? and id = ? order by version desc
            """)
        .params(kind, id)
        .query(
            (rs, n) ->
                new Version(
                    rs.getInt(1),
                    rs.getBoolean(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getString(4)))
        .list();
  }

  /** One version of a record: who changed it and when. */
  public record Version(int version, boolean deleted, Instant at, String by) {}

  /**
   * Writes a new version of one of this country's records; refuses a record another country owns.
   * Joins the caller's transaction, with its audit entry.
   *
   * @return the new version
   */
  public int save(
      String kind, UUID id, Object value, @Nullable Set<String> audience, String username) {
    return write(kind, id, JSON.writeValueAsString(value), false, audience, username, null);
  }

  /**
   * As {@link #save}, only if the record is still at the version the caller read.
   *
   * @throws Directory.StaleEntryException when it is not; nothing is written
   */
  public int save(
      String kind,
      UUID id,
      Object value,
      @Nullable Set<String> audience,
      String username,
      @Nullable Integer expected) {
    return write(kind, id, JSON.writeValueAsString(value), false, audience, username, expected);
  }

  /** Marks one of this country's records deleted (a new version; nothing is erased). */
  public int delete(String kind, UUID id, String username) {
    var body =
        jdbc.sql("select body::text from regional_record where kind = ? and id = ?")
            .params(kind, id)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + id));
    return write(kind, id, body, true, null, username, null);
  }

  private int write(
      String kind,
      UUID id,
      String body,
      boolean deleted,
      @Nullable Set<String> audience,
      String username,
      @Nullable Integer expected) {
    Integer done =
        transactions.execute(
            status -> {
              record Current(String country, int version, @Nullable String[] audience) {}
              var current =
                  jdbc.sql(
                          "select country, version, audience from regional_record"
                              + " where kind = ? and id = ? for update")
                      .params(kind, id)
                      .query(
                          (rs, n) ->
                              new Current(rs.getString(1), rs.getInt(2), strings(rs.getArray(3))))
                      .optional();
              if (current.isPresent() && !current.get().country().equals(country)) {
                throw new NotOwnerException(current.get().country());
              }
              if (expected != null && current.isPresent() && current.get().version() != expected) {
                throw new Directory.StaleEntryException(id);
              }
              int version = current.map(c -> c.version() + 1).orElse(1);
              String[] to =
                  deleted && current.isPresent()
                      ? current.get().audience()
                      : audience == null ? null : new TreeSet<>(audience).toArray(String[]::new);
              Timestamp now = Timestamp.from(clock.instant());
              jdbc.sql(
                      """
                      insert into regional_record
                        (kind, id, country, version, audience, body, deleted, updated_at,
                         updated_by)
                      values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                      on conflict (kind, id) do update set version = excluded.version,
                        audience = excluded.audience, body = excluded.body,
                        deleted = excluded.deleted, updated_at = excluded.updated_at,
                        updated_by = excluded.updated_by
                      """)
                  .params(kind, id, country, version, to, body, deleted, now, username)
                  .update();
              keepVersion(kind, id, version, body, deleted, now, username);
              audit.record(
                  AuditEvent.of(
                          username,
                          deleted ? "regional.deleted" : "regional.saved",
                          kind,
                          id.toString())
                      .details("version " + version));
              return version;
            });
    return done == null ? 0 : done;
  }

  private void keepVersion(
      String kind, UUID id, int version, String body, boolean deleted, Timestamp at, String by) {
    jdbc.sql(
            """
            insert into regional_record_version
              (kind, id, version, body, deleted, updated_at, updated_by)
            values (?, ?, ?, ?::jsonb, ?, ?, ?) on conflict do nothing
            """)
        .params(kind, id, version, body, deleted, at, by)
        .update();
  }

  /** What one synchronisation with the hub did. */
  public record Sync(int pushed, int received) {}

  @Scheduled(
      initialDelayString = "${counterpart.directory.sync-interval:PT30S}",
      fixedDelayString = "${counterpart.directory.sync-interval:PT30S}")
  void scheduled() {
    try {
      sync();
    } catch (RuntimeException e) {
      log.warn("Regional records not synchronised, retried at the next run: {}", e.getMessage());
    }
  }

  /**
   * Pushes this country's unpushed versions, then reads the hub's feed from this node's cursor.
   * When the hub cannot be reached nothing changes here, and the next run takes it again.
   */
  public synchronized Sync sync() {
    if (!hub.configured()) {
      return new Sync(0, 0);
    }
    return new Sync(push(), pull());
  }

  /** A record on the wire between a node and the hub. */
  public record Wire(
      String kind,
      UUID id,
      String country,
      int version,
      @Nullable List<String> audience,
      JsonNode body,
      boolean deleted) {}

  record Push(List<Wire> records) {}

  record Held0(String kind, UUID id, int version) {}

  record Pushed(int changed, @Nullable List<Held0> newer, @Nullable List<Held0> refused) {}

  record Changes(List<Wire> records, long last, long head) {}

  /** At most this many bytes of records per push, well under the hub's body limit. */
  private static final int PUSH_BYTES = 4 << 20;

  /** Rounds of a push or a pull in one synchronisation, so that one run ends. */
  private static final int ROUNDS = 200;

  private int push() {
    int pushed = 0;
    for (int round = 0; round < ROUNDS; round++) {
      var candidates =
          jdbc.sql(
                  """
                  select kind, id, country, version, audience, body::text, deleted
                  from regional_record where pushed_version < version and country = ?
                  order by updated_at limit ?
                  """)
              .params(country, BATCH)
              .query(RegionalRecords::wire)
              .list();
      if (candidates.isEmpty()) {
        return pushed;
      }
      List<Wire> batch = new java.util.ArrayList<>();
      long bytes = 0;
      for (Wire w : candidates) {
        long size = w.body().toString().length() * 3L;
        if (!batch.isEmpty() && bytes + size > PUSH_BYTES) {
          break;
        }
        batch.add(w);
        bytes += size;
      }
      var response = call("/federation/v1/records/push", JSON.writeValueAsString(new Push(batch)));
      if (response == null) {
        return pushed;
      }
      Pushed answer = JSON.readValue(response, Pushed.class);
      java.util.Map<String, Integer> newer = new java.util.HashMap<>();
      if (answer.newer() != null) {
        answer.newer().forEach(h -> newer.put(h.kind() + "/" + h.id(), h.version()));
      }
      if (answer.refused() != null) {
        for (Held0 h : answer.refused()) {
          // Another country holds this id on the hub: it stays here, and is not offered again.
          log.warn(
              "{} {}: the hub holds this id for another country; not published", h.kind(), h.id());
          audit.recordSeparately(
              AuditEvent.of("counterpart", "regional.refused", h.kind(), h.id().toString())
                  .outcome("denied")
                  .details("the hub holds this id for another country"));
        }
      }
      transactions.executeWithoutResult(
          status -> {
            for (Wire w : batch) {
              Integer hubVersion = newer.get(w.kind() + "/" + w.id());
              if (hubVersion == null) {
                jdbc.sql(
                        """
                        update regional_record set pushed_version = greatest(pushed_version, ?)
                        where kind = ? and id = ?
                        """)
                    .params(w.version(), w.kind(), w.id())
                    .update();
              } else {
                renumber(w, hubVersion + 1);
              }
            }
          });
      pushed += batch.size() - newer.size();
    }
    return pushed;
  }

  /**
   * The hub holds a newer version of one of this country's records than this node does (the node
   * was restored from a backup): this node's change becomes the next version after the hub's, and
   * goes out at the next round.
   */
  private void renumber(Wire w, int version) {
    Timestamp now = Timestamp.from(clock.instant());
    int moved =
        jdbc.sql(
                """
                update regional_record set version = ?, updated_at = ?
                where kind = ? and id = ? and version = ?
                """)
            .params(version, now, w.kind(), w.id(), w.version())
            .update();
    if (moved > 0) {
      keepVersion(
          w.kind(),
          w.id(),
          version,
          JSON.writeValueAsString(w.body()),
          w.deleted(),
          now,
          "renumbered after the hub's version " + (version - 1));
      log.warn(
          "{} {}: the hub held version {}, newer than this node's; sent again as {}",
          w.kind(),
          w.id(),
          version - 1,
          version);
    }
  }

  private int pull() {
    int received = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long cursor = jdbc.sql("select seq from regional_record_cursor").query(Long.class).single();
      String body =
          call(
              "/federation/v1/records/changes", "{\"after\":" + cursor + ",\"max\":" + BATCH + "}");
      if (body == null) {
        return received;
      }
      Changes changes = JSON.readValue(body, Changes.class);
      if (changes.head() < cursor) {
        // The hub was restored from an older backup: read its whole feed again.
        log.warn(
            "The hub's feed ends at {}, before this node's cursor {}: reading it again",
            changes.head(),
            cursor);
        jdbc.sql("update regional_record_cursor set seq = 0").update();
        continue;
      }
      Integer n =
          transactions.execute(
              status -> {
                int taken = 0;
                for (Wire w : changes.records()) {
                  // A newer version of this country's own record is adopted too: the node was
                  // restored from a backup older than what the hub holds.
                  taken += take(w);
                }
                jdbc.sql("update regional_record_cursor set seq = ?")
                    .param(changes.last())
                    .update();
                return taken;
              });
      received += n == null ? 0 : n;
      if (changes.last() <= cursor || changes.last() >= changes.head()) {
        return received;
      }
    }
    return received;
  }

  private int take(Wire w) {
    Timestamp now = Timestamp.from(clock.instant());
    String body = JSON.writeValueAsString(w.body());
    int changed =
        jdbc.sql(
                """
                insert into regional_record
                  (kind, id, country, version, audience, body, deleted, updated_at, updated_by,
                   pushed_version)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                on conflict (kind, id) do update set version = excluded.version,
                  audience = excluded.audience, body = excluded.body, deleted = excluded.deleted,
                  updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                  pushed_version = excluded.pushed_version
                where regional_record.version < excluded.version
                  and regional_record.country = excluded.country
                """)
            .params(
                w.kind(),
                w.id(),
                w.country(),
                w.version(),
                w.audience() == null ? null : w.audience().toArray(String[]::new),
                body,
                w.deleted(),
                now,
                w.country(),
                w.version())
            .update();
    if (changed > 0) {
      keepVersion(w.kind(), w.id(), w.version(), body, w.deleted(), now, w.country());
    }
    return changed;
  }

  private @Nullable String call(String path, String json) {
    try {
      var response = hub.post(path, json);
      if (response.statusCode() != 200) {
        log.warn("{}: the hub answered {} {}", path, response.statusCode(), response.body());
        return null;
      }
      return response.body();
    } catch (IOException e) {
      log.debug("{}: hub unreachable: {}", path, e.toString());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static Wire wire(ResultSet rs, int n) throws SQLException {
    String[] audience = strings(rs.getArray(5));
    return new Wire(
        rs.getString(1),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getInt(4),
        audience == null ? null : Arrays.asList(audience),
        JSON.readTree(rs.getString(6)),
        rs.getBoolean(7));
  }

  private <T> Held<T> held(ResultSet rs, Class<T> type) throws SQLException {
    String[] audience = strings(rs.getArray(4));
    return new Held<>(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getInt(3),
        audience == null ? null : new TreeSet<>(Arrays.asList(audience)),
        JSON.readValue(rs.getString(5), type),
        rs.getTimestamp(6).toInstant(),
        rs.getString(7));
  }

  static String @Nullable [] strings(@Nullable Array array) throws SQLException {
    return array == null ? null : (String[]) array.getArray();
  }
}
