package org.counterpart.directory.web;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.NodeOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;

/**
 * Every official of the node reads the regional directory; this country's contact points and
 * administrators edit its entries, import them and keep its manual chapter. Helplines are public:
 * they are meant to be called by anyone, and name no official.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryAccess {

  static final String[] READERS = {
    "FIRST_LINE_OFFICER",
    "SCREENING_TEAM_MEMBER",
    "CONTACT_POINT",
    "PROSECUTOR",
    "ANALYST",
    "NODE_ADMIN"
  };

  static final String[] EDITORS = {"CONTACT_POINT", "NODE_ADMIN"};

  static boolean canEdit(Authentication who) {
    return who.getAuthorities().stream()
        .anyMatch(
            a ->
                a.getAuthority().equals("ROLE_CONTACT_POINT")
                    || a.getAuthority().equals("ROLE_NODE_ADMIN"));
  }

  @Bean
  @NodeOnly
  AccessRules directoryRules() {
    return requests ->
        requests
            .requestMatchers(HttpMethod.GET, "/helplines")
            .permitAll()
            .requestMatchers(
                "/directory/entries/new",
                "/directory/entries/*/edit",
                "/directory/entries/*/delete",
                "/directory/import",
                "/directory/manual/chapter",
                "/directory/manual/editions")
            .hasAnyRole(EDITORS)
            .requestMatchers(HttpMethod.POST, "/directory/entries", "/directory/entries/*")
            .hasAnyRole(EDITORS)
            .requestMatchers(HttpMethod.POST, "/api/v1/directory/**")
            .hasAnyRole(EDITORS)
            .requestMatchers(HttpMethod.PUT, "/api/v1/directory/**")
            .hasAnyRole(EDITORS)
            .requestMatchers(HttpMethod.DELETE, "/api/v1/directory/**")
            .hasAnyRole(EDITORS)
            .requestMatchers(HttpMethod.GET, "/directory", "/directory/**", "/api/v1/directory/**")
            .hasAnyRole(READERS);
  }

  @Bean
  @NodeOnly
  DashboardTile directoryTile() {
    return new DashboardTile(
        "directory.title",
        "directory.description",
        "/directory",
        Set.of(
            "ROLE_FIRST_LINE_OFFICER",
            "ROLE_SCREENING_TEAM_MEMBER",
            "ROLE_CONTACT_POINT",
            "ROLE_PROSECUTOR",
            "ROLE_ANALYST",
            "ROLE_NODE_ADMIN"),
        40);
  }
}
