package org.counterpart.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.counterpart.CounterpartApplication;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.RegionalAuthority;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts real hub and node instances in the test JVM, each with its own database. */
public final class TestInstances {

  public static final String DEMO_PASSWORD = "demo-password-for-tests";

  private TestInstances() {}

  /** Creates a regional authority and credentials for the hub and the given countries. */
  public static Path pki(Path dir, String... countries) {
    try {
      var authority = RegionalAuthority.openOrCreate(dir.resolve("authority"), "Test region");
      authority.credentialsFor(Party.hub(), dir);
      for (String country : countries) {
        authority.credentialsFor(Party.node(country), dir);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int freePort() {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Map<String, Object> common(String databaseUrl, Path dataDir) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", "0");
    properties.put("counterpart.data-dir", dataDir.toString());
    properties.put("counterpart.db.url", databaseUrl);
    properties.put("counterpart.db.user", TestDatabases.APP_USER);
    properties.put("counterpart.db.password", TestDatabases.APP_PASSWORD);
    properties.put("counterpart.db.admin-user", "postgres");
    properties.put("counterpart.db.admin-password", "");
    properties.put("counterpart.db.pool-size", "4");
    properties.put("counterpart.demo.enabled", "true");
    properties.put("counterpart.demo.password", DEMO_PASSWORD);
    properties.put("counterpart.demo.cases", "0");
    properties.put("counterpart.federation.heartbeat", "PT0.5S");
    properties.put("counterpart.federation.max-backoff", "PT1S");
    properties.put("counterpart.screening.catalogue-poll", "PT1S");
    properties.put("logging.level.root", "WARN");
    // Tests stop instances at once; a deployment drains requests first (server.shutdown=graceful).
    properties.put("server.shutdown", "immediate");
    properties.put("spring.lifecycle.timeout-per-shutdown-phase", "2s");
    return properties;
  }

  public static ConfigurableApplicationContext hub(
      String databaseUrl, Path dataDir, Path pki, int federationPort) {
    Map<String, Object> properties = common(databaseUrl, dataDir);
    properties.put("counterpart.role", "hub");
    properties.put("counterpart.federation.pki-dir", pki.toString());
    properties.put("counterpart.federation.port", String.valueOf(federationPort));
    return start(properties);
  }

  public static ConfigurableApplicationContext node(
      String country, String databaseUrl, Path dataDir, Path pki, int federationPort) {
    return node(country, databaseUrl, dataDir, pki, federationPort, Map.of());
  }

  /** A node with further properties of the test's own. */
  public static ConfigurableApplicationContext node(
      String country,
      String databaseUrl,
      Path dataDir,
      Path pki,
      int federationPort,
      Map<String, Object> extra) {
    Map<String, Object> properties = common(databaseUrl, dataDir);
    properties.putAll(extra);
    properties.put("counterpart.role", "node");
    properties.put("counterpart.country", country);
    properties.put("counterpart.federation.pki-dir", pki.toString());
    properties.put("counterpart.federation.hub-url", "https://127.0.0.1:" + federationPort);
    return start(properties);
  }

  public static ConfigurableApplicationContext start(Map<String, Object> properties) {
    // Command-line arguments outrank application.yml; default properties would not.
    String[] args =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(CounterpartApplication.class).run(args);
  }

  public static int webPort(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
