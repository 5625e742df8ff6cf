package org.counterpart.demo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.counterpart.identity.AgencyKind;
import org.counterpart.identity.UserRole;

/** The demo's officials: one per role, per node, and the hub's own. */
public final class DemoOfficials {

  /** One demo login. */
  public record Login(
      String username, String displayName, AgencyKind agency, String language, UserRole role) {

    /**
     * A mailbox that cannot exist (RFC 2606), so that follow-ups can be owned by demo officials.
     */
    public String email() {
      return username + "@counterpart.test";
    }
  }

  private DemoOfficials() {}

  /** The officials of a node, named {@code <role>.<country>}, e.g. {@code officer.rs}. */
  public static List<Login> forNode(String country) {
    String c = country.toLowerCase(Locale.ROOT);
    String language = language(country);
    return List.of(
        new Login(
            "officer." + c,
            "First-line officer " + country,
            AgencyKind.BORDER_POLICE,
            language,
            UserRole.FIRST_LINE_OFFICER),
        new Login(
            "team." + c,
            "Screening team member " + country,
            AgencyKind.SOCIAL_WELFARE,
            language,
            UserRole.SCREENING_TEAM_MEMBER),
        new Login(
            "ilecu." + c,
            "Contact point " + country,
            AgencyKind.ILECU,
            language,
            UserRole.CONTACT_POINT),
        new Login(
            "prosecutor." + c,
            "Prosecutor " + country,
            AgencyKind.PROSECUTOR_OFFICE,
            language,
            UserRole.PROSECUTOR),
        new Login(
            "analyst." + c, "Analyst " + country, AgencyKind.MINISTRY, language, UserRole.ANALYST),
        new Login(
            "admin." + c,
            "Node administrator " + country,
            AgencyKind.MINISTRY,
            language,
            UserRole.NODE_ADMIN));
  }

  public static List<Login> forHub() {
    return List.of(
        new Login(
            "hubadmin",
            "Hub administrator",
            AgencyKind.REGIONAL_PLATFORM,
            "en",
            UserRole.HUB_ADMIN),
        new Login(
            "analyst", "Regional analyst", AgencyKind.REGIONAL_PLATFORM, "en", UserRole.ANALYST));
  }

  /** The usual interface language of a country's officials. */
  static String language(String country) {
    return switch (country) {
      case "AL", "XK" -> "sq";
      case "RS" -> "sr-Cyrl";
      case "MK" -> "mk";
      case "BA" -> "bs";
      case "ME" -> "cnr";
      default -> "en";
    };
  }

  static Set<UserRole> roles(Login login) {
    return Set.of(login.role());
  }
}
