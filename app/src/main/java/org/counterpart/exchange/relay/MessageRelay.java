package org.counterpart.exchange.relay;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.core.exchange.Seal;
import org.counterpart.core.exchange.SealException;
import org.counterpart.core.pki.Party;
import org.counterpart.federation.PartyCredentials;
import org.counterpart.federation.hub.FederatedNodes;
import org.counterpart.system.HubOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores and forwards sealed messages it cannot read. A message is accepted only from its signer,
 * for a registered node, under the size limit, once per id; a node receives only what is addressed
 * to it, in the order the hub received it.
 */
@Service
@HubOnly
class MessageRelay {

  /** A pull stops growing at this size (but always carries one message). */
  private static final long BATCH_BYTES = 16L * 1024 * 1024;

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
  private final FederatedNodes nodes;
  private final PartyCredentials party;
  private final AuditTrail audit;
  private final Clock clock;
  private final Arrivals arrivals;
  private final int maxBytes;

  MessageRelay(
      JdbcClient jdbc,
      org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
      FederatedNodes nodes,
      PartyCredentials party,
      AuditTrail audit,
      Clock clock,
      Arrivals arrivals,
      @Value("${counterpart.exchange.max-message-bytes:8388608}") int maxBytes) {
    this.arrivals = arrivals;
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.nodes = nodes;
    this.party = party;
    this.audit = audit;
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  /** A message as a node hands it to the hub. */
  record Incoming(
      String id, String recipient, String priority, @Nullable Instant deadline, String sealed) {}

  /** Why a message was not accepted. */
  record Refusal(String id, String reason) {}

  /** What a node receives. */
  record Outgoing(
      String id, String sender, String priority, @Nullable Instant deadline, String sealed) {}

  @Transactional
  List<Refusal> accept(String sender, List<Incoming> messages) {
    List<Refusal> refused = new ArrayList<>();
    Instant now = clock.instant();
    // Whether a recipient is registered, asked once per batch and recipient.
    java.util.Map<String, Boolean> registered = new java.util.HashMap<>();
    List<Incoming> valid = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (Incoming message : messages) {
      String reason = check(sender, message, registered);
      if (reason != null) {
        refused.add(new Refusal(String.valueOf(message.id()), reason));
        audit.record(
            AuditEvent.of(
                    Party.node(sender).uri(),
                    "relay.refused",
                    "message",
                    String.valueOf(message.id()))
                .outcome("refused")
                .details("reason=" + reason + " recipient=" + message.recipient()));
        continue;
      }
      byte[] sealed = Base64.getDecoder().decode(message.sealed());
      valid.add(message);
      rows.add(
          new Object[] {
            UUID.fromString(message.id()),
            sender,
            message.recipient(),
            message.priority(),
            message.deadline() == null ? null : Timestamp.from(message.deadline()),
            sealed.length,
            sealed,
            Timestamp.from(now)
          });
    }
    if (!rows.isEmpty()) {
      // The whole batch in one round trip. The driver folds it into one multi-row insert and
      // reports no count per row, so which ids were already taken is asked afterwards, at once.
      jdbcTemplate.batchUpdate(
          """
          insert into relay_message (id, sender, recipient, priority, deadline, size_bytes,
                                     sealed, received_at)
          values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing
          """,
          rows);
    }
    java.util.Map<String, String> senders = new java.util.HashMap<>();
    if (!valid.isEmpty()) {
      jdbc.sql("select id::text, sender from relay_message where id = any(?)")
          .param(valid.stream().map(m -> UUID.fromString(m.id())).toArray(UUID[]::new))
          .query((rs, n) -> senders.put(rs.getString(1), rs.getString(2)))
          .list();
    }
    java.util.Set<String> recipients = new java.util.TreeSet<>();
    for (Incoming message : valid) {
      // The same message sent again (a retry after a lost answer) is accepted once; an id another
      // node already used is refused.
      if (sender.equals(senders.get(UUID.fromString(message.id()).toString()))) {
        recipients.add(message.recipient());
      } else {
        refused.add(new Refusal(message.id(), "id-taken"));
      }
    }
    if (!recipients.isEmpty()) {
      // Wake the recipients' long polls once the messages are committed, not before.
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              arrivals.arrived(recipients);
            }
          });
    }
    return refused;
  }

  private @Nullable String check(
      String sender, Incoming message, java.util.Map<String, Boolean> registered) {
    try {
      UUID.fromString(message.id());
    } catch (IllegalArgumentException | NullPointerException e) {
      return "bad-id";
    }
    if (message.recipient() == null
        || message.recipient().equals(sender)
        || !registered.computeIfAbsent(message.recipient(), nodes::registered)) {
      return "unknown-recipient";
    }
    if (!"URGENT".equals(message.priority()) && !"NORMAL".equals(message.priority())) {
      return "bad-priority";
    }
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(message.sealed() == null ? "" : message.sealed());
    } catch (IllegalArgumentException e) {
      return "malformed";
    }
    if (sealed.length == 0) {
      return "malformed";
    }
    if (sealed.length > maxBytes) {
      return "too-large";
    }
    var credentials = party.credentials();
    if (credentials.isEmpty()) {
      return "hub-without-credentials";
    }
    try {
      Seal.verify(sealed, credentials.get().authority(), Party.node(sender));
    } catch (SealException e) {
      return "signature-" + e.reason().name().toLowerCase(java.util.Locale.ROOT);
    }
    return null;
  }

  @Transactional(readOnly = true)
  List<Outgoing> pending(String recipient, int max) {
    return jdbc.sql(
            """
            select id, sender, priority, deadline, sealed from (
                select id, sender, priority, deadline, sealed, seq, size_bytes,
                       sum(size_bytes) over (order by seq) as running
                from (select * from relay_message
                      where recipient = ? and delivered_at is null order by seq limit ?) first
                ) pending
            where running - size_bytes < ? order by seq
            """)
        .params(recipient, Math.clamp(max, 1, 500), BATCH_BYTES)
        .query(
            (rs, n) ->
                new Outgoing(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                    Base64.getEncoder().encodeToString(rs.getBytes(5))))
        .list();
  }

  /** The recipient has stored these: the hub forgets their sealed bytes, keeps the log. */
  @Transactional
  int acknowledge(String recipient, List<String> ids) {
    List<UUID> uuids = new ArrayList<>();
    for (String id : ids) {
      try {
        uuids.add(UUID.fromString(id));
      } catch (IllegalArgumentException e) {
        // ignored: an id that cannot exist
      }
    }
    if (uuids.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            """
            update relay_message set delivered_at = ?, sealed = null
            where recipient = ? and delivered_at is null and id = any(?)
            """)
        .params(Timestamp.from(clock.instant()), recipient, uuids.toArray(UUID[]::new))
        .update();
  }
}
