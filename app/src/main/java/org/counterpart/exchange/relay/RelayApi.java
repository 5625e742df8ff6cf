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

  private final MessageRelay relay;

  RelayApi(MessageRelay relay) {
    this.relay = relay;
  }

  record Send(List<MessageRelay.Incoming> messages) {}

  record Sent(List<MessageRelay.Refusal> refused) {}

  @PostMapping("/federation/v1/messages")
  Sent send(@RequestBody Send body, Authentication who) {
    String sender = ((FederatedParty) who).node().country();
    return new Sent(relay.accept(sender, body.messages() == null ? List.of() : body.messages()));
  }

  record Pull(@Nullable Integer max) {}

  record Pulled(List<MessageRelay.Outgoing> messages) {}

  @PostMapping("/federation/v1/messages/pull")
  Pulled pull(@RequestBody Pull body, Authentication who) {
    String recipient = ((FederatedParty) who).node().country();
    return new Pulled(relay.pending(recipient, body.max() == null ? 100 : body.max()));
  }

  record Ack(List<String> ids) {}

  record Acked(int acknowledged) {}

  @PostMapping("/federation/v1/messages/ack")
  Acked ack(@RequestBody Ack body, Authentication who) {
    String recipient = ((FederatedParty) who).node().country();
    return new Acked(relay.acknowledge(recipient, body.ids() == null ? List.of() : body.ids()));
  }
}
