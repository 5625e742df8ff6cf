package org.counterpart.cases.web;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.NodeOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may work with cases: officials who detect, identify, refer and prosecute. Analysts see
 * de-identified statistics elsewhere, not the registry.
 */
@Configuration(proxyBeanMethods = false)
@NodeOnly
class CaseAccess {

  static final String[] CASEWORKERS = {
    "FIRST_LINE_OFFICER", "SCREENING_TEAM_MEMBER", "CONTACT_POINT", "PROSECUTOR"
  };

  @Bean
  AccessRules caseRegistryAccess() {
    return requests ->
        requests
            .requestMatchers(
                "/cases/export",
                "/api/v1/cases/export",
                "/cases/import",
                "/api/v1/cases/import",
                "/cases/import/**",
                "/api/v1/cases/imports",
                "/api/v1/cases/imports/**",
                "/admin/break-glass",
                "/admin/break-glass/**",
                "/api/v1/admin/identity-keys/rotate")
            .hasRole("NODE_ADMIN")
            .requestMatchers(
                "/cases",
                "/cases/**",
                "/persons/**",
                "/search",
                "/api/v1/cases",
                "/api/v1/cases/**",
                "/api/v1/persons/**")
            .hasAnyRole(CASEWORKERS);
  }

  @Bean
  DashboardTile casesTile() {
    return new DashboardTile(
        "cases.title",
        "cases.description",
        "/cases",
        Set.of(
            "ROLE_FIRST_LINE_OFFICER",
            "ROLE_SCREENING_TEAM_MEMBER",
            "ROLE_CONTACT_POINT",
            "ROLE_PROSECUTOR"),
        30);
  }

  @Bean
  DashboardTile searchTile() {
    return new DashboardTile(
        "search.title",
        "search.description",
        "/search",
        Set.of(
            "ROLE_FIRST_LINE_OFFICER",
            "ROLE_SCREENING_TEAM_MEMBER",
            "ROLE_CONTACT_POINT",
            "ROLE_PROSECUTOR"),
        31);
  }

  @Bean
  DashboardTile breakGlassTile() {
    return new DashboardTile(
        "break-glass.title",
        "break-glass.description",
        "/admin/break-glass",
        Set.of("ROLE_NODE_ADMIN"),
        75);
  }

  @Bean
  DashboardTile importTile() {
    return new DashboardTile(
        "import.title", "import.description", "/cases/import", Set.of("ROLE_NODE_ADMIN"), 70);
  }
}
