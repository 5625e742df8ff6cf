package org.counterpart.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.SignedRequest;

/** A hand-driven federation client, to send requests a well-behaved node never would. */
public final class FederationClient {

  private final HttpClient http;
  private final URI hub;

  public FederationClient(SSLContext tls, int federationPort) {
    this.http =
        HttpClient.newBuilder()
            .sslContext(tls)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.hub = URI.create("https://127.0.0.1:" + federationPort);
  }

  public static SignedRequest.Headers sign(
      Credentials signer, Party claimed, String path, String body, Instant at) {
    return SignedRequest.sign(
        claimed, signer.key(), "POST", path, body.getBytes(StandardCharsets.UTF_8), at);
  }

  public HttpResponse<String> post(String path, String body, SignedRequest.Headers headers)
      throws Exception {
    var request =
        HttpRequest.newBuilder(hub.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header(SignedRequest.PARTY_HEADER, headers.party())
            .header(SignedRequest.TIMESTAMP_HEADER, headers.timestamp())
            .header(SignedRequest.NONCE_HEADER, headers.nonce())
            .header(SignedRequest.SIGNATURE_HEADER, headers.signature())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
