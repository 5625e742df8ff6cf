package org.counterpart.demo;

import java.util.List;
import java.util.Locale;
import org.counterpart.identity.AgencyKind;
import org.counterpart.identity.NewOfficial;
import org.counterpart.identity.Officials;
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

  DemoSeeder(Officials officials, CounterpartProperties instance, DemoProperties demo) {
    this.officials = officials;
    this.instance = instance;
    this.demo = demo;
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
              null,
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
  }

  private static String agencyCode(String country, AgencyKind kind) {
    return country + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String agencyName(String country, AgencyKind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (" + country + ")";
  }
}
