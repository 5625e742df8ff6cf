package org.counterpart.federation.hub;

import java.util.List;
import org.counterpart.core.pki.Party;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A node authenticated by its client certificate and its request signature. */
public final class FederatedParty extends AbstractAuthenticationToken {

  private final Party.Node node;
  private final String fingerprint;
  private final java.security.cert.X509Certificate certificate;

  FederatedParty(
      Party.Node node, String fingerprint, java.security.cert.X509Certificate certificate) {
    super(List.of(new SimpleGrantedAuthority("ROLE_FEDERATED_NODE")));
    this.node = node;
    this.fingerprint = fingerprint;
    this.certificate = certificate;
    setAuthenticated(true);
  }

  public Party.Node node() {
    return node;
  }

  public String fingerprint() {
    return fingerprint;
  }

  /** The client certificate the node presented (issued by the regional authority). */
  public java.security.cert.X509Certificate certificate() {
    return certificate;
  }

  @Override
  public Object getCredentials() {
    return fingerprint;
  }

  @Override
  public Object getPrincipal() {
    return node;
  }

  @Override
  public String getName() {
    return node.uri();
  }
}
