package org.counterpart.core.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over every field of the first cases of each country, written out field by field so that
 * it depends on the generator alone; its main method lets a test compare another JVM.
 */
final class CaseDigest {

  private CaseDigest() {}

  static String of(long seed, int casesPerCountry) {
    MessageDigest sha = sha256();
    DemoDataGenerator generator = new DemoDataGenerator(seed);
    for (String country : DemoDataGenerator.COUNTRIES) {
      generator
          .cases(country, casesPerCountry)
          .forEach(c -> sha.update(text(c).getBytes(StandardCharsets.UTF_8)));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static String text(SyntheticCase c) {
    StringBuilder out = new StringBuilder(512);
    out.append(c.id()).append('|').append(c.country()).append('|').append(c.kind());
    out.append('|').append(c.detectedOn()).append('|').append(c.recruitmentMethod());
    c.exploitation().forEach(e -> out.append('|').append(e.type()).append('/').append(e.sector()));
    for (RouteLeg leg : c.route()) {
      out.append("|leg:").append(leg.fromCountry()).append('>').append(leg.toCountry());
      out.append('@').append(leg.borderCrossingPoint()).append('/').append(leg.transport());
    }
    for (CasePerson cp : c.persons()) {
      SyntheticPerson p = cp.person();
      out.append("|person:").append(cp.role()).append('/').append(cp.perpetratorRole());
      out.append('/').append(p.id()).append('/').append(p.givenName()).append('/');
      out.append(p.surname()).append('/').append(p.script()).append('/').append(p.sex());
      out.append('/').append(p.birthDate()).append('/').append(p.citizenship()).append('/');
      out.append(p.phoneE164()).append('/').append(p.documentNumber()).append('/');
      out.append(p.crossBorderKey());
    }
    return out.append('\n').toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  /** Prints the digest for a seed and a number of cases per country. */
  public static void main(String[] args) {
    System.out.println(of(Long.parseLong(args[0]), Integer.parseInt(args[1])));
  }
}
