package org.counterpart.exchange.relay;

import java.util.List;
import org.counterpart.federation.hub.FederatedParty;
import org.counterpart.system.HubOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The relay over mutual TLS: a node sends sealed messages, pulls what is addressed to it and
 * acknowledges what it stored. The party is the authenticated node; no node can name another.
 */
@RestController
@HubOnly
class RelayApi {

  /** The longest a node's poll is held open while nothing arrives for it. */
  static final java.time.Duration MAX_WAIT = java.time.Duration.ofSeconds(25);

  private static final java.time.Duration LINGER = java.time.Duration.ofMillis(25);

  private final MessageRelay relay;
  private final Arrivals arrivals;

  RelayApi(MessageRelay relay, Arrivals arrivals) {
    this.relay = relay;
    this.arrivals = arrivals;
  }

  record Send(List<MessageRelay.Incoming> messages) {}

  record Sent(List<MessageRelay.Refusal> refused) {}

  @PostMapping("/federation/v1/messages")
  Sent send(@RequestBody Send body, Authentication who) {
    String sender = ((FederatedParty) who).node().country();
    return new Sent(relay.accept(sender, body.messages() == null ? List.of() : body.messages()));
  }

  /**
   * A pull: at most {@code max} messages, waiting up to {@code waitMillis} for one to arrive, after
   * acknowledging {@code ack} (what the node stored from its previous pull).
   */
  record Pull(@Nullable Integer max, @Nullable Long waitMillis, @Nullable List<String> ack) {}

  record Pulled(List<MessageRelay.Outgoing> messages) {}

  @PostMapping("/federation/v1/messages/pull")
  Pulled pull(@RequestBody Pull body, Authentication who) throws InterruptedException {
    String recipient = ((FederatedParty) who).node().country();
    int max = body.max() == null ? 100 : body.max();
    if (body.ack() != null && !body.ack().isEmpty()) {
      relay.acknowledge(recipient, body.ack());
    }
    long seen = arrivals.seen(recipient);
    var pending = relay.pending(recipient, max);
    if (pending.isEmpty() && body.waitMillis() != null && body.waitMillis() > 0) {
      var wait = java.time.Duration.ofMillis(Math.min(body.waitMillis(), MAX_WAIT.toMillis()));
      if (arrivals.await(recipient, seen, wait)) {
        // Linger a moment so that a burst goes out as one batch rather than one by one.
        Thread.sleep(LINGER.toMillis());
      }
      pending = relay.pending(recipient, max);
    }
    return new Pulled(pending);
  }

  record Ack(List<String> ids) {}

  record Acked(int acknowledged) {}

  @PostMapping("/federation/v1/messages/ack")
  Acked ack(@RequestBody Ack body, Authentication who) {
    String recipient = ((FederatedParty) who).node().country();
    return new Acked(relay.acknowledge(recipient, body.ids() == null ? List.of() : body.ids()));
  }
}
