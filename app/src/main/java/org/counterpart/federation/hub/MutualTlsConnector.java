package org.counterpart.federation.hub;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.counterpart.core.pki.Credentials;
import org.counterpart.federation.FederationProperties;
import org.counterpart.federation.PartyCredentials;
import org.counterpart.system.HubOnly;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Opens the hub's federation port: TLS 1.3 only, and a client certificate from the regional
 * authority required before a single byte of HTTP is read.
 */
@Component
@HubOnly
class MutualTlsConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  private final PartyCredentials party;
  private final FederationProperties properties;

  MutualTlsConnector(PartyCredentials party, FederationProperties properties) {
    this.party = party;
    this.properties = properties;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    Credentials credentials =
        party
            .credentials()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the hub needs its certificate: put ca.crt, hub.crt and hub.key in"
                            + " counterpart.federation.pki-dir"));
    factory.addAdditionalConnectors(connector(credentials));
  }

  private Connector connector(Credentials credentials) {
    var connector = new Connector(Http11NioProtocol.class.getName());
    connector.setPort(properties.resolvedPort());
    connector.setProperty("address", properties.resolvedAddress());
    connector.setScheme("https");
    connector.setSecure(true);
    connector.setMaxPostSize(properties.resolvedMaxBodyBytes());
    var protocol = (Http11NioProtocol) connector.getProtocolHandler();
    protocol.setSSLEnabled(true);
    var host = new SSLHostConfig();
    host.setHostName("_default_");
    host.setProtocols("TLSv1.3");
    host.setCertificateVerification("required");
    host.setTrustStore(credentials.trustStore());
    var certificate = new SSLHostConfigCertificate(host, SSLHostConfigCertificate.Type.EC);
    certificate.setCertificateKeystore(credentials.keyStore());
    certificate.setCertificateKeystorePassword(new String(Credentials.IN_MEMORY));
    certificate.setCertificateKeyAlias("party");
    host.addCertificate(certificate);
    protocol.addSslHostConfig(host);
    return connector;
  }
}
