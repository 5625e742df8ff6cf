package org.counterpart.federation.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.SignedRequest;
import org.counterpart.federation.FederationProperties;
import org.counterpart.federation.PartyCredentials;
import org.counterpart.system.NodeOnly;
import org.springframework.stereotype.Component;

/**
 * The node's only way to the hub: HTTPS with its own certificate, trusting only the regional
 * authority, every request signed with a fresh nonce.
 */
@Component
@NodeOnly
public class HubClient {

  private final Optional<Credentials> credentials;
  private final PartyCredentials party;
  private final Optional<URI> hub;
  private final Optional<HttpClient> http;
  private final Clock clock;

  HubClient(PartyCredentials party, FederationProperties properties, Clock clock) {
    this.party = party;
    this.credentials = party.credentials();
    this.hub = Optional.ofNullable(properties.hubUrl());
    this.clock = clock;
    this.http =
        credentials
            .filter(c -> hub.isPresent())
            .map(
                c ->
                    HttpClient.newBuilder()
                        .sslContext(c.sslContext())
                        .connectTimeout(Duration.ofSeconds(5))
                        .version(HttpClient.Version.HTTP_1_1)
                        .build());
  }

  /** True when this node has both a hub address and credentials to reach it. */
  public boolean configured() {
    return http.isPresent();
  }

  public Optional<URI> hubUrl() {
    return hub;
  }

  /** Posts a signed JSON body; the caller decides what a non-2xx status means. */
  public HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return post(path, json, Duration.ofSeconds(15));
  }

  /** Posts a signed JSON body and waits up to {@code timeout} for the answer (a long poll). */
  public HttpResponse<String> post(String path, String json, Duration timeout)
      throws IOException, InterruptedException {
    if (http.isEmpty() || hub.isEmpty() || credentials.isEmpty()) {
      throw new IllegalStateException("this node has no hub address or no federation credentials");
    }
    byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var headers =
        SignedRequest.sign(
            party.party(), credentials.get().key(), "POST", path, body, clock.instant());
    var request =
        HttpRequest.newBuilder(hub.get().resolve(path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header(SignedRequest.PARTY_HEADER, headers.party())
            .header(SignedRequest.TIMESTAMP_HEADER, headers.timestamp())
            .header(SignedRequest.NONCE_HEADER, headers.nonce())
            .header(SignedRequest.SIGNATURE_HEADER, headers.signature())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.get().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
