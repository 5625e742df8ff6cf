package org.counterpart.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.federation.node.HubClient;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue versions this node holds: pulled from the hub so that every country screens with
 * the same version, kept for ever so that an old screening is explained with its own version.
 * Before the hub was ever reached, the node uses version 1 as shipped, which is the hub's version 1
 * too.
 */
@Service
@NodeOnly
public class NodeCatalogue {

  private static final Logger log = LoggerFactory.getLogger(NodeCatalogue.class);

  private final JdbcClient jdbc;
  private final HubClient hub;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<Integer, Catalogue> parsed = new ConcurrentHashMap<>();

  NodeCatalogue(JdbcClient jdbc, HubClient hub, Clock clock) {
    this.jdbc = jdbc;
    this.hub = hub;
    this.clock = clock;
  }

  /** The latest version this node holds. */
  public Catalogue current() {
    Integer latest =
        jdbc.sql("select max(version) from catalogue_copy")
            .query(Integer.class)
            .optional()
            .orElse(null);
    return latest == null ? version(1) : version(latest);
  }

  /** A version this node holds (version 1 always). */
  public Catalogue version(int version) {
    return parsed.computeIfAbsent(version, this::load);
  }

  private Catalogue load(int version) {
    record Files(String indicators, String questions) {}
    var files =
        jdbc.sql("select indicators_csv, questions_csv from catalogue_copy where version = ?")
            .param(version)
            .query((rs, n) -> new Files(rs.getString(1), rs.getString(2)))
            .optional();
    if (files.isEmpty()) {
      if (version == 1) {
        return Catalogue.firstVersion();
      }
      throw new IllegalArgumentException("this node does not hold catalogue version " + version);
    }
    return new Catalogue(
        version,
        Catalogue.indicators(files.get().indicators()),
        Catalogue.questions(files.get().questions()));
  }

  /** Asks the hub for a newer version; returns the version held afterwards. */
  @Scheduled(
      initialDelayString = "${counterpart.screening.catalogue-poll:PT5M}",
      fixedDelayString = "${counterpart.screening.catalogue-poll:PT5M}")
  public int pull() {
    int have = current().version();
    if (!hub.configured()) {
      return have;
    }
    try {
      var response = hub.post("/federation/v1/catalogue", "{\"version\":" + have + "}");
      if (response.statusCode() != 200) {
        log.warn("catalogue pull: the hub answered {}", response.statusCode());
        return have;
      }
      Latest latest = json.readValue(response.body(), Latest.class);
      if (latest.version() > have && latest.indicatorsCsv() != null) {
        // Checked before it is kept: a node never screens with a catalogue it cannot read.
        Catalogue.indicators(latest.indicatorsCsv());
        jdbc.sql(
                """
                insert into catalogue_copy (version, indicators_csv, questions_csv, received_at)
                values (?, ?, ?, ?) on conflict (version) do nothing
                """)
            .params(
                latest.version(),
                latest.indicatorsCsv(),
                latest.questionsCsv() == null
                    ? Catalogue.firstQuestionsText()
                    : latest.questionsCsv(),
                Timestamp.from(clock.instant()))
            .update();
        log.info("catalogue version {} received from the hub", latest.version());
        return latest.version();
      }
      return have;
    } catch (java.io.IOException | RuntimeException e) {
      log.warn("catalogue pull failed: {}", e.toString());
      return have;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return have;
    }
  }

  record Latest(int version, @Nullable String indicatorsCsv, @Nullable String questionsCsv) {}
}
