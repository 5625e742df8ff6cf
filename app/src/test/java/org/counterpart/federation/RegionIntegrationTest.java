package org.counterpart.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.counterpart.audit.AuditTrail;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.RegionalAuthority;
import org.counterpart.federation.hub.FederatedNodes;
import org.counterpart.federation.node.HubLink;
import org.counterpart.support.Eventually;
import org.counterpart.support.FederationClient;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;

/** A hub and two nodes over real mutual TLS, each on its own PostgreSQL database. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegionIntegrationTest {

  private static final String HEARTBEAT = "/federation/v1/heartbeat";
  private static final String BODY = "{\"softwareVersion\":\"test\"}";

  static Path dir;
  static Path pki;
  static int federationPort;
  static String hubDatabase;
  static ConfigurableApplicationContext hub;
  static ConfigurableApplicationContext rs;
  static ConfigurableApplicationContext ba;

  @BeforeAll
  static void startRegion() throws IOException {
    dir = Files.createTempDirectory("region");
    pki = TestInstances.pki(dir.resolve("pki"), "RS", "BA");
    federationPort = TestInstances.freePort();
    hubDatabase = TestDatabases.newDatabase("hub");
    hub = TestInstances.hub(hubDatabase, dir.resolve("hub"), pki, federationPort);
    rs =
        TestInstances.node(
            "RS", TestDatabases.newDatabase("rs"), dir.resolve("rs"), pki, federationPort);
    ba =
        TestInstances.node(
            "BA", TestDatabases.newDatabase("ba"), dir.resolve("ba"), pki, federationPort);
  }

  @AfterAll
  static void stopRegion() {
    for (var context : new ConfigurableApplicationContext[] {rs, ba, hub}) {
      if (context != null) {
        context.close();
      }
    }
  }

  private static Credentials credentials(String base) throws IOException {
    return Credentials.load(
        pki.resolve(base + ".crt"), pki.resolve(base + ".key"), pki.resolve("ca.crt"));
  }

  private static FederationClient clientAs(String base) throws IOException {
    return new FederationClient(credentials(base).sslContext(), federationPort);
  }

  private static boolean connected(String country) {
    return hub.getBean(FederatedNodes.class).all().stream()
        .anyMatch(n -> n.country().equals(country) && n.connected());
  }

  @Test
  @Order(1)
  void nodesRegisterWithTheHubOverMutualTls() throws Exception {
    Eventually.within(
        Duration.ofSeconds(30), "RS and BA registered", () -> connected("RS") && connected("BA"));
    var nodes = hub.getBean(FederatedNodes.class).all();
    assertThat(nodes).extracting(FederatedNodes.FederatedNode::country).containsExactly("BA", "RS");
    assertThat(rs.getBean(HubLink.class).status().connected()).isTrue();
  }

  @Test
  @Order(2)
  void acceptsACorrectlySignedRequestOnce() throws Exception {
    var client = clientAs("node-RS");
    var headers =
        FederationClient.sign(
            credentials("node-RS"), Party.node("RS"), HEARTBEAT, BODY, Instant.now());
    assertThat(client.post(HEARTBEAT, BODY, headers).statusCode()).isEqualTo(200);
    var replay = client.post(HEARTBEAT, BODY, headers);
    assertThat(replay.statusCode()).isEqualTo(409);
    assertThat(replay.body()).contains("replayed");
  }

  @Test
  @Order(3)
  void refusesAClientWithoutACertificate() throws Exception {
    var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(credentials("node-RS").trustStore());
    SSLContext anonymous = SSLContext.getInstance("TLSv1.3");
    anonymous.init(null, trust.getTrustManagers(), null);
    var client = new FederationClient(anonymous, federationPort);
    var headers =
        FederationClient.sign(
            credentials("node-RS"), Party.node("RS"), HEARTBEAT, BODY, Instant.now());
    assertThatThrownBy(() -> client.post(HEARTBEAT, BODY, headers)).isInstanceOf(IOException.class);
  }

  @Test
  @Order(4)
  void refusesACertificateFromAnotherAuthority() throws Exception {
    var stranger =
        RegionalAuthority.openOrCreate(dir.resolve("stranger"), "Elsewhere")
            .issueEphemeral(Party.node("RS"));
    var keys = javax.net.ssl.KeyManagerFactory.getInstance("PKIX");
    keys.init(stranger.keyStore(), Credentials.IN_MEMORY);
    var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(credentials("node-RS").trustStore());
    SSLContext tls = SSLContext.getInstance("TLSv1.3");
    tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    var headers = FederationClient.sign(stranger, Party.node("RS"), HEARTBEAT, BODY, Instant.now());
    assertThatThrownBy(
            () -> new FederationClient(tls, federationPort).post(HEARTBEAT, BODY, headers))
        .isInstanceOf(IOException.class);
  }

  @Test
  @Order(5)
  void refusesANodeClaimingToBeAnother() throws Exception {
    // BA's valid certificate and key, signing a request that claims to come from RS.
    var headers =
        FederationClient.sign(
            credentials("node-BA"), Party.node("RS"), HEARTBEAT, BODY, Instant.now());
    var response = clientAs("node-BA").post(HEARTBEAT, BODY, headers);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(hub.getBean(AuditTrail.class).byActionPrefix("federation.request.refused", 10))
        .anySatisfy(e -> assertThat(e.details()).contains("used to claim urn:counterpart:node:RS"));
  }

  @Test
  @Order(6)
  void refusesAForgedSignature() throws Exception {
    // RS's certificate on the connection, but the signature made with BA's key.
    var headers =
        FederationClient.sign(
            credentials("node-BA"), Party.node("RS"), HEARTBEAT, BODY, Instant.now());
    var response = clientAs("node-RS").post(HEARTBEAT, BODY, headers);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("signature");
  }

  @Test
  @Order(7)
  void refusesAStaleRequest() throws Exception {
    var old = Instant.now().minus(Duration.ofMinutes(10));
    var headers =
        FederationClient.sign(credentials("node-RS"), Party.node("RS"), HEARTBEAT, BODY, old);
    var response = clientAs("node-RS").post(HEARTBEAT, BODY, headers);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("timestamp");
  }

  @Test
  @Order(8)
  void federationIsNotServedOnTheWebPort() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + TestInstances.webPort(hub) + HEARTBEAT))
                    .POST(HttpRequest.BodyPublishers.ofString(BODY))
                    .header("Content-Type", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isIn(401, 403, 404);
    assertThat(connected("RS")).isTrue();
  }

  @Test
  @Order(20)
  void aNodeKeepsWorkingWithoutTheHubAndReconnects() throws Exception {
    hub.close();
    HubLink link = rs.getBean(HubLink.class);
    Eventually.within(
        Duration.ofSeconds(15),
        "RS notices the hub is gone",
        () -> link.status().consecutiveErrors() > 0);
    var health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + TestInstances.webPort(rs) + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).contains("UP");
    Instant restarted = Instant.now();
    hub = TestInstances.hub(hubDatabase, dir.resolve("hub"), pki, federationPort);
    Eventually.within(
        Duration.ofSeconds(30),
        "RS reconnects by itself",
        () -> link.status().connected() && link.status().lastSuccessAt().isAfter(restarted));
    assertThat(connected("RS")).isTrue();
  }

  @Test
  @Order(9)
  void aCatalogueVersionPublishedOnTheHubReachesEveryNodeAndScreeningsRecordIt() throws Exception {
    var versions = hub.getBean(org.counterpart.screening.CatalogueVersions.class);
    assertThat(versions.latest().version()).isEqualTo(1);
    assertThatThrownBy(
            () -> versions.publish("id,dimension\nxx-bad,ZZ\n", null, "broken", "hubadmin"))
        .isInstanceOf(org.counterpart.system.InvalidInputException.class);
    assertThat(versions.latest().version()).isEqualTo(1);

    String retired =
        org.counterpart.core.screening.Catalogue.firstVersionText()
            .lines()
            .filter(line -> !line.startsWith("vd-personal-characteristics,"))
            .collect(java.util.stream.Collectors.joining("\n"));
    versions.publish(retired, null, "retire vd-personal-characteristics", "hubadmin");
    assertThat(versions.latest().version()).isEqualTo(2);

    for (var node : List.of(rs, ba)) {
      Eventually.within(
          Duration.ofSeconds(30),
          "version 2 pulled by a node",
          () ->
              node.getBean(org.counterpart.screening.NodeCatalogue.class).current().version() == 2);
    }
    var officer =
        new org.counterpart.cases.Actor(
            "officer.rs", java.util.Set.of(org.counterpart.identity.UserRole.FIRST_LINE_OFFICER));
    String reference =
        rs.getBean(org.counterpart.cases.CaseRegistry.class)
            .register(
                org.counterpart.support.SampleCases.oneVictim(
                    java.time.LocalDate.of(2026, 5, 2),
                    "Horgoš",
                    "Feminine",
                    "MK",
                    "Ana",
                    "Petrovska",
                    null),
                officer);
    var screenings = rs.getBean(org.counterpart.screening.Screenings.class);
    String pseudonym =
        rs.getBean(org.counterpart.cases.CaseReader.class)
            .view(reference, officer)
            .persons()
            .getFirst()
            .pseudonym();
    String id = screenings.start(reference, pseudonym, officer);
    assertThat(screenings.view(id, officer).catalogueVersion()).isEqualTo(2);
    var retiredAnswer =
        new org.counterpart.screening.Answers(
            30,
            true,
            null,
            "labour",
            false,
            List.of("vd-personal-characteristics"),
            false,
            false,
            false,
            null,
            false,
            null);
    assertThatThrownBy(() -> screenings.saveDraft(id, retiredAnswer, officer))
        .isInstanceOf(org.counterpart.system.InvalidInputException.class);
  }
}
