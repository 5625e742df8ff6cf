package org.counterpart.cases;

import java.util.Set;

/** A person's role in a case, the data-subject categories it allows, and its pseudonym prefix. */
public enum PersonRole {
  PRESUMED_VICTIM("V", Set.of(DataSubjectCategory.VICTIM)),
  IDENTIFIED_VICTIM("V", Set.of(DataSubjectCategory.VICTIM)),
  SUSPECT("S", Set.of(DataSubjectCategory.SUSPECT)),
  PERPETRATOR("S", Set.of(DataSubjectCategory.SUSPECT, DataSubjectCategory.CONVICTED)),
  SMUGGLED_MIGRANT("M", Set.of(DataSubjectCategory.VICTIM, DataSubjectCategory.OTHER)),
  WITNESS("W", Set.of(DataSubjectCategory.WITNESS));

  private final String prefix;
  private final Set<DataSubjectCategory> categories;

  PersonRole(String prefix, Set<DataSubjectCategory> categories) {
    this.prefix = prefix;
    this.categories = categories;
  }

  public String pseudonymPrefix() {
    return prefix;
  }

  public boolean allows(DataSubjectCategory category) {
    return categories.contains(category);
  }

  /** The usual category of the role, used when none is given. */
  public DataSubjectCategory defaultCategory() {
    return categories.iterator().next();
  }

  public boolean perpetrator() {
    return this == SUSPECT || this == PERPETRATOR;
  }
}
