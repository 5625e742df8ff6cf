package org.counterpart.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterpart.analysis.joint.JointRollup;
import org.counterpart.analysis.publication.JointPublication;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseDetails;
import org.counterpart.cases.CaseRegistry;
import org.counterpart.cases.NewCase;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.cases.PersonRole;
import org.counterpart.core.analysis.Rollup;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.identity.UserRole;
import org.counterpart.support.Eventually;
import org.counterpart.support.FederationClient;
import org.counterpart.support.SampleCases;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Serbia publishes its cases to the joint regional database through a hub, over real mutual TLS on
 * real PostgreSQL, with k = 3: four young Serbian women go out as they are, three Albanian men
 * found in different quarters go out with the year only, and a lone Afghan man, whom any record
 * would single out, never reaches the hub. The hub holds no name, birth date, document, phone or
 * case reference; a correction replaces the hub's row, a voided case is withdrawn, a run with
 * nothing new changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JointPublicationIntegrationTest {

  static final int K = 3;
  static final Actor OFFICER = new Actor("officer.rs", Set.of(UserRole.FIRST_LINE_OFFICER));

  static Path dir;
  static Path pki;
  static int federationPort;
  static ConfigurableApplicationContext hub;
  static ConfigurableApplicationContext rs;
  static final List<String> women = new ArrayList<>();
  static final List<String> men = new ArrayList<>();
  static String lone;
  static final List<String> clear = new ArrayList<>();

  @BeforeAll
  static void startRegion() throws Exception {
    dir = Files.createTempDirectory("joint");
    pki = TestInstances.pki(dir.resolve("pki"), "RS");
    federationPort = TestInstances.freePort();
    hub =
        TestInstances.hub(
            TestDatabases.newDatabase("jhub"), dir.resolve("hub"), pki, federationPort);
    rs =
        TestInstances.node(
            "RS",
            TestDatabases.newDatabase("jrs"),
            dir.resolve("rs"),
            pki,
            federationPort,
            Map.of("counterpart.analysis.k", String.valueOf(K)));
    Eventually.within(
        Duration.ofSeconds(30),
        "the node registered",
        () ->
            hub.getBean(org.counterpart.federation.hub.FederatedNodes.class).certificates().size()
                == 1);
    var registry = rs.getBean(CaseRegistry.class);
    String[] given = {"Milica", "Jovana", "Dragana", "Snežana"};
    String[] surnames = {"Jovanović", "Marković", "Nikolić", "Stanković"};
    for (int i = 0; i < 4; i++) {
      String born = "2004-0" + (i + 2) + "-1" + i;
      String phone = "+38164555010" + i;
      String document = "RSP88001" + i;
      String suspect = "Zoran" + "ović".repeat(1) + i;
      var victim =
          SampleCases.person(
              PersonRole.PRESUMED_VICTIM,
              "Feminine",
              new PersonIdentity(
                  given[i],
                  surnames[i],
                  LocalDate.parse(born),
                  List.of(new PersonIdentity.IdentityDocument("Passport", document, "RS")),
                  List.of(phone),
                  List.of("Bulevar Oslobođenja 1" + i + ", Novi Sad")));
      var perpetrator =
          new NewCase.NewPerson(
              PersonRole.SUSPECT,
              "Transporter",
              null,
              "Masculine",
              "RS",
              new PersonIdentity(
                  "Zoran", suspect, LocalDate.of(1980, 1, 1), List.of(), List.of(), List.of()));
      women.add(registry.register(SampleCases.withPersons("RS", victim, perpetrator), OFFICER));
      clear.addAll(List.of(given[i], surnames[i], born, phone, document, suspect, "Oslobo"));
    }
    String[] quarters = {"2025-02-10", "2025-05-10", "2025-08-10"};
    for (int i = 0; i < 3; i++) {
      men.add(
          registry.register(
              SampleCases.oneVictim(
                  LocalDate.parse(quarters[i]),
                  "Preševo",
                  "Masculine",
                  "AL",
                  "Arben" + i,
                  "Hoxha" + i,
                  LocalDate.of(1995, 1, 1)),
              OFFICER));
      clear.addAll(List.of("Arben" + i, "Hoxha" + i, "1995-01-01", "Preševo"));
    }
    lone =
        registry.register(
            SampleCases.oneVictim(
                LocalDate.of(2026, 5, 1),
                "Subotica",
                "Masculine",
                "AF",
                "Ahmad",
                "Rahimi",
                LocalDate.of(1960, 3, 9)),
            OFFICER);
    clear.addAll(List.of("Ahmad", "Rahimi", "1960-03-09", "Subotica"));
    clear.addAll(women);
    clear.addAll(men);
    clear.add(lone);
  }

  @AfterAll
  static void stopRegion() {
    for (var context : new ConfigurableApplicationContext[] {rs, hub}) {
      if (context != null) {
        context.close();
      }
    }
  }

  static JdbcTemplate db(ConfigurableApplicationContext context) {
    return context.getBean(JdbcTemplate.class);
  }

  static JointPublication publication() {
    return rs.getBean(JointPublication.class);
  }

  static String sourceRef(String reference) {
    return db(rs)
        .queryForObject(
            """
            select jp.source_ref::text from joint_publication jp
            join case_file c on c.id = jp.case_id where c.reference = ?
            """,
            String.class,
            reference);
  }

  static List<Map<String, Object>> hubRows() {
    return db(hub)
        .queryForList(
            "select source_ref, version, withdrawn, received_at from joint_record order by source_ref");
  }

  /** The hub's standing counts are exactly those of the records it holds and has not withdrawn. */
  static void assertCountsMatchTheRecordsHeld() {
    var held =
        db(hub)
            .query(
                "select " + JointRollup.COLUMNS + " from joint_record where not withdrawn",
                (r, i) -> JointRollup.record(r));
    var expected = new java.util.HashMap<Rollup.Key, Long>();
    var rollup = new Rollup();
    held.forEach(rollup::add);
    rollup.changes().forEach(c -> expected.put(c.key(), c.delta()));
    var standing = new java.util.HashMap<Rollup.Key, Long>();
    db(hub)
        .query(
            "select source, case_type, year, quarter, dimension, value, n from joint_count",
            r -> {
              standing.put(
                  new Rollup.Key(
                      r.getString(1),
                      r.getString(2),
                      r.getInt(3),
                      r.getInt(4),
                      r.getString(5),
                      r.getString(6)),
                  r.getLong(7));
            });
    assertThat(held).isNotEmpty();
    assertThat(standing).isEqualTo(expected);
  }

  @Test
  @Order(1)
  void publishesWhatSinglesNobodyOutAndHoldsBackTheLoneVictim() {
    var run = publication().publish("admin.rs");

    assertThat(run.outcome()).isEqualTo("SENT");
    assertThat(run.published()).isEqualTo(7);
    assertThat(run.generalised()).isEqualTo(3);
    assertThat(run.heldBack()).isEqualTo(1);
    var hubDb = db(hub);
    assertThat(hubDb.queryForObject("select count(*) from joint_record", Integer.class))
        .isEqualTo(7);
    assertThat(
            hubDb.queryForObject(
                "select count(*) from joint_record where source_ref = ?",
                Integer.class,
                sourceRef(lone)))
        .isZero();
    assertThat(
            hubDb.queryForList(
                """
                select year || coalesce('Q' || quarter, '') || ' ' || age_broad || ' ' || gender
                  || ' ' || citizenship || ' ' || perpetrators || ' ' || array_to_string(perpetrator_roles, ',')
                from joint_record where citizenship = 'RS'
                """,
                String.class))
        .containsOnly("2026Q2 21--23 Female RS 1 Transporter")
        .hasSize(4);
    assertThat(
            hubDb.queryForList(
                "select year || ' ' || coalesce(quarter::text, 'no quarter') || ' ' || age_broad"
                    + " from joint_record where citizenship = 'AL'",
                String.class))
        .containsOnly("2025 no quarter 30--38")
        .hasSize(3);
    // No class of what the hub holds is smaller than k.
    assertThat(
            hubDb.queryForObject(
                """
                select min(n) from (select count(*) as n from joint_record where not withdrawn
                group by year, quarter, age_broad, majority_status, gender, citizenship,
                         country_of_exploitation) classes
                """,
                Integer.class))
        .isGreaterThanOrEqualTo(K);
    // The administrator sees why: the class, never the person.
    var overview = publication().overview();
    assertThat(overview.held()).hasSize(1);
    assertThat(overview.held().getFirst().quasiClass())
        .isEqualTo("PERIOD=2026 AGE=Adult GENDER=Male CITIZENSHIP=QS COUNTRY_OF_EXPLOITATION=-");
    assertThat(overview.held().getFirst().classSize()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void theHubHoldsNoDirectIdentifier() {
    var jdbc = db(hub);
    List<String> tables =
        jdbc.queryForList(
            "select table_name from information_schema.tables where table_schema ="
                + " current_schema() and table_type = 'BASE TABLE'",
            String.class);
    assertThat(tables).contains("joint_record");
    for (String table : tables) {
      for (String row :
          jdbc.queryForList("select t::text from \"" + table + "\" t", String.class)) {
        assertThat(row).as("a row of %s", table).doesNotContain(clear);
      }
    }
  }

  @Test
  @Order(3)
  void aSecondPublicationWithNothingNewChangesNothing() {
    var before = hubRows();

    var run = publication().publish("admin.rs");

    assertThat(run.outcome()).isEqualTo("NOTHING_NEW");
    assertThat(run.published()).isZero();
    assertThat(run.unchanged()).isEqualTo(7);
    assertThat(hubRows()).isEqualTo(before);
    assertCountsMatchTheRecordsHeld();
  }

  @Test
  @Order(4)
  void aCorrectionReplacesTheHubsRow() {
    String reference = women.getFirst();
    rs.getBean(CaseRegistry.class)
        .correct(
            reference,
            new CaseDetails(
                LocalDate.of(2026, 5, 1),
                "RS",
                null,
                null,
                null,
                List.of("ForcedLabour", "SexualExploitation"),
                null,
                null,
                List.of("whatsapp"),
                List.of("debt bondage", "took her passport away"),
                List.of(),
                null,
                true),
            0,
            "interview of 3 June",
            OFFICER);

    var run = publication().publish("admin.rs");

    assertThat(run.published()).isEqualTo(1);
    assertThat(db(hub).queryForObject("select count(*) from joint_record", Integer.class))
        .isEqualTo(7);
    var row =
        db(hub)
            .queryForMap(
                "select version, array_to_string(means_of_control, ',') as control,"
                    + " array_to_string(exploitation, ',') as exploitation,"
                    + " array_to_string(communication, ',') as communication"
                    + " from joint_record where source_ref = ?",
                sourceRef(reference));
    assertThat(row)
        .containsEntry("version", 2)
        .containsEntry("control", "DebtBondage,Other")
        .containsEntry("exploitation", "ForcedLabour,SexualExploitation")
        .containsEntry("communication", "WhatsApp");
    assertCountsMatchTheRecordsHeld();
  }

  @Test
  @Order(5)
  void aVoidedCaseIsWithdrawn() {
    String reference = women.getLast();
    rs.getBean(CaseRegistry.class).voidCase(reference, "registered twice", OFFICER);

    var run = publication().publish("admin.rs");

    assertThat(run.withdrawn()).isEqualTo(1);
    assertThat(
            db(hub)
                .queryForMap(
                    "select withdrawn, version from joint_record where source_ref = ?",
                    sourceRef(reference)))
        .containsEntry("withdrawn", true)
        .containsEntry("version", 2);
    assertThat(
            db(hub)
                .queryForObject(
                    "select count(*) from joint_record where not withdrawn", Integer.class))
        .isEqualTo(6);
    assertCountsMatchTheRecordsHeld();
  }

  @Test
  @Order(6)
  void theHubRefusesAnotherCountrysRecordAndAnythingLikeAnIdentifier() throws Exception {
    var credentials =
        Credentials.load(
            pki.resolve("node-RS.crt"), pki.resolve("node-RS.key"), pki.resolve("ca.crt"));
    var client = new FederationClient(credentials.sslContext(), federationPort);
    var before = hubRows();
    String record =
        """
        {"source":"%s","sourceRef":"%s","version":9,"caseType":"THB","year":2026,"quarter":2,
         "gender":"Female","ageBroad":"21--23","majorityStatus":"Adult","citizenship":"%s",
         "countryOfExploitation":"RS","meansOfControl":[],"exploitation":[],"labourTypes":[],
         "sexTypes":[],"recruiterRelation":[],"recruitment":[],"communication":[],"transport":[],
         "route":[],"perpetratorRoles":[]}
        """;
    String ref = sourceRef(women.getFirst());
    String foreign = "{\"records\":[" + record.formatted("BA", ref, "RS") + "]}";
    String named = "{\"records\":[" + record.formatted("RS", ref, "Milica Jovanović") + "]}";
    String byReference = "{\"records\":[" + record.formatted("RS", women.getFirst(), "RS") + "]}";

    assertThat(post(client, credentials, foreign).statusCode()).isEqualTo(403);
    var refused = post(client, credentials, named);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("citizenship").doesNotContain("Milica");
    assertThat(post(client, credentials, byReference).statusCode()).isEqualTo(400);
    assertThat(hubRows()).isEqualTo(before);
  }

  @Test
  @Order(7)
  void eachRunIsAuditedWithCountsOnly() {
    List<String> details =
        db(rs)
            .queryForList(
                "select details from audit_log where action = 'analysis.published' order by sequence",
                String.class);
    assertThat(details).hasSizeGreaterThanOrEqualTo(4);
    assertThat(details.getFirst())
        .isEqualTo("published=7 generalised=3 withdrawn=0 held-back=1 unchanged=0");
    assertThat(String.join("\n", details)).doesNotContain(clear);
  }

  @Test
  @Order(8)
  void theAdministratorSeesWhatWasHeldBackAndPublishesNow() throws Exception {
    var web =
        org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(
                (org.springframework.web.context.WebApplicationContext) rs)
            .apply(
                org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers
                    .springSecurity())
            .build();
    var admin =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user("admin.rs")
            .roles("NODE_ADMIN");
    var officer =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user("officer.rs")
            .roles("FIRST_LINE_OFFICER");
    var csrf =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .csrf();

    String page =
        web.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/analysis/publication")
                    .with(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("PERIOD=2026 AGE=Adult GENDER=Male CITIZENSHIP=QS COUNTRY_OF_EXPLOITATION=-")
        .contains("QUARTER_TO_YEAR")
        .doesNotContain(clear);
    assertThat(
            web.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/analysis/publication")
                        .with(officer))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    var posted =
        web.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/analysis/publication")
                    .with(admin)
                    .with(csrf))
            .andReturn();
    assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/analysis/publication");
    assertThat(posted.getFlashMap().get("outcome")).isEqualTo("NOTHING_NEW");
  }

  @Test
  @Order(9)
  void theCountsFollowRepeatedVersionsAWithdrawalAndARepublication() {
    var intake = hub.getBean(org.counterpart.analysis.joint.NodeRecords.class);
    String ref = java.util.UUID.randomUUID().toString();
    var first = record(ref, 1, "ForcedLabour", 2);
    var second = record(ref, 2, "SexualExploitation", 3);

    // Two versions of a record new to the hub in one push: the newer counts, once.
    var received =
        intake.receive(
            "RS", new org.counterpart.analysis.joint.JointPush(List.of(first, second), List.of()));
    assertThat(received.written()).isEqualTo(2);
    assertCountsMatchTheRecordsHeld();
    // An older version afterwards changes nothing.
    intake.receive("RS", new org.counterpart.analysis.joint.JointPush(List.of(first), List.of()));
    assertCountsMatchTheRecordsHeld();
    // Withdrawn, then published again under a newer version.
    intake.receive(
        "RS",
        new org.counterpart.analysis.joint.JointPush(
            List.of(), List.of(new org.counterpart.analysis.joint.JointPush.Withdrawal(ref, 3))));
    assertCountsMatchTheRecordsHeld();
    intake.receive(
        "RS",
        new org.counterpart.analysis.joint.JointPush(
            List.of(record(ref, 4, "ForcedBegging", 1)), List.of()));
    assertCountsMatchTheRecordsHeld();
    assertThat(
            db(hub)
                .queryForObject(
                    "select sum(n) from joint_count where source = 'RS'"
                        + " and dimension = 'EXPLOITATION' and value = 'ForcedBegging'",
                    Long.class))
        .isEqualTo(1L);
  }

  private static org.counterpart.core.analysis.JointRecord record(
      String ref, int version, String exploitation, int quarter) {
    return new org.counterpart.core.analysis.JointRecord(
        "RS",
        ref,
        version,
        "THB",
        2025,
        quarter,
        null,
        "Female",
        "21--23",
        "Adult",
        "RS",
        "RS",
        Set.of("DebtBondage"),
        Set.of(exploitation),
        Set.of(),
        Set.of(),
        Set.of(),
        null,
        Set.of(),
        Set.of(),
        Set.of(),
        List.of(),
        null,
        "1",
        Set.of());
  }

  static java.net.http.HttpResponse<String> post(
      FederationClient client, Credentials credentials, String body) throws Exception {
    String path = "/federation/v1/joint/records";
    return client.post(
        path,
        body,
        FederationClient.sign(credentials, Party.node("RS"), path, body, Instant.now()));
  }
}
