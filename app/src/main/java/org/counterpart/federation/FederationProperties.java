package org.counterpart.federation;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The federation transport's settings.
 *
 * @param port the hub's mutual-TLS port for nodes
 * @param address the address that port listens on
 * @param hubUrl where a node reaches the hub's federation port
 * @param pkiDir folder with {@code ca.crt} and this party's {@code .crt} and {@code .key}
 * @param heartbeat how often a node reports to the hub
 * @param requestWindow how far a signed request's timestamp may be from the hub's clock
 * @param maxBodyBytes the largest request body the hub accepts
 * @param maxBackoff the longest a node waits between attempts while the hub is unreachable
 */
@ConfigurationProperties("counterpart.federation")
public record FederationProperties(
    @Nullable Integer port,
    @Nullable String address,
    @Nullable URI hubUrl,
    @Nullable Path pkiDir,
    @Nullable Duration heartbeat,
    @Nullable Duration requestWindow,
    @Nullable Integer maxBodyBytes,
    @Nullable Duration maxBackoff) {

  public int resolvedPort() {
    return port == null ? 8443 : port;
  }

  public String resolvedAddress() {
    return address == null ? "127.0.0.1" : address;
  }

  public Duration resolvedHeartbeat() {
    return heartbeat == null ? Duration.ofSeconds(10) : heartbeat;
  }

  public Duration resolvedRequestWindow() {
    return requestWindow == null ? Duration.ofMinutes(2) : requestWindow;
  }

  public Duration resolvedMaxBackoff() {
    return maxBackoff == null ? Duration.ofSeconds(60) : maxBackoff;
  }

  public int resolvedMaxBodyBytes() {
    return maxBodyBytes == null ? 16 * 1024 * 1024 : maxBodyBytes;
  }
}
