package org.counterpart.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.counterpart.cases.Actor;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.core.exchange.Seal;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.RegionalAuthority;
import org.counterpart.identity.UserRole;
import org.counterpart.support.Eventually;
import org.counterpart.support.FederationClient;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sealed messages between two contact points through a hub, over real mutual TLS on real
 * PostgreSQL. The couriers are driven by hand (their schedule is an hour here), so that each step
 * can be observed.
 */
class ExchangeIntegrationTest {

  static Path dir;
  static Path pki;
  static int federationPort;
  static ConfigurableApplicationContext hub;
  static ConfigurableApplicationContext rs;
  static ConfigurableApplicationContext ba;

  static final Actor OFFICER_RS = new Actor("officer.rs", Set.of(UserRole.FIRST_LINE_OFFICER));
  static final Actor ILECU_RS = new Actor("ilecu.rs", Set.of(UserRole.CONTACT_POINT));
  static final Actor OFFICER_BA = new Actor("officer.ba", Set.of(UserRole.FIRST_LINE_OFFICER));
  static final Actor ILECU_BA = new Actor("ilecu.ba", Set.of(UserRole.CONTACT_POINT));
  static final JsonMapper JSON = JsonMapper.builder().build();

  @BeforeAll
  static void startRegion() throws Exception {
    dir = Files.createTempDirectory("exchange");
    pki = TestInstances.pki(dir.resolve("pki"), "RS", "BA");
    federationPort = TestInstances.freePort();
    var hubProperties = TestInstances.common(TestDatabases.newDatabase("xhub"), dir.resolve("hub"));
    hubProperties.put("counterpart.role", "hub");
    hubProperties.put("counterpart.federation.pki-dir", pki.toString());
    hubProperties.put("counterpart.federation.port", String.valueOf(federationPort));
    hubProperties.put("counterpart.exchange.max-message-bytes", "200000");
    hub = TestInstances.start(hubProperties);
    rs = node("RS");
    ba = node("BA");
    Eventually.within(
        Duration.ofSeconds(30),
        "both nodes registered with their certificates",
        () ->
            hub.getBean(org.counterpart.federation.hub.FederatedNodes.class).certificates().size()
                == 2);
  }

  static ConfigurableApplicationContext node(String country) throws Exception {
    var properties =
        TestInstances.common(
            TestDatabases.newDatabase("x" + country.toLowerCase()),
            dir.resolve(country.toLowerCase()));
    properties.put("counterpart.role", "node");
    properties.put("counterpart.country", country);
    properties.put("counterpart.federation.pki-dir", pki.toString());
    properties.put("counterpart.federation.hub-url", "https://127.0.0.1:" + federationPort);
    // The test moves messages itself, step by step: no polling, no hand-over on commit, no wait.
    properties.put("counterpart.exchange.poll", "PT1H");
    properties.put("counterpart.exchange.send-on-commit", "false");
    properties.put("counterpart.exchange.long-poll", "PT0S");
    return TestInstances.start(properties);
  }

  @AfterAll
  static void stopRegion() {
    for (var context : new ConfigurableApplicationContext[] {rs, ba, hub}) {
      if (context != null) {
        context.close();
      }
    }
  }

  static Messages.Draft request(String to, String body) {
    return new Messages.Draft(
        to,
        MessageType.INFORMATION_REQUEST,
        Urgency.URGENT_DIRECT,
        "H2",
        null,
        "B",
        "2",
        "Known to you? Ref 17",
        body,
        null,
        null);
  }

  /** What RS's node would seal: spontaneous H0 information to BA. */
  static Payload payload(
      String id,
      String subject,
      String body,
      @org.jspecify.annotations.Nullable List<Payload.File> files) {
    return new Payload(
        id,
        "RS",
        "BA",
        MessageType.SPONTANEOUS_INFORMATION,
        "NORMAL",
        null,
        "H0",
        null,
        "A",
        "1",
        subject,
        body,
        null,
        Instant.now(),
        null,
        files);
  }

  static Credentials credentials(String country) throws java.io.IOException {
    return Credentials.load(
        pki.resolve("node-" + country + ".crt"),
        pki.resolve("node-" + country + ".key"),
        pki.resolve("ca.crt"));
  }

  static JdbcTemplate hubDb() {
    return hub.getBean(JdbcTemplate.class);
  }

  @Test
  void aRequestAndItsReplyRoundTripSealedAndTheHubHoldsNoReadableContent() {
    var rsMessages = rs.getBean(Messages.class);
    var baMessages = ba.getBean(Messages.class);
    String body = "Is Đorđe Petrović, born 1988-04-12, known to you? Phone +381 64 111 2233.";
    String id = rsMessages.draft(request("BA", body), OFFICER_RS);
    assertThatThrownBy(() -> rsMessages.send(id, OFFICER_RS))
        .as("officers draft; the contact point sends")
        .isInstanceOf(NotPermittedException.class);
    rsMessages.send(id, ILECU_RS);
    assertThat(rs.getBean(Courier.class).dispatch()).isGreaterThanOrEqualTo(1);

    // On the hub: metadata and ciphertext only.
    Map<String, Object> relayed =
        hubDb().queryForMap("select * from relay_message where id = ?::uuid", id);
    assertThat(relayed.keySet())
        .containsExactlyInAnyOrder(
            "id",
            "seq",
            "sender",
            "recipient",
            "priority",
            "deadline",
            "size_bytes",
            "sealed",
            "received_at",
            "delivered_at");
    String sealed = new String((byte[]) relayed.get("sealed"), StandardCharsets.ISO_8859_1);
    assertThat(sealed).doesNotContain("Petrovi", "Known to you", "+381 64", "1988-04-12");
    assertThat(relayed.get("sender")).isEqualTo("RS");
    assertThat(relayed.get("recipient")).isEqualTo("BA");

    assertThat(ba.getBean(Courier.class).receive()).isGreaterThanOrEqualTo(1);
    var inbox = baMessages.box("IN", ILECU_BA);
    assertThat(inbox).extracting(Messages.MessageView::id).contains(id);
    var received = baMessages.read(id, ILECU_BA);
    assertThat(received.body()).isEqualTo(body);
    assertThat(received.handlingCode()).isEqualTo("H2");
    assertThat(received.counterpart()).isEqualTo("RS");
    assertThat(received.deadline()).isNotNull();
    assertThat(
            hubDb()
                .queryForObject(
                    "select sealed is null and delivered_at is not null from relay_message where id = ?::uuid",
                    Boolean.class,
                    id))
        .as("the hub forgets the sealed bytes once delivered, keeps the log")
        .isTrue();

    String reply =
        baMessages.draft(
            new Messages.Draft(
                "RS",
                MessageType.REPLY,
                Urgency.NORMAL,
                "H1",
                null,
                "A",
                "1",
                "Re: Known to you? Ref 17",
                "Yes: two cases in 2025.",
                null,
                id),
            OFFICER_BA);
    baMessages.send(reply, ILECU_BA);
    ba.getBean(Courier.class).dispatch();
    rs.getBean(Courier.class).receive();
    var answered = rsMessages.read(reply, ILECU_RS);
    assertThat(answered.body()).isEqualTo("Yes: two cases in 2025.");
    assertThat(answered.inReplyTo()).isEqualTo(id);

    // Acknowledgements travel back sealed: delivered, read, then refused with a reason.
    assertThat(rsMessages.read(id, ILECU_RS).ackState()).isEqualTo("READ");
    assertThatThrownBy(() -> baMessages.answer(id, false, " ", ILECU_BA))
        .isInstanceOf(InvalidInputException.class);
    baMessages.answer(id, false, "outside our competence", ILECU_BA);
    ba.getBean(Courier.class).dispatch();
    rs.getBean(Courier.class).receive();
    var refused = rsMessages.read(id, ILECU_RS);
    assertThat(refused.ackState()).isEqualTo("REFUSED");
    assertThat(refused.ackReason()).isEqualTo("outside our competence");
    assertThat(rsMessages.box("IN", ILECU_RS))
        .as("acknowledgements are not shown as messages")
        .noneMatch(m -> m.type() == MessageType.ACKNOWLEDGEMENT);
    var bySubject =
        baMessages.box("IN", new Messages.Filter("RS", null, null, "ref 17", false), ILECU_BA);
    assertThat(bySubject).extracting(Messages.MessageView::id).contains(id);
    assertThat(baMessages.box("IN", new Messages.Filter("ME", null, null, null, false), ILECU_BA))
        .isEmpty();
    assertThat(
            baMessages.box(
                "IN",
                new Messages.Filter(null, MessageType.REPLY, null, "ref 17", false),
                ILECU_BA))
        .isEmpty();
    assertThat(
            baMessages.box("IN", new Messages.Filter(null, null, null, "100%_", false), ILECU_BA))
        .as("wildcards in the search text are taken literally")
        .isEmpty();
  }

  @Test
  void onlyTheContactPointSendsAndBadDraftsAreRefusedByField() {
    var messages = rs.getBean(Messages.class);
    String drafted = messages.draft(request("BA", "text"), OFFICER_RS);
    var prosecutor = new Actor("prosecutor.rs", Set.of(UserRole.PROSECUTOR));
    assertThatThrownBy(() -> messages.send(drafted, prosecutor))
        .isInstanceOfSatisfying(
            NotPermittedException.class,
            e -> assertThat(e.getMessage()).isEqualTo("exchange.only-contact-point"));
    assertThatThrownBy(() -> messages.read(drafted, prosecutor))
        .as("a message is read by its drafter and the contact point only")
        .isInstanceOf(NotPermittedException.class);
    var noHandling =
        new Messages.Draft(
            "ZZ",
            MessageType.INFORMATION_REQUEST,
            Urgency.NORMAL,
            null,
            null,
            "B",
            "2",
            " ",
            "x",
            null,
            null);
    assertThatThrownBy(() -> messages.draft(noHandling, OFFICER_RS))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field())
                    .containsExactlyInAnyOrder("recipient", "handlingCode", "subject"));
    var h3 =
        new Messages.Draft(
            "BA",
            MessageType.INFORMATION_REQUEST,
            Urgency.NORMAL,
            "H3",
            " ",
            "B",
            "2",
            "s",
            "x",
            null,
            null);
    assertThatThrownBy(() -> messages.draft(h3, OFFICER_RS))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void forgedReplayedMisaddressedAndOversizedMessagesAreRefusedAndNothingIsDoubled()
      throws Exception {
    Credentials rsCredentials = credentials("RS");
    Credentials baCredentials = credentials("BA");
    var client = new FederationClient(rsCredentials.sslContext(), federationPort);

    // Forged: signed under another authority, or by BA while RS sends it.
    var forger = RegionalAuthority.openOrCreate(dir.resolve("forger"), "Forged");
    byte[] forged =
        Seal.seal(
            "x".getBytes(), forger.issueEphemeral(Party.node("RS")), baCredentials.certificate());
    assertThat(refusal(client, rsCredentials, UUID.randomUUID().toString(), "BA", forged))
        .isEqualTo("signature-untrusted_signer");
    byte[] otherSigner = Seal.seal("x".getBytes(), baCredentials, baCredentials.certificate());
    assertThat(refusal(client, rsCredentials, UUID.randomUUID().toString(), "BA", otherSigner))
        .isEqualTo("signature-wrong_sender");
    assertThat(refusal(client, rsCredentials, UUID.randomUUID().toString(), "ME", otherSigner))
        .isEqualTo("unknown-recipient");
    byte[] big = Seal.seal(new byte[300_000], rsCredentials, baCredentials.certificate());
    assertThat(refusal(client, rsCredentials, UUID.randomUUID().toString(), "BA", big))
        .isEqualTo("too-large");
    assertThat(
            hubDb()
                .queryForObject(
                    "select count(*) from audit_log where action = 'relay.refused'", Integer.class))
        .isGreaterThanOrEqualTo(4);

    // Replayed: the same message twice is relayed and stored once. The payload is what a node
    // would seal: a real message from RS to BA.
    String id = UUID.randomUUID().toString();
    var payload = payload(id, "Replay test", "sent twice", null);
    byte[] sealed =
        Seal.seal(JSON.writeValueAsBytes(payload), rsCredentials, baCredentials.certificate());
    assertThat(refusal(client, rsCredentials, id, "BA", sealed)).isNull();
    assertThat(refusal(client, rsCredentials, id, "BA", sealed)).isNull();
    assertThat(
            hubDb()
                .queryForObject(
                    "select count(*) from relay_message where id = ?::uuid", Integer.class, id))
        .isEqualTo(1);
    ba.getBean(Courier.class).receive();
    ba.getBean(Courier.class).receive();
    assertThat(
            ba.getBean(JdbcTemplate.class)
                .queryForObject(
                    "select count(*) from exchange_message where id = ?::uuid", Integer.class, id))
        .isEqualTo(1);

    // A message whose sealed content names another id than its envelope is quarantined.
    String envelope = UUID.randomUUID().toString();
    assertThat(refusal(client, rsCredentials, envelope, "BA", sealed)).isNull();
    ba.getBean(Courier.class).receive();
    assertThat(
            ba.getBean(JdbcTemplate.class)
                .queryForObject(
                    "select status from exchange_message where id = ?::uuid",
                    String.class,
                    envelope))
        .isEqualTo("QUARANTINED");
  }

  @Test
  void aNodeCannotFetchMessagesAddressedToAnother() throws Exception {
    var messages = rs.getBean(Messages.class);
    String id = messages.draft(request("BA", "for BA only"), OFFICER_RS);
    messages.send(id, ILECU_RS);
    rs.getBean(Courier.class).dispatch();
    Credentials rsCredentials = credentials("RS");
    var client = new FederationClient(rsCredentials.sslContext(), federationPort);
    String body = "{\"max\":500,\"recipient\":\"BA\"}";
    var response =
        client.post(
            "/federation/v1/messages/pull",
            body,
            FederationClient.sign(
                rsCredentials,
                Party.node("RS"),
                "/federation/v1/messages/pull",
                body,
                Instant.now()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(id);
    String ack = "{\"ids\":[\"" + id + "\"]}";
    client.post(
        "/federation/v1/messages/ack",
        ack,
        FederationClient.sign(
            rsCredentials, Party.node("RS"), "/federation/v1/messages/ack", ack, Instant.now()));
    // Nor by naming it in a pull, where a node acknowledges what it stored from the one before.
    String pullAndAck = "{\"max\":1,\"waitMillis\":0,\"ack\":[\"" + id + "\"]}";
    assertThat(
            client
                .post(
                    "/federation/v1/messages/pull",
                    pullAndAck,
                    FederationClient.sign(
                        rsCredentials,
                        Party.node("RS"),
                        "/federation/v1/messages/pull",
                        pullAndAck,
                        Instant.now()))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            hubDb()
                .queryForObject(
                    "select delivered_at is null from relay_message where id = ?::uuid",
                    Boolean.class,
                    id))
        .as("RS cannot acknowledge, and so erase, a message for BA")
        .isTrue();
    ba.getBean(Courier.class).receive();
    assertThat(
            hubDb()
                .queryForObject(
                    "select delivered_at is not null and sealed is null from relay_message where id = ?::uuid",
                    Boolean.class,
                    id))
        .as("BA's own pull acknowledged it: the hub dropped the sealed bytes")
        .isTrue();
  }

  @Test
  void aWaitingPullIsAnsweredWhenAMessageArrives() throws Exception {
    Credentials baCredentials = credentials("BA");
    var client = new FederationClient(baCredentials.sslContext(), federationPort);
    String body = "{\"max\":500,\"waitMillis\":20000}";
    var pull =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return client
                    .post(
                        "/federation/v1/messages/pull",
                        body,
                        FederationClient.sign(
                            baCredentials,
                            Party.node("BA"),
                            "/federation/v1/messages/pull",
                            body,
                            Instant.now()))
                    .body();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    // The poll is waiting on the hub (a poll without wait would have answered empty by now).
    Thread.sleep(1500);
    var messages = rs.getBean(Messages.class);
    // Two in one hand-over: the hub stores them with one batched insert, then wakes BA.
    String id = messages.draft(request("BA", "long poll"), OFFICER_RS);
    messages.send(id, ILECU_RS);
    String second = messages.draft(request("BA", "long poll, second"), OFFICER_RS);
    messages.send(second, ILECU_RS);
    rs.getBean(Courier.class).dispatch();
    // Answered on arrival, long before the poll's 20 s are up (were it not woken, the same pull
    // would find them only at the end of its wait).
    assertThat(pull.get(8, java.util.concurrent.TimeUnit.SECONDS)).contains(id, second);
    ba.getBean(Courier.class).receive();
  }

  @Test
  void filesTravelSealedWithTheirMessageAndAreStampedOnExportWhenH1() throws Exception {
    var rsMessages = rs.getBean(Messages.class);
    var rsFiles = rs.getBean(MessageAttachments.class);
    var baFiles = ba.getBean(MessageAttachments.class);
    var draft = request("BA", "See the attached statement.");
    String id =
        rsMessages.draft(
            new Messages.Draft(
                draft.recipient(),
                draft.type(),
                draft.urgency(),
                "H1",
                null,
                draft.sourceCode(),
                draft.informationCode(),
                "Statement attached",
                draft.body(),
                null,
                null),
            OFFICER_RS);
    String marker = "Statement of Đorđe Petrović, passport 009912345";
    byte[] text = marker.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] pdf;
    try (var document = new org.counterpart.system.PdfText("Statement", "en", "test")) {
      pdf = document.paragraph(marker).bytes();
    }
    rsFiles.attach(id, "statement.txt", text, OFFICER_RS);
    rsFiles.attach(id, "statement.pdf", pdf, OFFICER_RS);
    byte[] locked;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf);
        var out = new java.io.ByteArrayOutputStream()) {
      var policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner", "user", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      document.protect(policy);
      document.save(out);
      locked = out.toByteArray();
    }
    rsFiles.attach(id, "locked.pdf", locked, OFFICER_RS);

    // Bad files are refused by field and change nothing.
    assertThatThrownBy(() -> rsFiles.attach(id, "x.bin", new byte[] {0, 1, 2, 0}, OFFICER_RS))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("file", "attachment.wrong-type")));
    assertThatThrownBy(() -> rsFiles.attach(id, "empty.txt", new byte[0], OFFICER_RS))
        .isInstanceOf(InvalidInputException.class);
    assertThat(rsFiles.list(id)).hasSize(3);

    rsMessages.send(id, ILECU_RS);
    assertThatThrownBy(() -> rsFiles.attach(id, "late.txt", text, ILECU_RS))
        .as("a sent message takes no more files")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("file", "exchange.attachments-only-drafts")));
    rs.getBean(Courier.class).dispatch();
    byte[] relayed =
        hubDb()
            .queryForObject(
                "select sealed from relay_message where id = ?::uuid", byte[].class, id);
    assertThat(new String(relayed, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("the hub holds the files sealed")
        .doesNotContain("Petrovi", "009912345", "Statement");

    ba.getBean(Courier.class).receive();
    var received = baFiles.list(id);
    assertThat(received)
        .extracting(MessageAttachments.Attachment::fileName)
        .containsExactly("statement.txt", "statement.pdf", "locked.pdf");
    assertThat(received.get(1).sha256()).isEqualTo(rsFiles.list(id).get(1).sha256());

    String stamp = "NOT FOR JUDICIAL PROCEEDINGS WITHOUT PERMISSION";
    var exportedText = baFiles.export(id, received.get(0).id(), ILECU_BA, stamp);
    assertThat(new String(exportedText.content(), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith(stamp)
        .contains(marker);
    var exportedPdf = baFiles.export(id, received.get(1).id(), ILECU_BA, stamp);
    try (var document = org.apache.pdfbox.Loader.loadPDF(exportedPdf.content())) {
      String pageText = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(pageText).contains(stamp).contains("Đorđe Petrović");
    }
    assertThatThrownBy(() -> baFiles.export(id, received.get(2).id(), ILECU_BA, stamp))
        .as("a PDF that cannot be stamped is not exported unstamped")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("file", "exchange.attachment-cannot-stamp")));
    assertThat(
            ba.getBean(JdbcTemplate.class)
                .queryForObject(
                    "select count(*) from audit_log where action = 'message.attachment-exported'"
                        + " and object_id = ?",
                    Integer.class,
                    id))
        .isEqualTo(2);
    assertThatThrownBy(
            () ->
                baFiles.export(
                    id,
                    received.get(0).id(),
                    new Actor("officer.ba", Set.of(UserRole.FIRST_LINE_OFFICER)),
                    stamp))
        .isInstanceOf(NotPermittedException.class);
  }

  @Test
  void aFileThatDoesNotMatchItsDigestQuarantinesTheMessage() throws Exception {
    Credentials rsCredentials = credentials("RS");
    Credentials baCredentials = credentials("BA");
    var client = new FederationClient(rsCredentials.sslContext(), federationPort);
    String id = UUID.randomUUID().toString();
    byte[] content = "a statement".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var payload =
        payload(
            id,
            "Swapped file",
            "the file was changed after its digest",
            List.of(new Payload.File("s.txt", "text/plain", "0".repeat(64), content)));
    byte[] sealed =
        Seal.seal(JSON.writeValueAsBytes(payload), rsCredentials, baCredentials.certificate());
    assertThat(refusal(client, rsCredentials, id, "BA", sealed)).isNull();
    ba.getBean(Courier.class).receive();
    assertThat(
            ba.getBean(JdbcTemplate.class)
                .queryForMap(
                    "select status, quarantine_reason from exchange_message where id = ?::uuid",
                    id))
        .containsEntry("status", "QUARANTINED")
        .hasEntrySatisfying(
            "quarantine_reason", reason -> assertThat((String) reason).contains("SHA-256"));
    assertThat(ba.getBean(MessageAttachments.class).list(id)).isEmpty();
  }

  @Test
  void aMessageTheStoreCannotTakeIsQuarantinedAloneAndTheRestOfTheBatchArrives() throws Exception {
    Credentials rsCredentials = credentials("RS");
    Credentials baCredentials = credentials("BA");
    var client = new FederationClient(rsCredentials.sslContext(), federationPort);
    // Signed by RS, well-formed JSON, but without a type: the inbox table refuses it.
    String broken = UUID.randomUUID().toString();
    var good = payload(UUID.randomUUID().toString(), "After the broken one", "fine", null);
    var typeless =
        new Payload(
            broken,
            "RS",
            "BA",
            null,
            "NORMAL",
            null,
            "H0",
            null,
            "A",
            "1",
            "No type",
            "x",
            null,
            Instant.now(),
            null,
            null);
    for (var payload : List.of(typeless, good)) {
      byte[] sealed =
          Seal.seal(JSON.writeValueAsBytes(payload), rsCredentials, baCredentials.certificate());
      assertThat(refusal(client, rsCredentials, payload.id(), "BA", sealed)).isNull();
    }
    ba.getBean(Courier.class).receive();
    var inbox = ba.getBean(JdbcTemplate.class);
    assertThat(
            inbox.queryForObject(
                "select status from exchange_message where id = ?::uuid", String.class, broken))
        .isEqualTo("QUARANTINED");
    assertThat(
            inbox.queryForObject(
                "select status from exchange_message where id = ?::uuid", String.class, good.id()))
        .isEqualTo("RECEIVED");
    assertThat(
            hubDb()
                .queryForObject(
                    "select count(*) from relay_message where recipient = 'BA' and delivered_at is null",
                    Integer.class))
        .as("the batch was acknowledged: the hub does not offer it again")
        .isZero();
  }

  @Test
  void aFileWithoutADeclaredTypeQuarantinesItsMessage() throws Exception {
    Credentials rsCredentials = credentials("RS");
    Credentials baCredentials = credentials("BA");
    var client = new FederationClient(rsCredentials.sslContext(), federationPort);
    byte[] binary = {0, 1, 2, 3, 0};
    String digest =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(binary));
    var payload =
        payload(
            UUID.randomUUID().toString(),
            "Untyped file",
            "x",
            List.of(new Payload.File("x.bin", null, digest, binary)));
    byte[] sealed =
        Seal.seal(JSON.writeValueAsBytes(payload), rsCredentials, baCredentials.certificate());
    assertThat(refusal(client, rsCredentials, payload.id(), "BA", sealed)).isNull();
    ba.getBean(Courier.class).receive();
    assertThat(
            ba.getBean(JdbcTemplate.class)
                .queryForObject(
                    "select quarantine_reason from exchange_message where id = ?::uuid",
                    String.class,
                    payload.id()))
        .contains("not of the type it claims");
  }

  @Test
  void aNodeThatWasAwayReceivesEverythingOnceAndInOrderWhenItReturns() {
    // BA does not pull while RS sends: the hub keeps the messages, in the order it received them.
    var rsMessages = rs.getBean(Messages.class);
    List<String> sent = new java.util.ArrayList<>();
    for (int i = 0; i < 150; i++) {
      String id = rsMessages.draft(request("BA", "while away " + i), OFFICER_RS);
      rsMessages.send(id, ILECU_RS);
      sent.add(id);
      if (i % 40 == 39) {
        rs.getBean(Courier.class).dispatch();
      }
    }
    rs.getBean(Courier.class).dispatch();
    // Back: more than one pull's worth (100) arrives in one go, each message once, in the order
    // sent; the receiver goes on pulling while batches keep coming.
    assertThat(ba.getBean(Courier.class).receive()).isGreaterThanOrEqualTo(150);
    assertThat(ba.getBean(Courier.class).receive()).isZero();
    List<String> received =
        ba.getBean(JdbcTemplate.class)
            .queryForList(
                "select object_id from audit_log where action = 'message.received'"
                    + " and object_id = any(?) order by sequence",
                String.class,
                (Object) sent.toArray(String[]::new));
    assertThat(received).containsExactlyElementsOf(sent);
  }

  @Test
  void anH2ItemGoesToAThirdCountryOnlyWithTheOriginatorsRecordedPermission() {
    var rsMessages = rs.getBean(Messages.class);
    var baMessages = ba.getBean(Messages.class);
    String id = rsMessages.draft(request("BA", "H2 content about a suspect"), OFFICER_RS);
    rsMessages.send(id, ILECU_RS);
    rs.getBean(Courier.class).dispatch();
    ba.getBean(Courier.class).receive();
    ba.getBean(Courier.class).dispatch();
    rs.getBean(Courier.class).receive();
    assertThat(
            rs.getBean(JdbcTemplate.class)
                .queryForObject(
                    "select ack_state from exchange_message where id = ?::uuid", String.class, id))
        .as("one DELIVERED acknowledgement per batch names every message of it")
        .isEqualTo("DELIVERED");

    assertThatThrownBy(() -> baMessages.forward(id, "ME", ILECU_BA))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new org.counterpart.system.FieldProblem(
                            "recipient", "exchange.h2-needs-permission")));
    assertThat(
            ba.getBean(JdbcTemplate.class)
                .queryForObject(
                    "select count(*) from exchange_message where forwarded_from = ?::uuid",
                    Integer.class,
                    id))
        .isZero();
    assertThatThrownBy(() -> baMessages.forward(id, "ME", OFFICER_BA))
        .isInstanceOf(NotPermittedException.class);

    baMessages.recordPermission(id, "ME", "RS reply 2026/117", ILECU_BA);
    String forwarded = baMessages.forward(id, "ME", ILECU_BA);
    var draft = baMessages.read(forwarded, ILECU_BA);
    assertThat(draft.handlingCode()).as("the handling code travels with the item").isEqualTo("H2");
    assertThat(draft.counterpart()).isEqualTo("ME");
    assertThat(draft.body()).isEqualTo("H2 content about a suspect");
    assertThatThrownBy(() -> baMessages.forward(id, "HR", ILECU_BA))
        .as("the permission names one country")
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anUnansweredRequestIsRemindedThenEscalatedAndAReplyStopsTheClock() {
    var rsMessages = rs.getBean(Messages.class);
    var baMessages = ba.getBean(Messages.class);
    var watch = ba.getBean(DeadlineWatch.class);
    String late = rsMessages.draft(request("BA", "urgent: 8 hours"), OFFICER_RS);
    String answered = rsMessages.draft(request("BA", "urgent too"), OFFICER_RS);
    rsMessages.send(late, ILECU_RS);
    rsMessages.send(answered, ILECU_RS);
    rs.getBean(Courier.class).dispatch();
    ba.getBean(Courier.class).receive();
    Instant deadline = baMessages.read(late, ILECU_BA).deadline();
    assertThat(deadline).isNotNull();

    String reply =
        baMessages.draft(
            new Messages.Draft(
                "RS",
                MessageType.REPLY,
                Urgency.NORMAL,
                "H0",
                null,
                "A",
                "1",
                "Re",
                "No record.",
                null,
                answered),
            ILECU_BA);
    baMessages.send(reply, ILECU_BA);

    var early = watch.check(deadline.minus(Duration.ofHours(5)));
    assertThat(early.reminded()).doesNotContain(late);
    var threeQuarters = watch.check(deadline.minus(Duration.ofHours(1)));
    assertThat(threeQuarters.reminded()).contains(late).doesNotContain(answered);
    assertThat(threeQuarters.escalated()).doesNotContain(late);
    var after = watch.check(deadline.plus(Duration.ofMinutes(1)));
    assertThat(after.escalated()).contains(late).doesNotContain(answered);
    assertThat(watch.check(deadline.plus(Duration.ofHours(2))).escalated())
        .as("escalated once")
        .doesNotContain(late);
    assertThat(watch.escalated()).extracting(DeadlineWatch.Overdue::id).contains(late);
  }

  @Test
  void aMutualLegalAssistanceRequestIsNotSentButBecomesALetterOfRequest() throws Exception {
    var prosecutor = new Actor("prosecutor.rs", Set.of(UserRole.PROSECUTOR));
    var messages = rs.getBean(Messages.class);
    String id =
        messages.draft(
            new Messages.Draft(
                "BA",
                MessageType.MLA_REQUEST,
                Urgency.NORMAL,
                "H1",
                null,
                "A",
                "1",
                "Bank records of Company X",
                "Please provide certified copies of the bank statements of Company X for 2025.",
                "RS-2026-000009",
                null),
            prosecutor);
    assertThatThrownBy(() -> messages.send(id, ILECU_RS))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.message())
                    .containsExactly("exchange.mla-not-sent"));
    var letters = rs.getBean(LetterOfRequest.class);
    byte[] pdf = letters.pdf(id, prosecutor, java.util.Locale.ENGLISH);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Letter of request",
              "bank statements of Company X",
              "Article 18",
              "Not for judicial proceedings",
              "RS-2026-000009");
    }
    assertThatThrownBy(() -> letters.pdf(id, OFFICER_RS, java.util.Locale.ENGLISH))
        .isInstanceOf(NotPermittedException.class);
    assertThat(messages.thread("RS-2026-000009", prosecutor))
        .extracting(Messages.MessageView::id)
        .containsExactly(id);
  }

  @Test
  void anIncomingRequestIsCheckedAgainstTheReceivingNodesOwnCases() {
    var officerBa = new Actor("officer.ba", Set.of(UserRole.FIRST_LINE_OFFICER));
    String reference =
        ba.getBean(org.counterpart.cases.CaseRegistry.class)
            .register(
                org.counterpart.support.SampleCases.oneVictim(
                    java.time.LocalDate.of(2026, 2, 1),
                    "Bijeljina",
                    "Masculine",
                    "RS",
                    "Ђорђе",
                    "Петровић",
                    java.time.LocalDate.of(1988, 4, 12)),
                officerBa);
    var rsMessages = rs.getBean(Messages.class);
    String id =
        rsMessages.draft(
            new Messages.Draft(
                "BA",
                MessageType.INFORMATION_REQUEST,
                Urgency.NORMAL,
                "H0",
                null,
                "B",
                "2",
                "Known to you? Ref 88",
                "Do you know this person?",
                null,
                null,
                new Subject("Djordje Petrovic", java.time.LocalDate.of(1988, 4, 12), null, null)),
            OFFICER_RS);
    var badPhone =
        new Messages.Draft(
            "BA",
            MessageType.INFORMATION_REQUEST,
            Urgency.NORMAL,
            "H0",
            null,
            "B",
            "2",
            "s",
            "b",
            null,
            null,
            new Subject("X", null, "not a phone", null));
    assertThatThrownBy(() -> rsMessages.draft(badPhone, OFFICER_RS))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field())
                    .containsExactly("subject.phone"));
    rsMessages.send(id, ILECU_RS);
    rs.getBean(Courier.class).dispatch();
    ba.getBean(Courier.class).receive();

    var checks = ba.getBean(Messages.class).crossCheck(id, ILECU_BA);
    assertThat(checks).hasSize(1);
    assertThat(checks.getFirst().subject().name()).isEqualTo("Djordje Petrovic");
    assertThat(checks.getFirst().hits())
        .anySatisfy(hit -> assertThat(hit.caseReferences()).contains(reference));
    assertThat(checks.getFirst().hits())
        .as("the contact point is not on the case team: pseudonyms only")
        .allSatisfy(hit -> assertThat(hit.identity()).isNull());
    assertThat(
            new String(
                ba.getBean(JdbcTemplate.class)
                    .queryForObject(
                        "select subjects from exchange_message where id = ?::uuid",
                        byte[].class,
                        id),
                StandardCharsets.ISO_8859_1))
        .as("the persons of a request are encrypted at rest")
        .doesNotContain("Djordje", "1988-04-12");
  }

  private static String refusal(
      FederationClient client, Credentials as, String id, String recipient, byte[] sealed)
      throws Exception {
    String body =
        JSON.writeValueAsString(
            Map.of(
                "messages",
                List.of(
                    Map.of(
                        "id",
                        id,
                        "recipient",
                        recipient,
                        "priority",
                        "NORMAL",
                        "sealed",
                        Base64.getEncoder().encodeToString(sealed)))));
    var response =
        client.post(
            "/federation/v1/messages",
            body,
            FederationClient.sign(
                as, Party.node("RS"), "/federation/v1/messages", body, Instant.now()));
    assertThat(response.statusCode()).isEqualTo(200);
    var refused = JSON.readTree(response.body()).get("refused");
    return refused.isEmpty() ? null : refused.get(0).get("reason").stringValue();
  }
}
