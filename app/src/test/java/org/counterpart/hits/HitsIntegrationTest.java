package org.counterpart.hits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseReader;
import org.counterpart.cases.CaseRegistry;
import org.counterpart.cases.NewCase;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.cases.PersonRole;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.hits.hub.BulkLinkage;
import org.counterpart.identity.UserRole;
import org.counterpart.support.Eventually;
import org.counterpart.support.FederationClient;
import org.counterpart.support.SampleCases;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
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
 * Hit/no-hit between Serbia and Bosnia and Herzegovina through a hub, over real mutual TLS on real
 * PostgreSQL: the same suspect, registered in Cyrillic in RS and in Latin in BA, is a hit from
 * either side and a bulk-linkage notice to both, while the hub holds no name, date or number.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HitsIntegrationTest {

  static Path dir;
  static Path pki;
  static Path secret;
  static int federationPort;
  static ConfigurableApplicationContext hub;
  static ConfigurableApplicationContext rs;
  static ConfigurableApplicationContext ba;
  static String rsSuspect;

  static final Actor OFFICER_RS = new Actor("officer.rs", Set.of(UserRole.FIRST_LINE_OFFICER));
  static final Actor ILECU_RS = new Actor("ilecu.rs", Set.of(UserRole.CONTACT_POINT));
  static final Actor OFFICER_BA = new Actor("officer.ba", Set.of(UserRole.FIRST_LINE_OFFICER));
  static final Actor ANALYST_BA = new Actor("analyst.ba", Set.of(UserRole.ANALYST));
  static final Actor ILECU_BA = new Actor("ilecu.ba", Set.of(UserRole.CONTACT_POINT));

  /** What must never reach the hub: names in both scripts, the date, the phone, the document. */
  static final List<String> CLEAR =
      List.of(
          "Petrovi",
          "Петрови",
          "Đorđe",
          "Ђорђе",
          "Djordje",
          "1988-04-12",
          "19880412",
          "1112233",
          "111 2233",
          "PA7712345",
          "Jovanovi");

  @BeforeAll
  static void startRegion() throws Exception {
    dir = Files.createTempDirectory("hits");
    pki = TestInstances.pki(dir.resolve("pki"), "RS", "BA");
    secret = dir.resolve("hits-secret.bin");
    Files.write(secret, "the region's shared hit secret, v1".getBytes());
    federationPort = TestInstances.freePort();
    var hubProperties = TestInstances.common(TestDatabases.newDatabase("hhub"), dir.resolve("hub"));
    hubProperties.put("counterpart.role", "hub");
    hubProperties.put("counterpart.federation.pki-dir", pki.toString());
    hubProperties.put("counterpart.federation.port", String.valueOf(federationPort));
    hubProperties.put("counterpart.hits.node-queries-per-minute", "40");
    hub = TestInstances.start(hubProperties);
    rs = node("RS");
    ba = node("BA");
    Eventually.within(
        Duration.ofSeconds(30),
        "both nodes registered",
        () ->
            hub.getBean(org.counterpart.federation.hub.FederatedNodes.class).certificates().size()
                == 2);
    Eventually.within(
        Duration.ofSeconds(30),
        "the hub's index loaded",
        () -> hub.getBean(org.counterpart.hits.hub.HitIndex.class).ready());

    // RS: the suspect in Cyrillic, with a phone and a passport; a victim, not searchable.
    String rsCase =
        rs.getBean(CaseRegistry.class)
            .register(
                newCase(
                    "RS",
                    person(
                        PersonRole.SUSPECT,
                        "Masculine",
                        new PersonIdentity(
                            "Ђорђе",
                            "Петровић",
                            LocalDate.of(1988, 4, 12),
                            List.of(
                                new PersonIdentity.IdentityDocument("Passport", "PA7712345", "RS")),
                            List.of("+381 64 111 2233"),
                            List.of())),
                    person(
                        PersonRole.PRESUMED_VICTIM,
                        "Feminine",
                        new PersonIdentity(
                            "Milica",
                            "Jovanović",
                            LocalDate.of(2004, 2, 3),
                            List.of(),
                            List.of(),
                            List.of()))),
                OFFICER_RS);
    rsSuspect =
        rs.getBean(CaseReader.class).view(rsCase, OFFICER_RS).persons().stream()
            .filter(p -> p.role() == PersonRole.SUSPECT)
            .findFirst()
            .orElseThrow()
            .pseudonym();
    // BA: the same man in Latin, surname first in the given-name field's habit, no diacritics.
    ba.getBean(CaseRegistry.class)
        .register(
            newCase(
                "BA",
                person(
                    PersonRole.SUSPECT,
                    "Masculine",
                    new PersonIdentity(
                        "Djordje",
                        "Petrovic",
                        LocalDate.of(1988, 4, 12),
                        List.of(),
                        List.of("+381641112233"),
                        List.of()))),
            OFFICER_BA);
  }

  static ConfigurableApplicationContext node(String country) throws Exception {
    var properties =
        TestInstances.common(
            TestDatabases.newDatabase("h" + country.toLowerCase()),
            dir.resolve(country.toLowerCase()));
    properties.put("counterpart.role", "node");
    properties.put("counterpart.country", country);
    properties.put("counterpart.federation.pki-dir", pki.toString());
    properties.put("counterpart.federation.hub-url", "https://127.0.0.1:" + federationPort);
    properties.put("counterpart.hits.secret-file", secret.toString());
    // The test publishes by hand.
    properties.put("counterpart.hits.publish-delay", "PT1H");
    properties.put("counterpart.hits.queries-per-minute", "8");
    return TestInstances.start(properties);
  }

  static NewCase newCase(String country, NewCase.NewPerson... persons) {
    return SampleCases.withPersons(country, persons);
  }

  static NewCase.NewPerson person(PersonRole role, String gender, PersonIdentity identity) {
    return SampleCases.person(role, gender, identity);
  }

  @AfterAll
  static void stopRegion() {
    for (var context : new ConfigurableApplicationContext[] {rs, ba, hub}) {
      if (context != null) {
        context.close();
      }
    }
  }

  static JdbcTemplate db(ConfigurableApplicationContext context) {
    return context.getBean(JdbcTemplate.class);
  }

  static String ref(ConfigurableApplicationContext node, String kind) {
    return db(node)
        .queryForObject(
            "select ref from hit_reference where kind = ? and withdrawn_at is null",
            String.class,
            kind);
  }

  static RegionalSearch.Criteria particulars(String given, String surname, String born) {
    return new RegionalSearch.Criteria("PERSON", given, surname, born, "m", null, null, null);
  }

  @Test
  @Order(1)
  void theSameSuspectInTwoScriptsIsAHitFromEitherSideAndTheHubHoldsNoClearData() {
    assertThat(rs.getBean(RegionalSearch.class).publish().published())
        .as("RS: the suspect, his phone and his passport; not the victim")
        .isEqualTo(3);
    assertThat(ba.getBean(RegionalSearch.class).publish().published()).isEqualTo(2);

    // From BA, by particulars typed in Latin with diacritics.
    var fromBa =
        ba.getBean(RegionalSearch.class)
            .ask(particulars("Đorđe", "Petrović", "1988-04-12"), OFFICER_BA);
    assertThat(fromBa.answers())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.country()).isEqualTo("RS");
              assertThat(a.status()).isEqualTo("HIT");
              assertThat(a.hits())
                  .extracting(RegionalSearch.Hit::ref)
                  .containsExactly(ref(rs, "PERSON"));
              assertThat(a.hits().getFirst().band()).isIn("STRONG", "PROBABLE");
            });

    // From RS, with the case's person: the Cyrillic record finds the Latin one.
    var fromRs =
        rs.getBean(RegionalSearch.class)
            .ask(
                new RegionalSearch.Criteria(
                    "PERSON", null, null, null, null, null, null, rsSuspect),
                OFFICER_RS);
    assertThat(fromRs.answers())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.status()).isEqualTo("HIT");
              assertThat(a.hits())
                  .extracting(RegionalSearch.Hit::ref)
                  .containsExactly(ref(ba, "PERSON"));
            });

    // A phone, and someone nobody knows.
    var phone =
        ba.getBean(RegionalSearch.class)
            .ask(
                new RegionalSearch.Criteria(
                    "PHONE", null, null, null, null, "+381 64 111 2233", null, null),
                OFFICER_BA);
    assertThat(phone.answers().getFirst().hits())
        .extracting(RegionalSearch.Hit::ref)
        .containsExactly(ref(rs, "PHONE"));
    var nobody =
        ba.getBean(RegionalSearch.class)
            .ask(particulars("Marko", "Marković", "1975-01-30"), OFFICER_BA);
    assertThat(nobody.answers())
        .singleElement()
        .extracting(RegionalSearch.CountryAnswer::status)
        .isEqualTo("NO_HIT");
    var document =
        rs.getBean(RegionalSearch.class)
            .ask(
                new RegionalSearch.Criteria(
                    "DOCUMENT", null, null, null, null, null, "PA7712345", null),
                OFFICER_RS);
    assertThat(document.answers())
        .singleElement()
        .extracting(RegionalSearch.CountryAnswer::status)
        .as("BA publishes no document of his")
        .isEqualTo("NOT_SEARCHABLE");

    // Logged on both sides: the asking node, and the hub (metadata only); the owner is told.
    assertThat(db(ba).queryForObject("select count(*) from hit_query", Integer.class)).isEqualTo(3);
    assertThat(
            db(ba)
                .queryForObject(
                    "select count(*) from audit_log where action = 'hits.query'", Integer.class))
        .isEqualTo(3);
    assertThat(
            db(hub)
                .queryForObject(
                    "select count(*) from hit_query_log where node = 'BA'", Integer.class))
        .isEqualTo(3);
    assertThat(rs.getBean(RegionalSearch.class).pullNotices()).isGreaterThanOrEqualTo(2);
    assertThat(rs.getBean(RegionalSearch.class).notices(ILECU_RS, 10))
        .anySatisfy(
            n -> {
              assertThat(n.kind()).isEqualTo("HIT");
              assertThat(n.otherCountry()).isEqualTo("BA");
              assertThat(n.ownRef()).isEqualTo(ref(rs, "PERSON"));
            });

    // RS's contact point resolves its own reference when BA follows the hit up.
    var resolved =
        rs.getBean(RegionalSearch.class).resolve(ref(rs, "PERSON"), ILECU_RS).orElseThrow();
    assertThat(resolved.pseudonym()).isEqualTo(rsSuspect);
    assertThat(resolved.cases()).hasSize(1);
    assertThat(ba.getBean(RegionalSearch.class).resolve(ref(rs, "PERSON"), ILECU_BA))
        .as("not BA's")
        .isEmpty();
    assertThatThrownBy(
            () -> rs.getBean(RegionalSearch.class).resolve(ref(rs, "PERSON"), OFFICER_RS))
        .isInstanceOf(NotPermittedException.class);

    assertHubHoldsNoClearData();
  }

  @Test
  @Order(2)
  void theBulkLinkageTellsBothContactPointsOnceAboutTheSameSuspect() {
    var run = hub.getBean(BulkLinkage.class).run("test").orElseThrow();
    assertThat(run.newLinks()).as("the person and his phone").isEqualTo(2);
    assertThat(run.links()).isEqualTo(2);
    ba.getBean(RegionalSearch.class).pullNotices();
    rs.getBean(RegionalSearch.class).pullNotices();
    assertThat(ba.getBean(RegionalSearch.class).notices(ILECU_BA, 10))
        .anySatisfy(
            n -> {
              assertThat(n.kind()).isEqualTo("LINK");
              assertThat(n.ownRef()).isEqualTo(ref(ba, "PERSON"));
              assertThat(n.otherCountry()).isEqualTo("RS");
              assertThat(n.otherRef()).isEqualTo(ref(rs, "PERSON"));
            });
    assertThat(rs.getBean(RegionalSearch.class).notices(ILECU_RS, 10))
        .filteredOn(n -> n.kind().equals("LINK"))
        .extracting(Notice::otherRef)
        .containsExactlyInAnyOrder(ref(ba, "PERSON"), ref(ba, "PHONE"));
    assertThat(hub.getBean(BulkLinkage.class).run("test").orElseThrow().newLinks())
        .as("a link is announced once")
        .isZero();
    assertHubHoldsNoClearData();
  }

  @Test
  @Order(3)
  void badQueriesAreRefusedNamingTheFieldAndLeaveNoTrace() throws Exception {
    var search = ba.getBean(RegionalSearch.class);
    int before = db(ba).queryForObject("select count(*) from hit_query", Integer.class);
    assertThatThrownBy(() -> search.ask(particulars("Đorđe", " ", "1988-13-45"), OFFICER_BA))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field())
                    .containsExactly("surname", "birthDate"));
    assertThatThrownBy(
            () ->
                search.ask(
                    new RegionalSearch.Criteria("CAR", null, null, null, null, null, null, null),
                    OFFICER_BA))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> search.ask(particulars("A", "B", null), ANALYST_BA))
        .as("analysts work on de-identified data, not on persons")
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                rs.getBean(RegionalSearch.class)
                    .ask(
                        new RegionalSearch.Criteria(
                            "PERSON", null, null, null, null, null, null, rsSuspect),
                        new Actor("officer.other", Set.of(UserRole.FIRST_LINE_OFFICER))))
        .as("only the case team may ask with a case's person")
        .isInstanceOf(NotPermittedException.class);
    assertThat(db(ba).queryForObject("select count(*) from hit_query", Integer.class))
        .isEqualTo(before);

    // Straight to the hub: a broken encoding is refused by field, and nothing is stored.
    Credentials baCredentials =
        Credentials.load(
            pki.resolve("node-BA.crt"), pki.resolve("node-BA.key"), pki.resolve("ca.crt"));
    var client = new FederationClient(baCredentials.sslContext(), federationPort);
    int entries = db(hub).queryForObject("select count(*) from hit_entry", Integer.class);
    String body =
        "{\"keyId\":\"0123456789abcdef\",\"entries\":[{\"ref\":\"abcdefghijklmnopqrst\",\"kind\":\"PERSON\",\"encoding\":\"AAAA\"},"
            + "{\"ref\":\"bad ref\",\"kind\":\"PERSON\",\"encoding\":\"AAAA\"}]}";
    var response =
        client.post(
            "/federation/v1/hits/entries",
            body,
            FederationClient.sign(
                baCredentials,
                Party.node("BA"),
                "/federation/v1/hits/entries",
                body,
                Instant.now()));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("entries[0].encoding", "entries[1].ref");
    assertThat(db(hub).queryForObject("select count(*) from hit_entry", Integer.class))
        .isEqualTo(entries);

    // BA cannot withdraw RS's reference: withdrawals are the publishing node's own.
    String withdraw =
        "{\"keyId\":\"0123456789abcdef\",\"removed\":[\"" + ref(rs, "PERSON") + "\"]}";
    var withdrawn =
        client.post(
            "/federation/v1/hits/entries",
            withdraw,
            FederationClient.sign(
                baCredentials,
                Party.node("BA"),
                "/federation/v1/hits/entries",
                withdraw,
                Instant.now()));
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(
            db(hub)
                .queryForObject("select count(*) from hit_entry where node = 'RS'", Integer.class))
        .isEqualTo(3);
  }

  @Test
  @Order(4)
  void whatIsTypedBesideAPhoneIsNotKeptAnywhere() {
    var search = ba.getBean(RegionalSearch.class);
    var asked =
        search.ask(
            new RegionalSearch.Criteria(
                "PHONE", null, null, null, null, "+381 64 111 2233", null, "Đorđe Petrović"),
            ILECU_BA);
    assertThat(asked.person()).isNull();
    for (String row : db(ba).queryForList("select t::text from hit_query t", String.class)) {
      assertThat(row).doesNotContain(CLEAR);
    }
    for (String row :
        db(ba)
            .queryForList(
                "select t::text from audit_log t where action like 'hits.%'", String.class)) {
      assertThat(row).doesNotContain(CLEAR);
    }
  }

  @Test
  @Order(5)
  void queriesAreLimitedPerOfficial() {
    var search = ba.getBean(RegionalSearch.class);
    var limited = new Actor("officer.busy", Set.of(UserRole.FIRST_LINE_OFFICER));
    for (int i = 0; i < 8; i++) {
      search.ask(particulars("Ana", "Anić", null), limited);
    }
    assertThatThrownBy(() -> search.ask(particulars("Ana", "Anić", null), limited))
        .isInstanceOfSatisfying(
            RegionalSearch.Unanswered.class, e -> assertThat(e.status()).isEqualTo(429));
    // Another official is not held back by the first.
    assertThat(search.ask(particulars("Ana", "Anić", null), OFFICER_BA).answers()).isNotEmpty();
  }

  @Test
  @Order(6)
  void aPersonNoLongerSearchableIsWithdrawnAndTheOthersStay() {
    var search = rs.getBean(RegionalSearch.class);
    String kept = ref(rs, "PERSON");
    String second =
        rs.getBean(CaseRegistry.class)
            .register(
                newCase(
                    "RS",
                    person(
                        PersonRole.SUSPECT,
                        "Masculine",
                        new PersonIdentity(
                            "Marko",
                            "Marković",
                            LocalDate.of(1975, 1, 30),
                            List.of(),
                            List.of(),
                            List.of())),
                    person(
                        PersonRole.PERPETRATOR,
                        "Feminine",
                        new PersonIdentity(
                            "Vesna",
                            "Vesić",
                            LocalDate.of(1981, 9, 9),
                            List.of(),
                            List.of(),
                            List.of()))),
                OFFICER_RS);
    assertThat(search.publish()).isEqualTo(new RegionalSearch.Publication(2, 0));
    assertThat(
            db(hub)
                .queryForObject("select count(*) from hit_entry where node = 'RS'", Integer.class))
        .isEqualTo(5);

    rs.getBean(CaseRegistry.class)
        .voidCase(
            second,
            "registered twice",
            new Actor("admin.rs", Set.of(UserRole.NODE_ADMIN, UserRole.FIRST_LINE_OFFICER)));
    assertThat(search.publish()).isEqualTo(new RegionalSearch.Publication(0, 2));
    assertThat(
            db(hub)
                .queryForList(
                    "select ref from hit_entry where node = 'RS' and kind = 'PERSON'",
                    String.class))
        .containsExactly(kept);
    assertThat(search.publish())
        .as("nothing changed since")
        .isEqualTo(new RegionalSearch.Publication(0, 0));
  }

  @Test
  @Order(7)
  void aNewSecretReEncodesEverythingAndOldEncodingsStopMatching() throws Exception {
    String oldRef = ref(rs, "PERSON");
    Files.write(secret, "the region's shared hit secret, v2".getBytes());
    var rotated = rs.getBean(RegionalSearch.class).publish();
    assertThat(rotated.withdrawn()).isEqualTo(3);
    assertThat(rotated.published()).isEqualTo(3);
    assertThat(ref(rs, "PERSON")).isNotEqualTo(oldRef);
    assertThat(
            db(hub)
                .queryForObject(
                    "select count(distinct key_id) from hit_entry where node = 'RS'", String.class))
        .isEqualTo("1");
    assertThat(
            db(hub)
                .queryForObject(
                    "select count(*) from hit_entry where ref = ?", Integer.class, oldRef))
        .isZero();

    // BA has the new secret too (the file is shared here) but has not re-encoded: RS is searched
    // under the new key, BA's old encodings no longer answer.
    var fromRs =
        rs.getBean(RegionalSearch.class)
            .ask(
                new RegionalSearch.Criteria(
                    "PERSON", null, null, null, null, null, null, rsSuspect),
                OFFICER_RS);
    assertThat(fromRs.answers().getFirst().status()).isEqualTo("NOT_SEARCHABLE");
    ba.getBean(RegionalSearch.class).publish();
    var again =
        rs.getBean(RegionalSearch.class)
            .ask(
                new RegionalSearch.Criteria(
                    "PERSON", null, null, null, null, null, null, rsSuspect),
                OFFICER_RS);
    assertThat(again.answers().getFirst().hits())
        .extracting(RegionalSearch.Hit::ref)
        .containsExactly(ref(ba, "PERSON"));
  }

  @Test
  @Order(8)
  void theHubHoldsEachNodeToACeilingWhateverOfficialsItNames() {
    var search = ba.getBean(RegionalSearch.class);
    int answered = 0;
    RegionalSearch.Unanswered refused = null;
    for (int i = 0; i < 41 && refused == null; i++) {
      try {
        search.ask(
            particulars("Ana", "Anić", null),
            new Actor("officer.many" + i, Set.of(UserRole.FIRST_LINE_OFFICER)));
        answered++;
      } catch (RegionalSearch.Unanswered e) {
        refused = e;
      }
    }
    assertThat(refused).as("refused within BA's 40 a minute").isNotNull();
    assertThat(refused.status()).isEqualTo(429);
    assertThat(answered).isLessThanOrEqualTo(40);
  }

  /** Every row of every table of the hub, as text: no name, date or number in clear. */
  static void assertHubHoldsNoClearData() {
    var jdbc = db(hub);
    List<String> tables =
        jdbc.queryForList(
            "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
            String.class);
    assertThat(tables).contains("hit_entry", "hit_query_log", "hit_notice", "hit_link");
    for (String table : tables) {
      for (String row :
          jdbc.queryForList("select t::text from \"" + table + "\" t", String.class)) {
        assertThat(row).as("a row of %s", table).doesNotContain(CLEAR);
      }
    }
    // Encodings are stored as bytes: their raw form must not spell anything either.
    for (byte[] encoding : jdbc.queryForList("select encoding from hit_entry", byte[].class)) {
      assertThat(new String(encoding, java.nio.charset.StandardCharsets.ISO_8859_1))
          .doesNotContain(CLEAR);
    }
  }
}
