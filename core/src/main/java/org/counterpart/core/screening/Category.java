package org.counterpart.core.screening;

/** The categories a screening decides on; not exclusive (SCREENING.md). */
public enum Category {
  PRESUMED_THB_VICTIM("presumed-thb-victim"),
  THB_INDICATORS_PRESENT("thb-indicators-present"),
  SMUGGLED_MIGRANT("smuggled-migrant"),
  ASYLUM_SEEKER("asylum-seeker"),
  UNACCOMPANIED_CHILD("unaccompanied-child"),
  IRREGULAR_MIGRANT("irregular-migrant"),
  AT_RISK_VIOLENT_EXTREMISM("at-risk-violent-extremism"),
  NO_INDICATORS("no-indicators");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Category ofId(String id) {
    for (Category c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown category '" + id + "'");
  }
}
