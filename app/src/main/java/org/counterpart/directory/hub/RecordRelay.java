package org.counterpart.directory.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
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
 * writes only its own country's records; an older or equal version than the hub holds is ignored,
 * so a push repeated after a lost answer changes nothing.
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

  /** A push naming a country other than the pushing node's: nothing of it is kept. */
  public static final class NotOwner extends RuntimeException {
    NotOwner(String message) {
      super(message);
    }
  }

  /** Keeps the newer versions of a node's own records; returns how many changed. */
  @Transactional
  public int push(String node, List<Wire> records) {
    for (Wire w : records) {
      if (w.kind() == null || w.id() == null || w.body() == null || w.version() < 1) {
        throw new IllegalArgumentException("a record needs kind, id, version and body");
      }
      if (!node.equals(w.country())) {
        throw new NotOwner(node + " cannot write a record of " + w.country());
      }
    }
    jdbc.sql("select pg_advisory_xact_lock(?)").param(FEED_LOCK).query(Object.class).single();
    Timestamp now = Timestamp.from(clock.instant());
    int changed = 0;
    for (Wire w : records) {
      changed +=
          jdbc.sql(
                  """
                  insert into regional_record
                    (kind, id, country, version, audience, body, deleted, seq, received_at)
                  values (?, ?, ?, ?, ?, ?::jsonb, ?, nextval('regional_record_seq'), ?)
                  on conflict (kind, id) do update set version = excluded.version,
                    audience = excluded.audience, body = excluded.body,
                    deleted = excluded.deleted, seq = excluded.seq,
                    received_at = excluded.received_at
                  where regional_record.version < excluded.version
                    and regional_record.country = excluded.country
                  """)
              .params(
                  w.kind(),
                  w.id(),
                  w.country(),
                  w.version(),
                  w.audience() == null ? null : w.audience().toArray(String[]::new),
                  JSON.writeValueAsString(w.body()),
                  w.deleted(),
                  now)
              .update();
    }
    return changed;
  }

  /** The changes after a node's cursor that are meant for it, and the cursor to keep. */
  public record Changes(List<Wire> records, long last) {}

  @Transactional(readOnly = true)
  public Changes changes(String node, long after, int max) {
    int limit = Math.clamp(max, 1, 1000);
    record Row(long seq, Wire wire) {}
    var rows =
        jdbc.sql(
                """
                select seq, kind, id, country, version, audience, body::text, deleted
                from regional_record where seq > ?
                order by seq limit ?
                """)
            .params(after, limit)
            .query(
                (rs, n) -> {
                  var audience = rs.getArray(6);
                  return new Row(
                      rs.getLong(1),
                      new Wire(
                          rs.getString(2),
                          rs.getObject(3, UUID.class),
                          rs.getString(4),
                          rs.getInt(5),
                          audience == null ? null : Arrays.asList((String[]) audience.getArray()),
                          JSON.readTree(rs.getString(7)),
                          rs.getBoolean(8)));
                })
            .list();
    long last = rows.isEmpty() ? after : rows.getLast().seq();
    // A record for an audience is not sent to a country outside it; the cursor still moves on.
    var meant =
        rows.stream()
            .map(Row::wire)
            .filter(
                w ->
                    w.audience() == null || w.audience().contains(node) || node.equals(w.country()))
            .toList();
    return new Changes(meant, last);
  }

  /** How many records of each country the hub holds (for the administrator's page and tests). */
  public long count(String kind, String country) {
    return jdbc.sql("select count(*) from regional_record where kind = ? and country = ?")
        .params(kind, country)
        .query(Long.class)
        .single();
  }
}
