package org.counterpart.demo;

import java.util.List;
import java.util.Locale;
import org.counterpart.identity.AgencyKind;
import org.counterpart.identity.NewOfficial;
import org.counterpart.identity.Officials;
import org.counterpart.screening.Referrals.FacilityKind;
import org.counterpart.system.CounterpartProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds a demo instance once: its agencies and one official per role. A second start finds them and
 * adds nothing.
 */
@Component
@ConditionalOnProperty(name = "counterpart.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final Officials officials;
  private final CounterpartProperties instance;
  private final DemoProperties demo;
  private final org.springframework.beans.factory.ObjectProvider<
          org.counterpart.cases.BulkRegistration>
      cases;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private final org.springframework.beans.factory.ObjectProvider<
          org.counterpart.screening.Referrals>
      referrals;

  DemoSeeder(
      Officials officials,
      CounterpartProperties instance,
      DemoProperties demo,
      org.springframework.beans.factory.ObjectProvider<org.counterpart.cases.BulkRegistration>
          cases,
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      org.springframework.beans.factory.ObjectProvider<org.counterpart.screening.Referrals>
          referrals) {
    this.referrals = referrals;
    this.officials = officials;
    this.instance = instance;
    this.demo = demo;
    this.cases = cases;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    String password = demo.password();
    if (password == null || password.length() < 12) {
      throw new IllegalStateException(
          "demo seeding needs COUNTERPART_DEMO_PASSWORD of at least 12 characters");
    }
    String country = instance.isHub() ? "REGION" : instance.nodeCountry();
    List<DemoOfficials.Login> logins =
        instance.isHub() ? DemoOfficials.forHub() : DemoOfficials.forNode(country);
    int created = 0;
    for (DemoOfficials.Login login : logins) {
      if (officials.exists(login.username())) {
        continue;
      }
      String agency = agencyCode(country, login.agency());
      officials.ensureAgency(agency, login.agency(), agencyName(country, login.agency()), country);
      officials.create(
          new NewOfficial(
              login.username(),
              login.displayName(),
              login.email(),
              password,
              agency,
              login.language(),
              DemoOfficials.roles(login)),
          "demo-seeder");
      created++;
    }
    if (created > 0) {
      log.info("demo: seeded {} officials on {}", created, instance.displayName());
    }
    var registry = cases.getIfAvailable();
    if (registry != null && demo.cases() > 0) {
      seedCases(registry);
    }
    var facilities = referrals.getIfAvailable();
    if (facilities != null && facilities.facilities(null).isEmpty()) {
      seedFacilities(facilities);
    }
  }

  /**
   * Five referral facilities per node, one of them full, so that a referral and an override can be
   * tried in the demo.
   */
  private void seedFacilities(org.counterpart.screening.Referrals facilities) {
    String country = instance.nodeCountry();
    String code = country.toLowerCase(Locale.ROOT);
    String language =
        switch (country) {
          case "AL", "XK" -> "sq";
          case "MK" -> "mk";
          case "RS", "ME", "BA" -> "sr";
          default -> "en";
        };
    var admin =
        new org.counterpart.cases.Actor(
            "demo-seeder", java.util.Set.of(org.counterpart.identity.UserRole.NODE_ADMIN));
    record Place(
        String suffix,
        String name,
        FacilityKind kind,
        List<String> categories,
        int capacity,
        int occupancy,
        boolean accessible) {}
    for (Place p :
        List.of(
            new Place(
                "shelter",
                "Shelter for victims of trafficking",
                FacilityKind.SHELTER,
                List.of("presumed-thb-victim", "thb-indicators-present"),
                12,
                4,
                true),
            new Place(
                "emergency",
                "Emergency shelter",
                FacilityKind.SHELTER,
                List.of("presumed-thb-victim", "thb-indicators-present"),
                6,
                6,
                false),
            new Place(
                "children",
                "Child protection centre",
                FacilityKind.CHILD_PROTECTION,
                List.of("unaccompanied-child", "presumed-thb-victim"),
                10,
                3,
                true),
            new Place(
                "reception",
                "Reception centre for migrants",
                FacilityKind.RECEPTION_CENTRE,
                List.of("smuggled-migrant", "irregular-migrant", "asylum-seeker"),
                200,
                120,
                true),
            new Place(
                "asylum",
                "Asylum office",
                FacilityKind.ASYLUM_OFFICE,
                List.of("asylum-seeker"),
                50,
                10,
                true))) {
      facilities.saveFacility(
          new org.counterpart.screening.Referrals.Facility(
              code + "-" + p.suffix(),
              p.name() + " (" + country + ")",
              p.kind(),
              instance.displayName(),
              p.categories(),
              p.capacity(),
              p.occupancy(),
              List.of(language, "en"),
              p.accessible(),
              null),
          admin);
    }
    log.info("demo: seeded referral facilities on {}", instance.displayName());
  }

  /** Synthetic cases from the seed, registered once by the node's first-line officer. */
  private void seedCases(org.counterpart.cases.BulkRegistration registry) {
    Integer existing = jdbc.sql("select count(*) from case_file").query(Integer.class).single();
    if (existing != null && existing > 0) {
      return;
    }
    String country = instance.nodeCountry();
    var officer =
        new org.counterpart.cases.Actor(
            "officer." + country.toLowerCase(Locale.ROOT),
            java.util.Set.of(org.counterpart.identity.UserRole.FIRST_LINE_OFFICER));
    var generator =
        new org.counterpart.core.demo.DemoDataGenerator(demo.seed() == null ? 2026L : demo.seed());
    var batch = new java.util.ArrayList<org.counterpart.cases.NewCase>();
    generator
        .cases(country, demo.cases())
        .forEach(
            c -> {
              batch.add(DemoCases.toCommand(c));
              if (batch.size() == 500) {
                registry.registerAll(batch, officer, false);
                batch.clear();
              }
            });
    if (!batch.isEmpty()) {
      registry.registerAll(batch, officer, false);
    }
    registry.refreshStatistics();
    log.info("demo: seeded {} synthetic cases on {}", demo.cases(), instance.displayName());
  }

  private static String agencyCode(String country, AgencyKind kind) {
    return country + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String agencyName(String country, AgencyKind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (" + country + ")";
  }
}
