package org.counterpart.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.system.CounterpartProperties;
import org.springframework.stereotype.Component;

/** This instance's certificate and key, read from the PKI folder. */
@Component
public class PartyCredentials {

  private final Party party;
  private final Optional<Credentials> credentials;

  PartyCredentials(CounterpartProperties instance, FederationProperties federation) {
    this.party = instance.isHub() ? Party.hub() : Party.node(instance.nodeCountry());
    this.credentials = load(party, pkiDir(instance, federation));
  }

  public Party party() {
    return party;
  }

  public Optional<Credentials> credentials() {
    return credentials;
  }

  private static Path pkiDir(CounterpartProperties instance, FederationProperties federation) {
    return federation.pkiDir() != null
        ? federation.pkiDir()
        : instance.resolvedDataDir().resolve("pki");
  }

  private static Optional<Credentials> load(Party party, Path dir) {
    String base = party instanceof Party.Node node ? "node-" + node.country() : "hub";
    Path cert = dir.resolve(base + ".crt");
    Path key = dir.resolve(base + ".key");
    Path ca = dir.resolve("ca.crt");
    if (!Files.exists(cert) || !Files.exists(key) || !Files.exists(ca)) {
      return Optional.empty();
    }
    try {
      Credentials loaded = Credentials.load(cert, key, ca);
      if (!loaded.party().equals(party)) {
        throw new IllegalStateException(cert + " names " + loaded.party() + ", not " + party);
      }
      return Optional.of(loaded);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the federation credentials in " + dir, e);
    }
  }
}
