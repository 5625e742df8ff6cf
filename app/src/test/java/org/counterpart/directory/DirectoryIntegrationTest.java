package org.counterpart.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.support.Eventually;
import org.counterpart.support.FederationClient;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The regional directory between Serbia, Bosnia and Herzegovina and Montenegro through a hub, over
 * real mutual TLS on real PostgreSQL: an entry edited on one node reaches the others, survives the
 * hub being down, and only its country edits it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryIntegrationTest {

  static Path dir;
  static Path pki;
  static int federationPort;
  static Map<String, Object> hubProperties;
  static ConfigurableApplicationContext hub;
  static ConfigurableApplicationContext rs;
  static ConfigurableApplicationContext ba;
  static ConfigurableApplicationContext me;
  static UUID rsContactPoint;

  @BeforeAll
  static void startRegion() throws Exception {
    dir = Files.createTempDirectory("directory");
    pki = TestInstances.pki(dir.resolve("pki"), "RS", "BA", "ME");
    federationPort = TestInstances.freePort();
    hubProperties = TestInstances.common(TestDatabases.newDatabase("dhub"), dir.resolve("hub"));
    hubProperties.put("counterpart.role", "hub");
    hubProperties.put("counterpart.federation.pki-dir", pki.toString());
    hubProperties.put("counterpart.federation.port", String.valueOf(federationPort));
    hub = TestInstances.start(hubProperties);
    Map<String, Object> fast =
        Map.of(
            "counterpart.directory.sync-interval", "PT0.3S", "counterpart.demo.directory", "false");
    rs = node("RS", fast);
    ba = node("BA", fast);
    me = node("ME", fast);
  }

  static ConfigurableApplicationContext node(String country, Map<String, Object> extra) {
    return TestInstances.node(
        country,
        TestDatabases.newDatabase("d" + country.toLowerCase()),
        dir.resolve(country.toLowerCase()),
        pki,
        federationPort,
        extra);
  }

  @AfterAll
  static void stopRegion() {
    for (var context : new ConfigurableApplicationContext[] {rs, ba, me, hub}) {
      if (context != null) {
        context.close();
      }
    }
  }

  static Directory directory(ConfigurableApplicationContext node) {
    return node.getBean(Directory.class);
  }

  static JdbcTemplate db(ConfigurableApplicationContext context) {
    return context.getBean(JdbcTemplate.class);
  }

  static EntryForm form(Map<String, String> values) {
    return EntryForm.of(values);
  }

  static Map<String, String> contactPoint(String hours) {
    Map<String, String> v = new HashMap<>();
    v.put("kind", "CONTACT_POINT");
    v.put("name", "Национална контакт тачка (ILECU), МУП Србије");
    v.put("place", "Београд");
    v.put("phones", "011 306 2000, +381 64 892 1111");
    v.put("emails", "ILECU@mup.gov.rs");
    v.put("languages", "sr, en");
    v.put("hours", hours);
    v.put("competences", "INVESTIGATION");
    return v;
  }

  static Map<String, String> interpreter(
      String name, String place, String languages, String days, String away) {
    Map<String, String> v = new HashMap<>();
    v.put("kind", "INTERPRETER");
    v.put("name", name);
    v.put("person", name);
    v.put("place", place);
    v.put("languages", languages);
    v.put("days", days);
    v.put("phones", "+387 61 222 333");
    v.put("accreditation", "court interpreter");
    v.put("remote", "true");
    v.put("onSite", "true");
    if (!away.isEmpty()) {
      v.put("awayFrom", away);
      v.put("awayUntil", away);
    }
    return v;
  }

  @Test
  @Order(1)
  void anEntryEditedOnOneNodeReachesEveryOtherNode() throws Exception {
    rsContactPoint = directory(rs).add(form(contactPoint("24/7")), "admin.rs");
    var kept = directory(rs).find(rsContactPoint).orElseThrow().value();
    assertThat(kept.phones()).containsExactly("+381113062000", "+381648921111");
    assertThat(kept.emails()).containsExactly("ilecu@mup.gov.rs");

    for (var node : new ConfigurableApplicationContext[] {ba, me}) {
      Eventually.within(
          Duration.ofSeconds(60),
          "the entry reaches " + directory(node).country(),
          () -> directory(node).find(rsContactPoint).isPresent());
    }
    directory(rs).change(rsContactPoint, form(contactPoint("Mon–Fri 07:30–15:30")), "admin.rs");
    for (var node : new ConfigurableApplicationContext[] {ba, me}) {
      Eventually.within(
          Duration.ofSeconds(60),
          "version 2 reaches " + directory(node).country(),
          () ->
              directory(node).find(rsContactPoint).orElseThrow().version() == 2
                  && "Mon–Fri 07:30–15:30"
                      .equals(directory(node).find(rsContactPoint).orElseThrow().value().hours()));
    }
    assertThat(directory(me).history(rsContactPoint)).extracting("version").containsExactly(2, 1);
    assertThat(
            db(rs)
                .queryForObject(
                    "select count(*) from audit_log where action = 'regional.saved'"
                        + " and object_id = ?",
                    Integer.class,
                    rsContactPoint.toString()))
        .as("every change audited on the owner's node")
        .isEqualTo(2);
  }

  @Test
  @Order(2)
  void aNodeCannotEditAnotherCountrysEntries() throws Exception {
    assertThatThrownBy(
            () -> directory(ba).change(rsContactPoint, form(contactPoint("never")), "admin.ba"))
        .isInstanceOf(NotOwnerException.class)
        .extracting(e -> ((NotOwnerException) e).owner())
        .isEqualTo("RS");
    assertThatThrownBy(() -> directory(ba).remove(rsContactPoint, "admin.ba"))
        .isInstanceOf(NotOwnerException.class);
    assertThat(directory(ba).find(rsContactPoint).orElseThrow().version()).isEqualTo(2);

    // Nor through the hub: BA's node pushing a record in RS's name is refused whole.
    var baCredentials =
        Credentials.load(
            pki.resolve("node-BA.crt"), pki.resolve("node-BA.key"), pki.resolve("ca.crt"));
    var client = new FederationClient(baCredentials.sslContext(), federationPort);
    String body =
        "{\"records\":[{\"kind\":\"directory\",\"id\":\""
            + rsContactPoint
            + "\",\"country\":\"RS\",\"version\":99,\"body\":{\"name\":\"forged\"},"
            + "\"deleted\":false}]}";
    var response =
        client.post(
            "/federation/v1/records/push",
            body,
            FederationClient.sign(
                baCredentials,
                Party.node("BA"),
                "/federation/v1/records/push",
                body,
                java.time.Instant.now()));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(
            db(hub)
                .queryForObject(
                    "select version from regional_record where id = ?",
                    Integer.class,
                    rsContactPoint))
        .isEqualTo(2);
  }

  @Test
  @Order(2)
  void noCountryTakesOverAnIdAnotherCountryHolds() throws Exception {
    var baCredentials =
        Credentials.load(
            pki.resolve("node-BA.crt"), pki.resolve("node-BA.key"), pki.resolve("ca.crt"));
    var client = new FederationClient(baCredentials.sslContext(), federationPort);
    UUID fresh = UUID.randomUUID();
    String body =
        "{\"records\":[{\"kind\":\"directory\",\"id\":\""
            + rsContactPoint
            + "\",\"country\":\"BA\",\"version\":99,\"body\":{\"name\":\"squatted\"},"
            + "\"deleted\":false},{\"kind\":\"test-note\",\"id\":\""
            + fresh
            + "\",\"country\":\"BA\",\"version\":1,\"body\":{\"text\":\"ours\"},"
            + "\"deleted\":false}]}";
    var response =
        client.post(
            "/federation/v1/records/push",
            body,
            FederationClient.sign(
                baCredentials,
                Party.node("BA"),
                "/federation/v1/records/push",
                body,
                java.time.Instant.now()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"refused\":[{\"kind\":\"directory\"");
    assertThat(
            db(hub)
                .queryForObject(
                    "select country || version from regional_record where id = ?",
                    String.class,
                    rsContactPoint))
        .as("Serbia's record untouched")
        .isEqualTo("RS2");
    assertThat(
            db(hub)
                .queryForObject(
                    "select count(*) from regional_record where id = ?", Integer.class, fresh))
        .as("the rest of the push is kept")
        .isEqualTo(1);
  }

  @Test
  @Order(3)
  void badInputNamesEachFieldAndKeepsNothing() {
    int before = db(rs).queryForObject("select count(*) from regional_record", Integer.class);
    Map<String, String> v = interpreter("Ali Rahimi", "Niš", "ps, martian, qq", "MON", "");
    v.put("phones", "+381 64 12");
    v.put("emails", "ali at example");
    v.put("countries", "RS, YU");
    assertThatThrownBy(() -> directory(rs).add(form(v), "admin.rs"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::message)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple("phones", "validation.phone"),
                        org.assertj.core.groups.Tuple.tuple("emails", "validation.email"),
                        org.assertj.core.groups.Tuple.tuple(
                            "languages", "directory.error.language"),
                        org.assertj.core.groups.Tuple.tuple("countries", "validation.country")));
    assertThat(db(rs).queryForObject("select count(*) from regional_record", Integer.class))
        .isEqualTo(before);
  }

  @Test
  @Order(4)
  void anUncommonLanguageIsFoundAcrossCountriesByAvailability() throws Exception {
    LocalDate tomorrow = LocalDate.now().plusDays(1);
    String weekday = tomorrow.getDayOfWeek().name().substring(0, 3);
    String otherDay = tomorrow.plusDays(1).getDayOfWeek().name().substring(0, 3);
    UUID inRs =
        directory(rs)
            .add(form(interpreter("Ахмад Карими", "Прешево", "ps, fa", weekday, "")), "admin.rs");
    UUID inBa =
        directory(ba)
            .add(
                form(interpreter("Zarmina Wardak", "Bihać", "Pashto, prs", weekday, "")),
                "admin.ba");
    UUID away =
        directory(ba)
            .add(
                form(interpreter("Nasir Ahmadzai", "Sarajevo", "ps", "", tomorrow.toString())),
                "admin.ba");
    UUID wrongDay =
        directory(rs)
            .add(form(interpreter("Omid Jalali", "Beograd", "ps", otherDay, "")), "admin.rs");
    UUID urduOnly =
        directory(ba).add(form(interpreter("Imran Qureshi", "Tuzla", "ur", "", "")), "admin.ba");
    Eventually.within(
        Duration.ofSeconds(60),
        "every interpreter reaches Montenegro",
        () ->
            Set.of(inRs, inBa, away, wrongDay, urduOnly).stream()
                .allMatch(id -> directory(me).find(id).isPresent()));

    var found =
        directory(me)
            .search(
                new DirectoryQuery(
                    null, EntryKind.INTERPRETER, null, "ps", Set.of("RS", "BA"), tomorrow, false));
    assertThat(found).extracting(Directory.Entry::id).containsExactlyInAnyOrder(inRs, inBa);
    assertThat(
            directory(me)
                .search(new DirectoryQuery("karimi", null, null, null, Set.of(), null, false)))
        .as("a Cyrillic name is found by its Latin spelling")
        .extracting(Directory.Entry::id)
        .containsExactly(inRs);
  }

  @Test
  @Order(5)
  void aRemovalAndANarrowedAudienceReachTheOtherNodes() throws Exception {
    UUID helpline =
        directory(rs)
            .add(
                form(
                    new HashMap<>(
                        Map.of("kind", "HELPLINE", "name", "Linija 0800", "place", "Niš"))),
                "admin.rs");
    Eventually.within(
        Duration.ofSeconds(60),
        "the helpline reaches Montenegro",
        () -> directory(me).find(helpline).isPresent());
    directory(rs).remove(helpline, "admin.rs");
    Eventually.within(
        Duration.ofSeconds(60),
        "its removal too",
        () -> directory(me).find(helpline).isEmpty() && directory(ba).find(helpline).isEmpty());

    // A record meant for Bosnia and Herzegovina and Montenegro, then for Montenegro alone.
    var records = rs.getBean(RegionalRecords.class);
    UUID note = UUID.randomUUID();
    records.save(
        "test-note", note, Map.of("text", "for BA and ME"), Set.of("BA", "ME"), "ilecu.rs");
    Eventually.within(
        Duration.ofSeconds(60),
        "the note reaches both",
        () ->
            ba.getBean(RegionalRecords.class).find("test-note", note, Map.class).isPresent()
                && me.getBean(RegionalRecords.class)
                    .find("test-note", note, Map.class)
                    .isPresent());
    records.save("test-note", note, Map.of("text", "for ME only"), Set.of("ME"), "ilecu.rs");
    Eventually.within(
        Duration.ofSeconds(60),
        "Bosnia and Herzegovina no longer holds it; Montenegro holds the new text",
        () ->
            ba.getBean(RegionalRecords.class).find("test-note", note, Map.class).isEmpty()
                && me.getBean(RegionalRecords.class)
                    .find("test-note", note, Map.class)
                    .map(h -> h.value().get("text").equals("for ME only"))
                    .orElse(false));
    assertThat(
            db(ba)
                .queryForObject(
                    "select body::text from regional_record where id = ?", String.class, note))
        .as("the dropped country is not sent the new text")
        .doesNotContain("for ME only");
  }

  @Test
  @Order(6)
  void aNodeRestoredFromAnOlderBackupNumbersItsNextChangeAboveTheHubs() throws Exception {
    int hubVersion =
        db(hub)
            .queryForObject(
                "select version from regional_record where id = ?", Integer.class, rsContactPoint);
    // Serbia's database goes back to version 1 of its contact point.
    db(rs)
        .update(
            "update regional_record set version = 1, pushed_version = 1 where id = ?",
            rsContactPoint);
    directory(rs).change(rsContactPoint, form(contactPoint("after the restore")), "admin.rs");
    Eventually.within(
        Duration.ofSeconds(60),
        "the change made after the restore reaches Montenegro above the hub's version",
        () ->
            directory(me).find(rsContactPoint).orElseThrow().version() > hubVersion
                && "after the restore"
                    .equals(directory(me).find(rsContactPoint).orElseThrow().value().hours()));
  }

  @Test
  @Order(7)
  void aRecordThisReleaseCannotReadIsLeftOutNotFatal() {
    int held = directory(me).all().size();
    db(me)
        .update(
            """
            insert into regional_record (kind, id, country, version, body, updated_at, updated_by)
            values ('directory', ?, 'AL', 1, '{"kind": "TELEPORTER", "name": "x"}', now(), 'AL')
            """,
            UUID.randomUUID());
    assertThat(directory(me).all()).hasSize(held);
  }

  @Test
  @Order(8)
  void theDirectoryStaysWholeWhileTheHubIsDownAndCatchesUpAfter() throws Exception {
    int held = directory(me).all().size();
    hub.close();
    hub = null;
    assertThat(directory(me).all()).as("Montenegro still holds the region").hasSize(held);
    assertThat(
            directory(me)
                .search(
                    new DirectoryQuery(
                        "ILECU", EntryKind.CONTACT_POINT, null, null, Set.of("RS"), null, false)))
        .extracting(Directory.Entry::id)
        .containsExactly(rsContactPoint);

    // Serbia edits while the hub is down; the change waits on its node.
    directory(rs).change(rsContactPoint, form(contactPoint("24/7 (duty officer)")), "admin.rs");
    assertThat(rs.getBean(RegionalRecords.class).sync().pushed()).isZero();

    hub = TestInstances.start(hubProperties);
    Eventually.within(
        Duration.ofSeconds(60),
        "the change made while the hub was down reaches Montenegro",
        () ->
            "24/7 (duty officer)"
                .equals(directory(me).find(rsContactPoint).orElseThrow().value().hours()));
    Eventually.within(
        Duration.ofSeconds(60),
        "and Bosnia and Herzegovina",
        () ->
            "24/7 (duty officer)"
                .equals(directory(ba).find(rsContactPoint).orElseThrow().value().hours()));
  }
}
