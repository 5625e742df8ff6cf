package org.counterpart.screening.web;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.HubOnly;
import org.counterpart.system.NodeOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who screens, who sits on second-stage teams, who manages facilities and the catalogue. */
class ScreeningAccess {

  static final String[] SCREENERS = {
    "FIRST_LINE_OFFICER", "SCREENING_TEAM_MEMBER", "CONTACT_POINT"
  };

  @Configuration(proxyBeanMethods = false)
  @NodeOnly
  static class OnNodes {

    @Bean
    AccessRules screeningAccess() {
      return requests ->
          requests
              .requestMatchers(org.springframework.http.HttpMethod.PUT, "/api/v1/facilities/**")
              .hasRole("NODE_ADMIN")
              .requestMatchers("/documents", "/documents/**")
              .authenticated()
              .requestMatchers("/second-stage", "/second-stage/**")
              .hasRole("SCREENING_TEAM_MEMBER")
              .requestMatchers(
                  "/screenings",
                  "/screenings/**",
                  "/api/v1/screenings/**",
                  "/api/v1/referrals/**",
                  "/api/v1/facilities",
                  "/api/v1/catalogue")
              .hasAnyRole(SCREENERS);
    }

    @Bean
    DashboardTile secondStageTile() {
      return new DashboardTile(
          "second-stage.title",
          "second-stage.description",
          "/second-stage",
          Set.of("ROLE_SCREENING_TEAM_MEMBER"),
          32);
    }

    @Bean
    DashboardTile documentsTile() {
      return new DashboardTile(
          "flyer.title",
          "flyer.description",
          "/documents",
          Set.of(
              "ROLE_FIRST_LINE_OFFICER",
              "ROLE_SCREENING_TEAM_MEMBER",
              "ROLE_CONTACT_POINT",
              "ROLE_PROSECUTOR",
              "ROLE_NODE_ADMIN"),
          33);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @HubOnly
  static class OnTheHub {

    @Bean
    AccessRules catalogueAccess() {
      return requests ->
          requests
              .requestMatchers("/catalogue", "/catalogue/**", "/api/v1/catalogue/**")
              .hasRole("HUB_ADMIN");
    }

    @Bean
    DashboardTile catalogueTile() {
      return new DashboardTile(
          "catalogue.title", "catalogue.description", "/catalogue", Set.of("ROLE_HUB_ADMIN"), 12);
    }
  }
}
