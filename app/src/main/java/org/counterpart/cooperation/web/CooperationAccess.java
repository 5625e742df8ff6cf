package org.counterpart.cooperation.web;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.NodeOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what in cooperation. Contact points and node administrators organise meetings, joint
 * operations and trainings (the service also refuses to change another country's). Every official
 * of the node sees what the node holds. The owner of a follow-up, whatever their role, marks it
 * done. First-line officers (the border police who patrol and pursue) and the contact point log to
 * an operation's timeline; screening teams, prosecutors and analysts only read it.
 */
@Configuration(proxyBeanMethods = false)
class CooperationAccess {

  static final String[] ORGANISERS = {"CONTACT_POINT", "NODE_ADMIN"};
  static final String[] LOGGERS = {"FIRST_LINE_OFFICER", "CONTACT_POINT", "NODE_ADMIN"};
  static final String[] OFFICIALS = {
    "FIRST_LINE_OFFICER",
    "SCREENING_TEAM_MEMBER",
    "CONTACT_POINT",
    "PROSECUTOR",
    "ANALYST",
    "NODE_ADMIN"
  };

  @Bean
  @NodeOnly
  AccessRules cooperationPages() {
    return requests ->
        requests
            .requestMatchers(HttpMethod.POST, "/meetings/*/follow-ups/*/status")
            .hasAnyRole(OFFICIALS)
            .requestMatchers(HttpMethod.POST, "/operations/*/timeline")
            .hasAnyRole(LOGGERS)
            .requestMatchers(HttpMethod.POST, "/meetings/**", "/operations/**", "/trainings/**")
            .hasAnyRole(ORGANISERS)
            .requestMatchers(
                "/meetings/new", "/operations/new", "/operations/*/edit", "/trainings/new")
            .hasAnyRole(ORGANISERS)
            .requestMatchers(
                "/meetings",
                "/meetings/**",
                "/operations",
                "/operations/**",
                "/trainings",
                "/trainings/**")
            .hasAnyRole(OFFICIALS);
  }

  @Bean
  @NodeOnly
  DashboardTile meetingsTile() {
    return tile("meetings", 50);
  }

  @Bean
  @NodeOnly
  DashboardTile operationsTile() {
    return tile("operations", 51);
  }

  @Bean
  @NodeOnly
  DashboardTile trainingsTile() {
    return tile("trainings", 52);
  }

  private static DashboardTile tile(String page, int order) {
    return new DashboardTile(
        "cooperation." + page + ".title",
        "cooperation." + page + ".description",
        "/" + page,
        Set.of(
            "ROLE_FIRST_LINE_OFFICER",
            "ROLE_SCREENING_TEAM_MEMBER",
            "ROLE_CONTACT_POINT",
            "ROLE_PROSECUTOR",
            "ROLE_ANALYST",
            "ROLE_NODE_ADMIN"),
        order);
  }
}
