package org.counterpart.federation.hub;

import java.time.Instant;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.system.HubOnly;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What a node tells the hub about itself. */
@RestController
@HubOnly
class FederationApi {

  private final FederatedNodes nodes;
  private final AuditTrail audit;

  FederationApi(FederatedNodes nodes, AuditTrail audit) {
    this.nodes = nodes;
    this.audit = audit;
  }

  /** A node's registration and heartbeat: the first call registers it, each later one. */
  record Heartbeat(String softwareVersion) {}

  /** The certificates of the registered nodes, to seal messages for one another. */
  record Directory(java.util.Map<String, String> certificates) {}

  @PostMapping("/federation/v1/parties")
  Directory parties() {
    return new Directory(nodes.certificates());
  }

  /** The hub's answer. */
  record Acknowledgement(String country, Instant registeredAt, Instant hubTime) {}

  @PostMapping("/federation/v1/heartbeat")
  Acknowledgement heartbeat(@RequestBody Heartbeat heartbeat, Authentication authentication) {
    var party = (FederatedParty) authentication;
    var node = party.node();
    String version = heartbeat.softwareVersion() == null ? "" : heartbeat.softwareVersion();
    boolean known = nodes.all().stream().anyMatch(n -> n.country().equals(node.country()));
    var seen =
        nodes.seen(
            node.country(),
            party.fingerprint(),
            version.substring(0, Math.min(64, version.length())),
            org.counterpart.core.pki.Pem.certificate(party.certificate()));
    if (!known) {
      audit.record(AuditEvent.of(node.uri(), "federation.node.registered", "node", node.country()));
    }
    return new Acknowledgement(seen.country(), seen.registeredAt(), Instant.now());
  }
}
