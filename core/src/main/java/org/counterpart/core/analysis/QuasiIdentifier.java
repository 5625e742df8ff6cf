package org.counterpart.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A variable of a published record that, combined with others, could single a person out to someone
 * who knows them (the neighbour who knows her age, sex, nationality and when she was found).
 * k-anonymity is checked over the configured ones.
 */
public enum QuasiIdentifier {
  /** Year and quarter of detection. */
  PERIOD,
  /** Age band, or only minor/adult once generalised. */
  AGE,
  GENDER,
  CITIZENSHIP,
  COUNTRY_OF_EXPLOITATION;

  /** The default set: all of them. */
  public static final List<QuasiIdentifier> DEFAULT = List.of(values());

  /** Reads a configured name: {@code period}, {@code age}, {@code country-of-exploitation}... */
  public static QuasiIdentifier parse(String name) {
    String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(q -> q.name().equals(normal))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a quasi-identifier: " + name));
  }

  /** This variable's value in a record, as the class key holds it. */
  String valueOf(JointRecord r) {
    return switch (this) {
      case PERIOD -> r.year() + (r.quarter() == null ? "" : "Q" + r.quarter());
      case AGE ->
          r.ageBroad() != null
              ? r.ageBroad()
              : r.majorityStatus() != null ? r.majorityStatus() : "-";
      case GENDER -> r.gender() == null ? "-" : r.gender();
      case CITIZENSHIP -> r.citizenship() == null ? "-" : r.citizenship();
      case COUNTRY_OF_EXPLOITATION ->
          r.countryOfExploitation() == null ? "-" : r.countryOfExploitation();
    };
  }
}
