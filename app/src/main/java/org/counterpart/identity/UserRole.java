package org.counterpart.identity;

/** What an official may do; each grants pages and endpoints, nothing is granted otherwise. */
public enum UserRole {
  FIRST_LINE_OFFICER,
  SCREENING_TEAM_MEMBER,
  CONTACT_POINT,
  PROSECUTOR,
  ANALYST,
  NODE_ADMIN,
  HUB_ADMIN;

  /** The Spring Security authority name. */
  public String authority() {
    return "ROLE_" + name();
  }
}
