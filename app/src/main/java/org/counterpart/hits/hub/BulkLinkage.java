package org.counterpart.hits.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.core.pprl.Blocking;
import org.counterpart.core.pprl.Linkage;
import org.counterpart.core.pprl.Lsh;
import org.counterpart.hits.Band;
import org.counterpart.hits.HitKind;
import org.counterpart.system.HubOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links every pair of nodes' encodings, one to one, on a schedule: the same suspect under two
 * spellings in two countries becomes a notice to both contact points, each with the other's opaque
 * reference and the band. Candidates come from LSH blocking ({@link Lsh#BULK}), so the work grows
 * far below all pairs; a link is announced once.
 */
@Service
@HubOnly
public class BulkLinkage {

  private static final Logger log = LoggerFactory.getLogger(BulkLinkage.class);

  private final HitIndex index;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final Clock clock;
  private final double threshold;
  private final ReentrantLock running = new ReentrantLock();

  BulkLinkage(
      HitIndex index,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      AuditTrail audit,
      Clock clock,
      @Value("${counterpart.hits.linkage-threshold:0.8}") double threshold) {
    this.index = index;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
    this.threshold = threshold;
  }

  /** What a run did. */
  public record Run(
      Instant startedAt, Instant finishedAt, long compared, int links, int newLinks) {}

  @Scheduled(cron = "${counterpart.hits.linkage-cron:0 30 2 * * *}")
  void scheduled() {
    run("system");
  }

  /** Links all nodes now; a run already going makes this one return at once, empty. */
  public java.util.Optional<Run> run(String actor) {
    if (!running.tryLock()) {
      return java.util.Optional.empty();
    }
    try {
      Instant started = clock.instant();
      long compared = 0;
      int links = 0;
      List<Found> found = new ArrayList<>();
      for (HitIndex.Part.Key key : index.keys()) {
        Map<String, List<Linkage.Encoded>> byNode = index.byNode(key.keyId(), key.kind());
        List<String> countries = new ArrayList<>(byNode.keySet());
        double cut = Math.max(threshold, key.kind().minScore());
        for (int a = 0; a < countries.size(); a++) {
          for (int b = a + 1; b < countries.size(); b++) {
            var left = byNode.get(countries.get(a));
            var right = byNode.get(countries.get(b));
            // A person by LSH blocking; an identifier (phone, document) by identical encoding.
            var result =
                key.kind() == HitKind.PERSON
                    ? Blocking.link(left, right, Lsh.BULK, cut)
                    : Blocking.exact(left, right);
            compared += result.candidatePairs();
            links += result.links().size();
            for (Linkage.Link link : result.links()) {
              found.add(new Found(countries.get(a), countries.get(b), link));
            }
          }
        }
      }
      int fresh = record(found);
      Instant finished = clock.instant();
      long comparedPairs = compared;
      int linked = links;
      transactions.executeWithoutResult(
          status -> {
            jdbc.sql(
                    """
                    insert into hit_linkage_run (started_at, finished_at, compared, links, new_links)
                    values (?, ?, ?, ?, ?)
                    """)
                .params(
                    Timestamp.from(started), Timestamp.from(finished), comparedPairs, linked, fresh)
                .update();
            audit.record(
                AuditEvent.of(actor, "hits.linkage.run", "linkage", started.toString())
                    .details("compared " + comparedPairs + ", links " + linked + ", new " + fresh));
          });
      log.info("Bulk linkage: {} pairs compared, {} links, {} new", compared, links, fresh);
      return java.util.Optional.of(new Run(started, finished, compared, links, fresh));
    } finally {
      running.unlock();
    }
  }

  private record Found(String nodeA, String nodeB, Linkage.Link link) {}

  /** Stores the links not seen before and tells both nodes of each; returns how many were new. */
  private int record(List<Found> found) {
    Integer fresh =
        transactions.execute(
            status -> {
              int count = 0;
              Instant now = clock.instant();
              for (Found f : found) {
                int inserted =
                    jdbc.sql(
                            """
                            insert into hit_link (node_a, ref_a, node_b, ref_b, score, found_at)
                            values (?, ?, ?, ?, ?, ?) on conflict do nothing
                            """)
                        .params(
                            f.nodeA(),
                            f.link().leftId(),
                            f.nodeB(),
                            f.link().rightId(),
                            (float) f.link().score(),
                            Timestamp.from(now))
                        .update();
                if (inserted == 1) {
                  count++;
                  Band band = Band.of(f.link().score());
                  index.notice(
                      f.nodeA(),
                      "LINK",
                      f.link().leftId(),
                      f.nodeB(),
                      f.link().rightId(),
                      band,
                      now);
                  index.notice(
                      f.nodeB(),
                      "LINK",
                      f.link().rightId(),
                      f.nodeA(),
                      f.link().leftId(),
                      band,
                      now);
                }
              }
              return count;
            });
    return fresh == null ? 0 : fresh;
  }

  /** The latest run, if any. */
  public java.util.Optional<Run> latest() {
    return jdbc.sql(
            """
            select started_at, finished_at, compared, links, new_links from hit_linkage_run
            order by id desc limit 1
            """)
        .query(
            (rs, n) ->
                new Run(
                    rs.getTimestamp(1).toInstant(),
                    rs.getTimestamp(2).toInstant(),
                    rs.getLong(3),
                    rs.getInt(4),
                    rs.getInt(5)))
        .optional();
  }
}
