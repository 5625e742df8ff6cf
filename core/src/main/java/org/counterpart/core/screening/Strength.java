package org.counterpart.core.screening;

/** How strongly an indicator points to trafficking for a profile. */
public enum Strength {
  STRONG("S"),
  MEDIUM("M"),
  WEAK("W");

  private final String code;

  Strength(String code) {
    this.code = code;
  }

  /** S, M or W, as in the catalogue file. */
  public String code() {
    return code;
  }

  public static Strength ofCode(String code) {
    for (Strength s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown strength '" + code + "' (use S, M or W)");
  }
}
