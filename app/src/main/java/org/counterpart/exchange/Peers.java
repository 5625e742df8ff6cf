package org.counterpart.exchange;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.Pem;
import org.counterpart.federation.PartyCredentials;
import org.counterpart.federation.node.HubClient;
import org.counterpart.system.NodeOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other nodes' certificates, fetched from the hub and trusted only when the regional authority
 * issued them for the party they claim: the hub cannot slip in a key of its own.
 */
@Component
@NodeOnly
class Peers {

  private static final Logger log = LoggerFactory.getLogger(Peers.class);

  private final HubClient hub;
  private final PartyCredentials party;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<String, X509Certificate> certificates = new ConcurrentHashMap<>();

  Peers(HubClient hub, PartyCredentials party) {
    this.hub = hub;
    this.party = party;
  }

  record Directory(Map<String, String> certificates) {}

  Optional<X509Certificate> certificate(String country) {
    X509Certificate known = certificates.get(country);
    if (known == null) {
      refresh();
      known = certificates.get(country);
    }
    return Optional.ofNullable(known);
  }

  void refresh() {
    Optional<Credentials> own = party.credentials();
    if (own.isEmpty() || !hub.configured()) {
      return;
    }
    try {
      var response = hub.post("/federation/v1/parties", "{}");
      if (response.statusCode() != 200) {
        return;
      }
      Directory directory = json.readValue(response.body(), Directory.class);
      directory
          .certificates()
          .forEach(
              (country, pem) -> {
                try {
                  X509Certificate certificate = Pem.parseCertificate(pem);
                  certificate.verify(own.get().authority().getPublicKey());
                  certificate.checkValidity();
                  if (Credentials.partyOf(certificate).equals(Optional.of(Party.node(country)))) {
                    certificates.put(country, certificate);
                  } else {
                    log.warn("the hub gave a certificate for {} that names another party", country);
                  }
                } catch (java.io.IOException | GeneralSecurityException e) {
                  log.warn(
                      "the hub gave an untrusted certificate for {}: {}", country, e.toString());
                }
              });
    } catch (java.io.IOException | RuntimeException e) {
      log.warn("cannot fetch the other nodes' certificates: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
