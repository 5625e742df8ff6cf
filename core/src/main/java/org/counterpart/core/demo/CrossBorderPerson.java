package org.counterpart.core.demo;

import java.util.List;

/**
 * The truth about one person of the regional pool: their canonical identity, the part they play and
 * the node countries whose generated cases include them.
 */
public record CrossBorderPerson(
    SyntheticPerson person, PersonRole role, CaseKind kind, List<String> countries) {

  public CrossBorderPerson {
    countries = List.copyOf(countries);
  }
}
