package org.counterpart.exchange;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.cases.NodeEncryption;
import org.counterpart.core.exchange.Seal;
import org.counterpart.core.exchange.SealException;
import org.counterpart.core.pki.Party;
import org.counterpart.federation.PartyCredentials;
import org.counterpart.federation.node.HubClient;
import org.counterpart.system.CounterpartProperties;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries sealed messages between this node and the hub. The outbox is read from the database, so a
 * message queued before a crash is sent after it; retries back off; the hub accepts an id once. The
 * inbox stores each message once per id and only then acknowledges it, so a crash between the two
 * makes the hub deliver again and the second copy is ignored: nothing lost, nothing doubled.
 */
@Component
@NodeOnly
class Courier {

  private static final Logger log = LoggerFactory.getLogger(Courier.class);
  private static final int BATCH = 100;

  /** A receive stops after this many batches in a row and lets the next poll go on. */
  private static final int MAX_BATCHES_PER_RECEIVE = 50;

  /** A batch stops growing at this size (but always carries one message). */
  private static final long BATCH_BYTES = 16L * 1024 * 1024;

  private static final Duration LINGER = Duration.ofMillis(50);

  private final JdbcClient jdbc;
  private final HubClient hub;
  private final PartyCredentials party;
  private final NodeEncryption encryption;
  private final Messages messages;
  private final MessageAttachments attachments;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final String country;
  private final Duration maxBackoff;
  private final Duration longPoll;
  private final boolean sendOnCommit;
  private final java.util.concurrent.locks.ReentrantLock dispatching =
      new java.util.concurrent.locks.ReentrantLock();
  private final java.util.concurrent.atomic.AtomicBoolean woken =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final JsonMapper json = JsonMapper.builder().build();

  Courier(
      JdbcClient jdbc,
      HubClient hub,
      PartyCredentials party,
      NodeEncryption encryption,
      Messages messages,
      MessageAttachments attachments,
      AuditTrail audit,
      TransactionTemplate transactions,
      Clock clock,
      CounterpartProperties instance,
      @org.springframework.beans.factory.annotation.Value(
              "${counterpart.exchange.max-backoff:PT60S}")
          Duration maxBackoff,
      @org.springframework.beans.factory.annotation.Value("${counterpart.exchange.long-poll:PT10S}")
          Duration longPoll,
      @org.springframework.beans.factory.annotation.Value(
              "${counterpart.exchange.send-on-commit:true}")
          boolean sendOnCommit) {
    this.maxBackoff = maxBackoff;
    this.longPoll = longPoll;
    this.sendOnCommit = sendOnCommit;
    this.jdbc = jdbc;
    this.hub = hub;
    this.party = party;
    this.encryption = encryption;
    this.messages = messages;
    this.attachments = attachments;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.country = instance.nodeCountry();
  }

  record Outgoing(
      String id, String recipient, String priority, @Nullable Instant deadline, String sealed) {}

  record Send(List<Outgoing> messages) {}

  record Refusal(String id, String reason) {}

  record Sent(List<Refusal> refused) {}

  /**
   * A message was queued: once its transaction commits, hand it over now rather than at the next
   * poll. Wake-ups that arrive while one is pending fold into it; the poll remains for retries. A
   * plain listener, not a transactional one, so that no wake-up is written to the event registry:
   * the outbox rows themselves are what survives a crash.
   */
  @org.springframework.context.event.EventListener
  void outboxQueued(Messages.OutboxQueued event) {
    if (!sendOnCommit) {
      return;
    }
    if (org.springframework.transaction.support.TransactionSynchronizationManager
        .isSynchronizationActive()) {
      org.springframework.transaction.support.TransactionSynchronizationManager
          .registerSynchronization(
              new org.springframework.transaction.support.TransactionSynchronization() {
                @Override
                public void afterCommit() {
                  wake();
                }
              });
    } else {
      wake();
    }
  }

  private void wake() {
    if (woken.compareAndSet(false, true)) {
      Thread.startVirtualThread(
          () -> {
            try {
              // Linger a moment so that messages committed together go out as one batch.
              Thread.sleep(LINGER.toMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            woken.set(false);
            dispatch();
          });
    }
  }

  /** Sends what is queued and due; returns how many were handed over. */
  @Scheduled(fixedDelayString = "${counterpart.exchange.poll:PT1S}")
  int dispatch() {
    if (!hub.configured()) {
      return 0;
    }
    // One hand-over at a time, so that a wake-up and the poll never send the same rows twice.
    dispatching.lock();
    try {
      return dispatchDue();
    } finally {
      dispatching.unlock();
    }
  }

  private int dispatchDue() {
    Instant now = clock.instant();
    List<Outgoing> due =
        jdbc.sql(
                """
                select id, counterpart, priority, deadline, sealed from (
                    select id, counterpart, priority, deadline, sealed, next_attempt_at,
                           sum(octet_length(sealed)) over (
                               order by priority desc, next_attempt_at, id) as running
                    from (select id, counterpart, priority, deadline, sealed, next_attempt_at
                          from exchange_message
                          where status = 'QUEUED' and next_attempt_at <= ?
                          order by priority desc, next_attempt_at, id limit ?) first
                    ) due
                where running - octet_length(sealed) < ?
                order by priority desc, next_attempt_at, id
                """)
            .params(Timestamp.from(now), BATCH, BATCH_BYTES)
            .query(
                (rs, n) ->
                    new Outgoing(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        Base64.getEncoder().encodeToString(rs.getBytes(5))))
            .list();
    if (due.isEmpty()) {
      return 0;
    }
    try {
      var response = hub.post("/federation/v1/messages", json.writeValueAsString(new Send(due)));
      if (response.statusCode() != 200) {
        retryLater(due, "hub answered " + response.statusCode());
        return 0;
      }
      Sent sent = json.readValue(response.body(), Sent.class);
      Map<String, String> refused = new java.util.HashMap<>();
      sent.refused().forEach(r -> refused.put(r.id(), r.reason()));
      transactions.executeWithoutResult(
          status -> {
            // Everything the hub took, in one statement; a refusal is rare and recorded alone.
            String[] accepted =
                due.stream()
                    .map(Outgoing::id)
                    .filter(id -> !refused.containsKey(id))
                    .toArray(String[]::new);
            if (accepted.length > 0) {
              jdbc.sql(
                      "update exchange_message set status = 'SENT', next_attempt_at = null where id = any(?::uuid[]) and status = 'QUEUED'")
                  .param(accepted)
                  .update();
            }
            for (Outgoing message : due) {
              String reason = refused.get(message.id());
              if (reason != null) {
                jdbc.sql(
                        "update exchange_message set status = 'QUARANTINED', quarantine_reason = ? where id = ?::uuid")
                    .params("refused by the hub: " + reason, message.id())
                    .update();
                audit.record(
                    AuditEvent.of("counterpart", "message.refused-by-hub", "message", message.id())
                        .outcome("refused")
                        .details("reason=" + reason));
              }
            }
          });
      return due.size() - refused.size();
    } catch (java.io.IOException | RuntimeException e) {
      retryLater(due, e.toString());
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private void retryLater(List<Outgoing> due, String why) {
    log.warn("outbox: {} messages not handed to the hub ({}); will retry", due.size(), why);
    Instant now = clock.instant();
    for (Outgoing message : due) {
      jdbc.sql(
              """
              update exchange_message set attempts = attempts + 1,
                     next_attempt_at = cast(? as timestamptz)
                         + make_interval(secs => least(power(2, attempts), ?))
              where id = ?::uuid
              """)
          .params(Timestamp.from(now), (double) maxBackoff.toSeconds(), message.id())
          .update();
    }
  }

  record Incoming(
      String id, String sender, String priority, @Nullable Instant deadline, String sealed) {}

  record Pulled(List<Incoming> messages) {}

  /** Fetches what the hub holds for this node, stores it once, then acknowledges it. */
  @Scheduled(fixedDelayString = "${counterpart.exchange.poll:PT1S}")
  int receive() {
    var own = party.credentials();
    if (!hub.configured() || own.isEmpty()) {
      return 0;
    }
    // A long poll first; then, while batches keep coming, the next one at once rather than after
    // the poll's delay, asking without waiting so that the loop ends when the hub has nothing left.
    // Each pull acknowledges the batch stored before it, so acknowledging costs no request of its
    // own; the last pull, which finds nothing, carries the last acknowledgement.
    int received = 0;
    List<String> stored = pull(own.get(), longPoll, List.of());
    for (int batches = 1; stored != null && !stored.isEmpty(); batches++) {
      received += stored.size();
      if (batches == MAX_BATCHES_PER_RECEIVE) {
        // Give the other scheduled work its turn; the next poll goes on.
        acknowledge(stored);
        break;
      }
      List<String> next = pull(own.get(), Duration.ZERO, stored);
      if (next == null) {
        // The pull that carried the acknowledgement failed: try it alone (if that fails too, the
        // hub offers those messages again and the inbox keeps one copy).
        acknowledge(stored);
      }
      stored = next;
    }
    return received;
  }

  /**
   * One pull that first acknowledges {@code stored} (the ids of the batch stored before it) and
   * waits at most {@code wait} for something to arrive; returns the ids it stored, or null when the
   * hub could not be asked (the acknowledgement is then lost with it, and the hub offers those
   * messages again: the inbox keeps one copy).
   */
  private @Nullable List<String> pull(
      org.counterpart.core.pki.Credentials own, Duration wait, List<String> stored) {
    try {
      // A long poll: the hub answers as soon as something arrives for us, or empty after the wait.
      var response =
          hub.post(
              "/federation/v1/messages/pull",
              json.writeValueAsString(new Pull(BATCH, wait.toMillis(), stored)),
              wait.plusSeconds(15));
      if (response.statusCode() != 200) {
        log.warn("inbox: the hub answered {} to a pull", response.statusCode());
        return null;
      }
      Pulled pulled = json.readValue(response.body(), Pulled.class);
      if (pulled.messages().isEmpty()) {
        return List.of();
      }
      // Signatures and decryption are the expensive part: open on every core, store in order.
      List<Opened> opened = pulled.messages().parallelStream().map(m -> open(m, own)).toList();
      try {
        return storeAll(opened, false);
      } catch (RuntimeException e) {
        // One message the store refuses (a constraint it breaks) must not hold up the others, or
        // the hub would offer the same batch for ever: store them again one by one.
        log.warn(
            "inbox: a batch did not fit the store, storing it message by message: {}",
            e.toString());
        return storeAll(opened, true);
      }
    } catch (java.io.IOException | RuntimeException e) {
      log.warn("inbox: cannot receive from the hub: {}", e.toString());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Acknowledges stored messages with a request of its own. */
  private void acknowledge(List<String> stored) {
    try {
      var acked =
          hub.post("/federation/v1/messages/ack", json.writeValueAsString(Map.of("ids", stored)));
      if (acked.statusCode() != 200) {
        // Stored, and offered again by the hub until acknowledged: the inbox keeps one copy.
        log.warn("inbox: the hub answered {} to an acknowledgement", acked.statusCode());
      }
    } catch (java.io.IOException | RuntimeException e) {
      log.warn("inbox: cannot acknowledge to the hub: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What a pull asks: at most {@code max} messages, waiting so long, acknowledging {@code ack}. */
  record Pull(int max, long waitMillis, List<String> ack) {}

  /**
   * Stores a batch in one transaction and queues its acknowledgements; returns the ids stored. Done
   * {@code carefully}, each message has a savepoint of its own, and one the store refuses is kept
   * quarantined instead of failing the batch.
   */
  private List<String> storeAll(List<Opened> opened, boolean carefully) {
    List<String> stored = new ArrayList<>();
    transactions.executeWithoutResult(
        status -> {
          stored.clear();
          List<AuditEvent> events = new ArrayList<>();
          // One DELIVERED acknowledgement per sender and batch, listing the new messages.
          Map<String, List<String>> delivered = new java.util.TreeMap<>();
          for (Opened one : opened) {
            Incoming message = one.message();
            List<AuditEvent> own = new ArrayList<>();
            boolean fresh;
            if (!carefully) {
              fresh = store(one, own);
            } else {
              Object savepoint = status.createSavepoint();
              try {
                fresh = store(one, own);
                status.releaseSavepoint(savepoint);
              } catch (RuntimeException e) {
                status.rollbackToSavepoint(savepoint);
                log.warn(
                    "inbox: message {} does not fit the store: {}", message.id(), e.toString());
                own.clear();
                fresh =
                    store(
                        new Opened(
                            message,
                            one.sealed(),
                            null,
                            "REJECTED: the content does not fit the message store"),
                        own);
              }
            }
            events.addAll(own);
            if (fresh) {
              delivered.computeIfAbsent(message.sender(), k -> new ArrayList<>()).add(message.id());
            }
            stored.add(message.id());
          }
          delivered.forEach(
              (sender, ids) ->
                  messages.queueAcknowledgement(
                      ids.getFirst(), sender, "DELIVERED", String.join(",", ids)));
          // Last: the audit chain's lock is held from here to the commit.
          audit.recordAll(events);
        });
    return stored;
  }

  /** A pulled message after its seal was checked and opened, or with why it could not be. */
  private record Opened(
      Incoming message, byte[] sealed, @Nullable Payload payload, @Nullable String problem) {}

  /** Verifies and opens one message; touches no table, so a batch can be opened in parallel. */
  private Opened open(Incoming message, org.counterpart.core.pki.Credentials own) {
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(message.sealed());
    } catch (RuntimeException e) {
      return new Opened(message, new byte[0], null, "MALFORMED: the envelope is not base64");
    }
    try {
      byte[] plain = Seal.open(sealed, own, Party.node(message.sender()));
      Payload payload = json.readValue(plain, Payload.class);
      if (!payload.id().equals(message.id())
          || !payload.sender().equals(message.sender())
          || !payload.recipient().equals(country)) {
        return new Opened(
            message,
            sealed,
            null,
            "the sealed message names another id, sender or recipient than its envelope");
      }
      String files = MessageAttachments.problem(payload.attachments(), attachments.maxBytes());
      if (files != null) {
        return new Opened(message, sealed, null, "ATTACHMENT: " + files);
      }
      return new Opened(message, sealed, payload, null);
    } catch (SealException e) {
      return new Opened(message, sealed, null, e.reason() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return new Opened(message, sealed, null, "MALFORMED: the content is not a message");
    }
  }

  /**
   * Stores one opened message; true when it is a new message to acknowledge as delivered. What is
   * to be audited is added to {@code audited}, for the caller to record with the batch.
   */
  private boolean store(Opened opened, List<AuditEvent> audited) {
    Instant now = clock.instant();
    Incoming message = opened.message();
    byte[] sealed = opened.sealed();
    Payload payload = opened.payload();
    String problem = opened.problem();
    if (payload == null) {
      // Quarantined: kept sealed (encrypted again at rest), never shown as valid.
      var kept = encryption.encrypt(sealed, message.id());
      int inserted =
          jdbc.sql(
                  """
                  insert into exchange_message (id, direction, counterpart, type, status, priority,
                      handling_code, source_code, information_code, subject, content, content_key,
                      received_at, created_at, quarantine_reason)
                  values (?::uuid, 'IN', ?, 'SPONTANEOUS_INFORMATION', 'QUARANTINED', ?, 'H3', 'X',
                          '4', '—', ?, ?, ?, ?, ?)
                  on conflict (id) do nothing
                  """)
              .params(
                  message.id(),
                  message.sender(),
                  message.priority(),
                  kept.bytes(),
                  kept.keyId(),
                  Timestamp.from(now),
                  Timestamp.from(now),
                  problem)
              .update();
      if (inserted > 0) {
        audited.add(
            AuditEvent.of("counterpart", "message.quarantined", "message", message.id())
                .outcome("refused")
                .details("from=" + message.sender() + " " + problem));
      }
      return false;
    }
    if (payload.type() == MessageType.ACKNOWLEDGEMENT) {
      int fresh =
          jdbc.sql(
                  """
                  insert into exchange_message (id, direction, counterpart, type, status, priority,
                      handling_code, source_code, information_code, subject, content, content_key,
                      in_reply_to, received_at, created_at)
                  values (?::uuid, 'IN', ?, 'ACKNOWLEDGEMENT', 'READ', 'NORMAL', 'H0', 'A', '1', ?,
                          ?, 'none', ?::uuid, ?, ?)
                  on conflict (id) do nothing
                  """)
              .params(
                  payload.id(),
                  payload.sender(),
                  payload.subject(),
                  new byte[0],
                  payload.inReplyTo(),
                  Timestamp.from(now),
                  Timestamp.from(now))
              .update();
      if (fresh > 0 && payload.inReplyTo() != null) {
        messages.acknowledged(
            payload.inReplyTo(), payload.sender(), payload.subject(), payload.body(), now);
      }
      return false;
    }
    var content = encryption.encrypt(payload.body().getBytes(StandardCharsets.UTF_8), payload.id());
    int inserted =
        jdbc.sql(
                """
                insert into exchange_message (id, direction, counterpart, type, status, priority,
                    deadline, handling_code, handling_text, source_code, information_code, subject,
                    content, content_key, in_reply_to, sent_at, received_at, created_at)
                values (?::uuid, 'IN', ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, ?, ?, ?)
                on conflict (id) do nothing
                """)
            .params(
                payload.id(),
                payload.sender(),
                payload.type().name(),
                payload.priority(),
                payload.deadline() == null ? null : Timestamp.from(payload.deadline()),
                payload.handlingCode(),
                payload.handlingText(),
                payload.sourceCode(),
                payload.informationCode(),
                payload.subject(),
                content.bytes(),
                content.keyId(),
                payload.inReplyTo(),
                Timestamp.from(payload.sentAt()),
                Timestamp.from(now),
                Timestamp.from(now))
            .update();
    if (inserted > 0 && payload.subjects() != null && !payload.subjects().isEmpty()) {
      messages.storeSubjects(payload.id(), payload.subjects());
    }
    if (inserted > 0 && payload.attachments() != null && !payload.attachments().isEmpty()) {
      attachments.storeReceived(payload.id(), payload.sender(), payload.attachments(), now);
    }
    if (inserted > 0) {
      audited.add(
          AuditEvent.of("counterpart", "message.received", "message", payload.id())
              .details("from=" + payload.sender() + " type=" + payload.type()));
    }
    return inserted > 0;
  }
}
