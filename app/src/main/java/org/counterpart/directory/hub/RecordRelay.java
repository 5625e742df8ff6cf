package org.counterpart.directory.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.system.HubOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's copy of the region's shared records and the ordered feed the nodes read it from. A node
 * writes only its own country's records, and no record id another country holds; a version older
 * than or equal to the hub's is not kept, and the hub answers with its own version so that a node
 * restored from a backup can number its next change above it.
 */
@Service
@HubOnly
public class RecordRelay {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Serialises pushes so that the feed's sequence numbers commit in order. */
  private static final long FEED_LOCK = 0x5245_4344L;

  private final JdbcClient jdbc;
  private final Clock clock;

  RecordRelay(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A record on the wire. */
  public record Wire(
      @Nullable String kind,
      @Nullable UUID id,
      @Nullable String country,
      int version,
      @Nullable List<String> audience,
      @Nullable JsonNode body,
      boolean deleted) {}

  /** A record the hub holds in a version at least as new as the one pushed. */
  public record Held(String kind, UUID id, int version) {}

  /**
   * What a push did.
   *
   * @param newer records the hub holds in a newer version than pushed
   * @param refused records whose id another country already holds: not kept
   */
  public record Pushed(int changed, List<Held> newer, List<Held> refused) {}

  /** A push naming a country other than the pushing node's: nothing of it is kept. */
  public static final class NotOwner extends RuntimeException {
    NotOwner(String message) {
      super(message);
    }
  }

  /** Keeps the newer versions of a node's own records, all or none. */
  @Transactional
  public Pushed push(String node, List<Wire> records) {
    for (Wire w : records) {
      if (w.kind() == null || w.id() == null || w.body() == null || w.version() < 1) {
        throw new IllegalArgumentException("a record needs kind, id, version and body");
      }
      if (!node.equals(w.country())) {
        throw new NotOwner(node + " cannot write a record of " + w.country());
      }
    }
    jdbc.sql("select pg_advisory_xact_lock(?)").param(FEED_LOCK).query(Object.class).single();
    record Current(String country, int version, JsonNode body, boolean deleted) {}
    Map<String, Current> current = new HashMap<>();
    for (Wire w : records) {
      jdbc.sql(
              "select country, version, body::text, deleted from regional_record"
                  + " where kind = ? and id = ?")
          .params(w.kind(), w.id())
          .query(
              (rs, n) ->
                  new Current(
                      rs.getString(1),
                      rs.getInt(2),
                      JSON.readTree(rs.getString(3)),
                      rs.getBoolean(4)))
          .optional()
          .ifPresent(c -> current.put(w.kind() + "/" + w.id(), c));
    }
    Timestamp now = Timestamp.from(clock.instant());
    int changed = 0;
    List<Held> newer = new ArrayList<>();
    List<Held> refused = new ArrayList<>();
    for (Wire w : records) {
      Current c = current.get(w.kind() + "/" + w.id());
      if (c != null && !c.country().equals(node)) {
        // Another country holds this id: one country never overwrites another's record.
        refused.add(new Held(w.kind(), w.id(), c.version()));
        continue;
      }
      if (c != null && c.version() >= w.version()) {
        boolean repeat =
            c.version() == w.version() && c.deleted() == w.deleted() && c.body().equals(w.body());
        if (!repeat) {
          // The same number for other content: the node was restored from an older backup.
          newer.add(new Held(w.kind(), w.id(), c.version()));
        }
        continue;
      }
      String[] audience = w.audience() == null ? null : w.audience().toArray(String[]::new);
      changed +=
          jdbc.sql(
                  """
                  insert into regional_record
                    (kind, id, country, version, audience, body, deleted, reached, ever_public,
                     seq, received_at)
                  values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?,
                          nextval('regional_record_seq'), ?)
                  on conflict (kind, id) do update set version = excluded.version,
                    audience = excluded.audience, body = excluded.body,
                    deleted = excluded.deleted,
                    reached = array(select distinct unnest(
                      regional_record.reached || excluded.reached)),
                    ever_public = regional_record.ever_public or excluded.ever_public,
                    seq = excluded.seq, received_at = excluded.received_at
                  """)
              .params(
                  w.kind(),
                  w.id(),
                  w.country(),
                  w.version(),
                  audience,
                  JSON.writeValueAsString(w.body()),
                  w.deleted(),
                  audience == null ? new String[0] : audience,
                  audience == null,
                  now)
              .update();
    }
    return new Pushed(changed, newer, refused);
  }

  /**
   * The changes after a node's cursor that are meant for it, the cursor to keep, and the feed's
   * head (lower than the node's cursor only when the hub was restored from an older backup).
   */
  public record Changes(List<Wire> records, long last, long head) {}

  @Transactional(readOnly = true)
  public Changes changes(String node, long after, int max) {
    int limit = Math.clamp(max, 1, 1000);
    record Row(long seq, Wire wire, boolean dropped) {}
    var rows =
        jdbc.sql(
                """
                select seq, kind, id, country, version, audience, body::text, deleted,
                       (audience is not null and not (? = any(audience)) and country <> ?
                        and (ever_public or ? = any(reached))) as dropped
                from regional_record where seq > ?
                order by seq limit ?
                """)
            .params(node, node, node, after, limit)
            .query(
                (rs, n) -> {
                  var audience = rs.getArray(6);
                  boolean dropped = rs.getBoolean(9);
                  return new Row(
                      rs.getLong(1),
                      new Wire(
                          rs.getString(2),
                          rs.getObject(3, UUID.class),
                          rs.getString(4),
                          rs.getInt(5),
                          audience == null ? null : Arrays.asList((String[]) audience.getArray()),
                          // A country dropped from the audience learns only that it is gone.
                          dropped ? JSON.createObjectNode() : JSON.readTree(rs.getString(7)),
                          rs.getBoolean(8) || dropped),
                      dropped);
                })
            .list();
    long head =
        jdbc.sql("select coalesce(max(seq), 0) from regional_record").query(Long.class).single();
    long last = rows.isEmpty() ? Math.min(after, head) : rows.getLast().seq();
    var meant =
        rows.stream()
            .filter(
                r ->
                    r.dropped()
                        || r.wire().audience() == null
                        || r.wire().audience().contains(node)
                        || node.equals(r.wire().country()))
            .map(Row::wire)
            .toList();
    return new Changes(meant, last, head);
  }

  /** How many records of a kind and country the hub holds. */
  public long count(String kind, String country) {
    return jdbc.sql("select count(*) from regional_record where kind = ? and country = ?")
        .params(kind, country)
        .query(Long.class)
        .single();
  }
}
