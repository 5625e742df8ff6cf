package org.counterpart.analysis.publication;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterpart.analysis.joint.JointPush;
import org.counterpart.analysis.publication.PublicationLedger.Entry;
import org.counterpart.analysis.publication.PublicationLedger.Key;
import org.counterpart.analysis.publication.PublicationLedger.State;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.CasesForAnalysis;
import org.counterpart.core.analysis.JointRecord;
import org.counterpart.core.analysis.KAnonymity;
import org.counterpart.federation.node.HubClient;
import org.counterpart.system.NodeOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes this node's de-identified records to the joint regional database. Each run
 * de-identifies every case that is not voided, checks k-anonymity over all of it (what is already
 * published plus what is new), and sends the hub only what changed: a new record, a corrected one
 * as its next version, the withdrawal of a voided case's records or of a record now held back.
 * Nothing is marked sent before the hub has answered, and the hub ignores a version it already
 * holds, so a run repeated after a failure changes nothing twice. Audited with counts only.
 */
@Service
@NodeOnly
public class JointPublication {

  private static final Logger log = LoggerFactory.getLogger(JointPublication.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String PATH = "/federation/v1/joint/records";
  private static final int BATCH = 500;

  private final CasesForAnalysis cases;
  private final PublicationLedger ledger;
  private final HubClient hub;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final KAnonymity anonymity;
  private final String country;

  JointPublication(
      CasesForAnalysis cases,
      PublicationLedger ledger,
      HubClient hub,
      AuditTrail audit,
      TransactionTemplate transactions,
      Clock clock,
      PublicationProperties properties,
      @Value("${counterpart.country:XK}") String country) {
    this.cases = cases;
    this.ledger = ledger;
    this.hub = hub;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.anonymity = new KAnonymity(properties.resolvedK(), properties.resolvedQuasiIdentifiers());
    this.country = country;
  }

  /** What one run did, in counts. */
  public record Run(
      String outcome, int published, int generalised, int withdrawn, int heldBack, int unchanged) {}

  @Scheduled(
      initialDelayString = "${counterpart.analysis.publish-interval:PT1H}",
      fixedDelayString = "${counterpart.analysis.publish-interval:PT1H}")
  void scheduled() {
    try {
      if (hub.configured()) {
        publish("system");
      }
    } catch (RuntimeException e) {
      log.warn("Joint records not published, retried at the next run: {}", e.getMessage());
    }
  }

  /** One change to make on the hub and, once it answered, in the ledger. */
  private sealed interface Change {
    Key key();
  }

  private record Send(Key key, JointRecord record, String fingerprint, String steps)
      implements Change {}

  private record Withdraw(
      Key key,
      JointPush.Withdrawal withdrawal,
      KAnonymity.@org.jspecify.annotations.Nullable HeldBack held)
      implements Change {}

  /** De-identifies, checks and sends what changed since the last run. */
  public synchronized Run publish(String actor) {
    if (!hub.configured()) {
      throw new IllegalStateException("this node has no hub to publish to");
    }
    Instant now = clock.instant();
    var analysed = cases.cases();
    List<Key> keys = new ArrayList<>();
    for (var c : analysed) {
      for (var s : c.subjects()) {
        keys.add(new Key(c.id(), s.id()));
      }
    }
    transactions.executeWithoutResult(status -> ledger.addNew(keys, now));
    Map<Key, Entry> entries = ledger.all();

    List<JointRecord> records = new ArrayList<>(keys.size());
    int i = 0;
    for (var c : analysed) {
      for (var s : c.subjects()) {
        records.add(Deidentifier.record(country, entries.get(keys.get(i++)).sourceRef(), 1, c, s));
      }
    }
    var outcomes = anonymity.apply(records);

    List<Change> changes = new ArrayList<>();
    List<Key> stillHeld = new ArrayList<>();
    List<KAnonymity.HeldBack> stillHeldWhy = new ArrayList<>();
    int unchanged = 0;
    int generalised = 0;
    for (int n = 0; n < keys.size(); n++) {
      Entry entry = entries.get(keys.get(n));
      switch (outcomes.get(n)) {
        case KAnonymity.Released r -> {
          String fingerprint = Deidentifier.fingerprint(r.record());
          if (!r.steps().isEmpty()) {
            generalised++;
          }
          if (entry.state() == State.PUBLISHED && fingerprint.equals(entry.fingerprint())) {
            unchanged++;
          } else {
            String steps = r.steps().stream().map(Enum::name).collect(Collectors.joining(","));
            changes.add(
                new Send(
                    entry.key(), r.record().withVersion(entry.version() + 1), fingerprint, steps));
          }
        }
        case KAnonymity.HeldBack h -> {
          if (entry.state() == State.PUBLISHED) {
            changes.add(
                new Withdraw(
                    entry.key(),
                    new JointPush.Withdrawal(entry.sourceRef(), entry.version() + 1),
                    h));
          } else {
            stillHeld.add(entry.key());
            stillHeldWhy.add(h);
          }
        }
      }
    }
    Set<Key> current = new HashSet<>(keys);
    for (Entry entry : entries.values()) {
      if (!current.contains(entry.key()) && entry.state() == State.PUBLISHED) {
        changes.add(
            new Withdraw(
                entry.key(),
                new JointPush.Withdrawal(entry.sourceRef(), entry.version() + 1),
                null));
      }
    }

    boolean reached = send(changes, now);
    int published = (int) changes.stream().filter(Send.class::isInstance).count();
    int withdrawn = changes.size() - published;
    int heldBack =
        stillHeld.size()
            + (int)
                changes.stream().filter(c -> c instanceof Withdraw w && w.held() != null).count();
    String outcome = !reached ? "HUB_UNREACHABLE" : changes.isEmpty() ? "NOTHING_NEW" : "SENT";
    var run =
        new Run(
            outcome,
            reached ? published : 0,
            generalised,
            reached ? withdrawn : 0,
            heldBack,
            unchanged);
    transactions.executeWithoutResult(
        status -> {
          for (int h = 0; h < stillHeld.size(); h++) {
            var why = stillHeldWhy.get(h);
            ledger.heldBack(
                stillHeld.get(h),
                entries.get(stillHeld.get(h)).version(),
                why.quasiClass(),
                why.classSize(),
                now);
          }
          long id =
              ledger.addRun(
                  new PublicationLedger.Run(
                      now,
                      actor,
                      outcome,
                      run.published(),
                      run.generalised(),
                      run.withdrawn(),
                      run.heldBack(),
                      run.unchanged()));
          audit.record(
              AuditEvent.of(actor, "analysis.published", "joint-publication", String.valueOf(id))
                  .outcome(outcome)
                  .details(
                      "published=%d generalised=%d withdrawn=%d held-back=%d unchanged=%d"
                          .formatted(
                              run.published(),
                              run.generalised(),
                              run.withdrawn(),
                              run.heldBack(),
                              run.unchanged())));
        });
    return run;
  }

  /** Sends the changes in batches, recording each batch once the hub has taken it. */
  private boolean send(List<Change> changes, Instant now) {
    for (int from = 0; from < changes.size(); from += BATCH) {
      var batch = changes.subList(from, Math.min(changes.size(), from + BATCH));
      var push =
          new JointPush(
              batch.stream().filter(Send.class::isInstance).map(c -> ((Send) c).record()).toList(),
              batch.stream()
                  .filter(Withdraw.class::isInstance)
                  .map(c -> ((Withdraw) c).withdrawal())
                  .toList());
      if (!post(JSON.writeValueAsString(push))) {
        return false;
      }
      transactions.executeWithoutResult(
          status -> {
            for (Change c : batch) {
              switch (c) {
                case Send s ->
                    ledger.published(
                        s.key(), s.record().version(), s.fingerprint(), s.steps(), now);
                case Withdraw w when w.held() != null ->
                    ledger.heldBack(
                        w.key(),
                        w.withdrawal().version(),
                        w.held().quasiClass(),
                        w.held().classSize(),
                        now);
                case Withdraw w -> ledger.withdrawn(w.key(), w.withdrawal().version(), now);
              }
            }
          });
    }
    return true;
  }

  private boolean post(String json) {
    try {
      var response = hub.post(PATH, json);
      if (response.statusCode() != 200) {
        log.warn("{}: the hub answered {} {}", PATH, response.statusCode(), response.body());
        return false;
      }
      return true;
    } catch (IOException e) {
      log.debug("{}: hub unreachable: {}", PATH, e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** What the administrator sees: the latest runs, records by state, the classes held back. */
  public record Overview(
      List<PublicationLedger.Run> runs,
      Map<String, Integer> states,
      Map<String, Integer> generalisations,
      List<PublicationLedger.HeldClass> held,
      int k,
      boolean hubConfigured) {}

  public Overview overview() {
    return new Overview(
        ledger.latestRuns(10),
        ledger.states(),
        ledger.generalisations(),
        ledger.heldClasses(),
        anonymity.k(),
        hub.configured());
  }
}
