package org.counterpart.hits.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.counterpart.core.pprl.Encoder;
import org.counterpart.core.pprl.EncodingIndex;
import org.counterpart.core.pprl.ExactIndex;
import org.counterpart.core.pprl.Linkage;
import org.counterpart.core.pprl.LshIndex;
import org.counterpart.federation.hub.FederatedNodes;
import org.counterpart.hits.Band;
import org.counterpart.hits.HitKind;
import org.counterpart.hits.Notice;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.HubOnly;
import org.counterpart.system.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The hub's hit/no-hit index: the encodings the nodes publish, in the database and in memory (an
 * {@link LshIndex} per secret and kind), answering a query per country with no hit, or the best
 * hits' bands and opaque references. The hub holds no secret: it can compare encodings, not make
 * one, so it cannot test a guess of a name.
 */
@Service
@HubOnly
public class HitIndex {

  private static final Logger log = LoggerFactory.getLogger(HitIndex.class);

  static final Pattern REF = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

  /** Hits returned per country, best first. */
  static final int PER_COUNTRY = 3;

  /** Entries accepted in one publication. */
  static final int MAX_BATCH = 5000;

  private final JdbcClient jdbc;
  private final org.springframework.transaction.support.TransactionTemplate transactions;
  private final org.springframework.jdbc.core.JdbcTemplate batch;
  private final FederatedNodes nodes;
  private final Clock clock;
  private final int perMinute;
  private final int perNodeMinute;
  private final Map<Part.Key, Part> parts = new ConcurrentHashMap<>();

  /**
   * Each asker's query times in the last minute, oldest first; a deque is read and changed only
   * while holding it (an {@code ArrayDeque}, whose size is constant time: a node's deque holds a
   * minute of its queries).
   */
  private final Map<String, java.util.ArrayDeque<Instant>> recent = new ConcurrentHashMap<>();

  private volatile boolean ready;

  HitIndex(
      JdbcClient jdbc,
      org.springframework.transaction.support.TransactionTemplate transactions,
      org.springframework.jdbc.core.JdbcTemplate batch,
      FederatedNodes nodes,
      Clock clock,
      @Value("${counterpart.hits.queries-per-minute:30}") int perMinute,
      @Value("${counterpart.hits.node-queries-per-minute:3000}") int perNodeMinute) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.batch = batch;
    this.nodes = nodes;
    this.clock = clock;
    this.perMinute = perMinute;
    this.perNodeMinute = perNodeMinute;
  }

  /** The encodings of one secret and kind, with who published each. */
  static final class Part {
    record Key(String keyId, HitKind kind) {}

    /** Persons by LSH; phones and documents, normalised before encoding, by identity. */
    final EncodingIndex index;

    Part(HitKind kind) {
      this.index = kind == HitKind.PERSON ? new LshIndex(LshIndex.ONLINE) : new ExactIndex();
    }

    private final Map<String, Integer> slots = new HashMap<>();
    private final Map<String, Integer> perNode = new ConcurrentHashMap<>();
    private int added;
    private volatile String[] nodeOf = new String[1024];
    private volatile String[] refOf = new String[1024];

    synchronized void put(String node, String ref, long[] bits) {
      remove(node, ref);
      // Slots are handed out in order and never reused: the owner of the next one is written
      // before the index can return it to a query.
      int next = added;
      if (next >= refOf.length) {
        String[] nodes = Arrays.copyOf(nodeOf, Math.max(next + 1, refOf.length * 2));
        String[] refs = Arrays.copyOf(refOf, nodes.length);
        nodes[next] = node;
        refs[next] = ref;
        refOf = refs;
        nodeOf = nodes;
      } else {
        refOf[next] = ref;
        nodeOf[next] = node;
      }
      int slot = index.add(bits);
      if (slot != next) {
        throw new IllegalStateException("index slots out of order");
      }
      added++;
      slots.put(node + "/" + ref, slot);
      perNode.merge(node, 1, Integer::sum);
    }

    synchronized void remove(String node, String ref) {
      Integer slot = slots.remove(node + "/" + ref);
      if (slot != null) {
        index.remove(slot);
        perNode.merge(node, -1, Integer::sum);
      }
    }

    @Nullable String node(int slot) {
      String[] nodes = nodeOf;
      return slot < nodes.length ? nodes[slot] : null;
    }

    String ref(int slot) {
      return refOf[slot];
    }

    boolean holds(String node) {
      return perNode.getOrDefault(node, 0) > 0;
    }
  }

  /** Loads the index from the database, once the hub is up; queries wait for it. */
  @EventListener(ApplicationReadyEvent.class)
  void load() {
    Thread.ofVirtual()
        .name("hit-index-load")
        .start(
            () -> {
              long started = System.nanoTime();
              int[] loaded = {0};
              jdbc.sql("select node, ref, kind, key_id, encoding from hit_entry")
                  .query(
                      rs -> {
                        part(rs.getString(4), HitKind.valueOf(rs.getString(3)))
                            .put(rs.getString(1), rs.getString(2), bits(rs.getBytes(5)));
                        loaded[0]++;
                      });
              parts.values().forEach(p -> p.index.rebuild());
              ready = true;
              log.info(
                  "Hit index loaded: {} encodings in {} ms",
                  loaded[0],
                  (System.nanoTime() - started) / 1_000_000);
            });
  }

  /**
   * Builds the tables over what was published since, once it is more than a query should read in
   * full (a thousand encodings read in full cost a query some twenty microseconds).
   */
  @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT10S")
  public void index() {
    for (Part part : parts.values()) {
      if (part.index instanceof LshIndex lsh && lsh.unindexed() > 1024) {
        lsh.rebuild();
      }
    }
  }

  public boolean ready() {
    return ready;
  }

  private Part part(String keyId, HitKind kind) {
    return parts.computeIfAbsent(new Part.Key(keyId, kind), k -> new Part(kind));
  }

  /** An encoding a node publishes. */
  public record Entry(String ref, String kind, String encoding) {}

  /** Stores what a node publishes and withdraws, all or nothing; memory follows on commit. */
  @Transactional
  public int publish(String node, String keyId, List<Entry> entries, List<String> removed) {
    if (!ready) {
      // While the index loads, a change applied to memory could be overwritten by the loader.
      throw new NotReady();
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (!KEY_ID.matcher(keyId).matches()) {
      problems.add(new FieldProblem("keyId", "hits.invalid-key-id"));
    }
    if (entries.size() + removed.size() > MAX_BATCH) {
      problems.add(new FieldProblem("entries", "hits.batch-too-large"));
    }
    record Valid(String ref, HitKind kind, long[] bits, byte[] raw) {}
    List<Valid> valid = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e == null) {
        problems.add(new FieldProblem("entries[" + i + "]", "validation.required"));
        continue;
      }
      HitKind kind = HitKind.parse(e.kind());
      byte[] raw = decode(e.encoding());
      if (e.ref() == null || !REF.matcher(e.ref()).matches()) {
        problems.add(new FieldProblem("entries[" + i + "].ref", "hits.invalid-ref"));
      } else if (kind == null) {
        problems.add(new FieldProblem("entries[" + i + "].kind", "hits.invalid-kind"));
      } else if (raw == null || raw.length != Encoder.BITS / 8) {
        problems.add(new FieldProblem("entries[" + i + "].encoding", "hits.invalid-encoding"));
      } else {
        valid.add(new Valid(e.ref(), kind, bits(raw), raw));
      }
    }
    for (int i = 0; i < removed.size(); i++) {
      if (removed.get(i) == null || !REF.matcher(removed.get(i)).matches()) {
        problems.add(new FieldProblem("removed[" + i + "]", "hits.invalid-ref"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    record Gone(String ref, String keyId, HitKind kind) {}
    List<Gone> gone = new ArrayList<>();
    for (String ref : removed) {
      jdbc.sql("delete from hit_entry where node = ? and ref = ? returning key_id, kind")
          .param(node)
          .param(ref)
          .query((rs, n) -> new Gone(ref, rs.getString(1), HitKind.valueOf(rs.getString(2))))
          .optional()
          .ifPresent(gone::add);
    }
    // One round trip per batch, not per entry: a node may publish thousands at once.
    batch.batchUpdate(
        """
        insert into hit_entry (node, ref, kind, key_id, encoding, updated_at)
        values (?, ?, ?, ?, ?, ?)
        on conflict (node, ref) do update set kind = excluded.kind,
          key_id = excluded.key_id, encoding = excluded.encoding,
          updated_at = excluded.updated_at
        """,
        valid,
        1000,
        (statement, v) -> {
          statement.setString(1, node);
          statement.setString(2, v.ref());
          statement.setString(3, v.kind().name());
          statement.setString(4, keyId);
          statement.setBytes(5, v.raw());
          statement.setTimestamp(6, Timestamp.from(now));
        });
    Runnable apply =
        () -> {
          for (Gone g : gone) {
            part(g.keyId(), g.kind()).remove(node, g.ref());
          }
          for (Valid v : valid) {
            // A reference moves when its kind or secret changed: forget it everywhere first.
            parts.values().forEach(p -> p.remove(node, v.ref()));
            part(keyId, v.kind()).put(node, v.ref(), v.bits());
          }
        };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              apply.run();
            }
          });
    } else {
      apply.run();
    }
    return valid.size() + gone.size();
  }

  /** One country's answer: no hit, hits (band and opaque reference), or nothing searchable. */
  public record Answer(String country, String status, List<Hit> hits) {}

  public record Hit(String ref, Band band) {}

  /** Thrown when a requester asks more than the limit allows in a minute. */
  public static final class TooManyQueries extends RuntimeException {
    TooManyQueries() {
      super("hits.too-many-queries");
    }
  }

  /** Thrown while the index is still loading after a start. */
  public static final class NotReady extends RuntimeException {
    NotReady() {
      super("hits.index-loading");
    }
  }

  /**
   * Answers a query from {@code node} on behalf of {@code requester} (a pseudonymous id only the
   * node can resolve): every other registered country, with its best hits. Logged, and each owner
   * of a hit is told (a notice), as Prüm's hit owner would be.
   */
  public List<Answer> query(
      String node, String requester, String keyId, String kindName, String encoding) {
    List<FieldProblem> problems = new ArrayList<>();
    HitKind kind = HitKind.parse(kindName);
    byte[] raw = decode(encoding);
    if (!KEY_ID.matcher(keyId).matches()) {
      problems.add(new FieldProblem("keyId", "hits.invalid-key-id"));
    }
    if (kind == null) {
      problems.add(new FieldProblem("kind", "hits.invalid-kind"));
    }
    if (raw == null || raw.length != Encoder.BITS / 8) {
      problems.add(new FieldProblem("encoding", "hits.invalid-encoding"));
    }
    if (requester.isBlank() || requester.length() > 64) {
      problems.add(new FieldProblem("requester", "hits.invalid-requester"));
    }
    if (!problems.isEmpty() || kind == null || raw == null) {
      throw new InvalidInputException(problems);
    }
    if (!ready) {
      throw new NotReady();
    }
    // Per official, and per node whatever requester ids it sends: a node's own limit is its
    // officials', the hub's ceiling holds even against a node that forges them.
    admit(node, perNodeMinute);
    admit(node + "/" + requester, perMinute);
    Part part = parts.get(new Part.Key(keyId, kind));
    Map<String, List<Hit>> byCountry = new TreeMap<>();
    if (part != null) {
      for (EncodingIndex.Hit hit :
          part.index.query(
              bits(raw),
              kind.minScore(),
              slot -> part.node(slot) != null && !node.equals(part.node(slot)))) {
        List<Hit> hits = byCountry.computeIfAbsent(part.node(hit.slot()), c -> new ArrayList<>());
        if (hits.size() < PER_COUNTRY) {
          hits.add(new Hit(part.ref(hit.slot()), Band.of(hit.score())));
        }
      }
    }
    Instant now = clock.instant();
    List<Answer> answers = new ArrayList<>();
    record Owner(String country, Hit hit) {}
    List<Owner> owners = new ArrayList<>();
    int hitCountries = 0;
    for (var other : nodes.all()) {
      String country = other.country();
      if (country.equals(node)) {
        continue;
      }
      List<Hit> hits = byCountry.getOrDefault(country, List.of());
      if (!hits.isEmpty()) {
        hitCountries++;
        answers.add(new Answer(country, "HIT", hits));
        for (Hit hit : hits) {
          owners.add(new Owner(country, hit));
        }
      } else if (part == null || !part.holds(country)) {
        answers.add(new Answer(country, "NOT_SEARCHABLE", List.of()));
      } else {
        answers.add(new Answer(country, "NO_HIT", List.of()));
      }
    }
    int countries = hitCountries;
    // The index is searched without holding a connection; the log and the owners' notices are
    // written after, in a short transaction whose commit does not wait for the disk: the asking
    // node keeps the authoritative log (synchronously), and a crash of the hub may lose its last
    // few hundred milliseconds of query metadata and notices, never an entry or a message.
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("set local synchronous_commit = off").update();
          jdbc.sql(
                  "insert into hit_query_log (node, requester, kind, asked_at, hits)"
                      + " values (?, ?, ?, ?, ?)")
              .params(node, requester, kind.name(), Timestamp.from(now), countries)
              .update();
          for (Owner owner : owners) {
            notice(owner.country(), "HIT", owner.hit().ref(), node, null, owner.hit().band(), now);
          }
        });
    return answers;
  }

  private void admit(String who, int limit) {
    Instant now = clock.instant();
    while (true) {
      var times = recent.computeIfAbsent(who, k -> new java.util.ArrayDeque<>());
      synchronized (times) {
        if (recent.get(who) != times) {
          // forgetIdle() dropped this deque in between: count in the one that replaces it.
          continue;
        }
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofMinutes(1)))) {
          times.pollFirst();
        }
        if (times.size() >= limit) {
          throw new TooManyQueries();
        }
        times.addLast(now);
        return;
      }
    }
  }

  /** Forgets the officials who asked nothing in the last minute, so the map does not grow. */
  @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1M")
  void forgetIdle() {
    Instant cutoff = clock.instant().minus(Duration.ofMinutes(1));
    recent.forEach(
        (who, times) -> {
          synchronized (times) {
            if (times.isEmpty() || times.peekLast().isBefore(cutoff)) {
              recent.remove(who, times);
            }
          }
        });
  }

  void notice(
      String node,
      String kind,
      String ownRef,
      String otherNode,
      @Nullable String otherRef,
      Band band,
      Instant at) {
    jdbc.sql(
            """
            insert into hit_notice (node, kind, own_ref, other_node, other_ref, band, created_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(node, kind, ownRef, otherNode, otherRef, band.name(), Timestamp.from(at))
        .update();
  }

  /** The notices a node has not acknowledged yet, oldest first. */
  @Transactional(readOnly = true)
  public List<Notice> notices(String node, int max) {
    return jdbc.sql(
            """
            select id, kind, own_ref, other_node, other_ref, band, created_at from hit_notice
            where node = ? and delivered_at is null order by id limit ?
            """)
        .params(node, Math.min(Math.max(max, 1), 1000))
        .query((rs, n) -> Notice.of(rs))
        .list();
  }

  /** Marks a node's own notices delivered; another node's ids change nothing. */
  @Transactional
  public int acknowledge(String node, List<Long> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "update hit_notice set delivered_at = :at where node = :node and id in (:ids)"
                + " and delivered_at is null")
        .param("at", Timestamp.from(clock.instant()))
        .param("node", node)
        .param("ids", ids)
        .update();
  }

  /** How many encodings each node has published, per kind: for the hub's page. */
  public Map<String, Map<String, Integer>> sizes() {
    Map<String, Map<String, Integer>> sizes = new TreeMap<>();
    jdbc.sql("select node, kind, count(*) from hit_entry group by node, kind")
        .query(
            rs -> {
              sizes
                  .computeIfAbsent(rs.getString(1), n -> new TreeMap<>())
                  .put(rs.getString(2), rs.getInt(3));
            });
    return sizes;
  }

  /** Every node's encodings of one secret and kind, for the bulk linkage. */
  Map<String, List<Linkage.Encoded>> byNode(String keyId, HitKind kind) {
    Map<String, List<Linkage.Encoded>> byNode = new TreeMap<>();
    jdbc.sql("select node, ref, encoding from hit_entry where key_id = ? and kind = ?")
        .params(keyId, kind.name())
        .query(
            rs -> {
              byNode
                  .computeIfAbsent(rs.getString(1), n -> new ArrayList<>())
                  .add(new Linkage.Encoded(rs.getString(2), bits(rs.getBytes(3))));
            });
    return byNode;
  }

  /** The secrets and kinds the index holds encodings of. */
  List<Part.Key> keys() {
    return jdbc.sql("select distinct key_id, kind from hit_entry order by key_id, kind")
        .query((rs, n) -> new Part.Key(rs.getString(1), HitKind.valueOf(rs.getString(2))))
        .list();
  }

  static byte @Nullable [] decode(@Nullable String base64) {
    if (base64 == null) {
      return null;
    }
    try {
      return java.util.Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static long[] bits(byte[] raw) {
    long[] bits = new long[Encoder.WORDS];
    java.nio.ByteBuffer.wrap(raw).asLongBuffer().get(bits);
    return bits;
  }
}
