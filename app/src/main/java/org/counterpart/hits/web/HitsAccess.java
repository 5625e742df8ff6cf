package org.counterpart.hits.web;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.HubOnly;
import org.counterpart.system.NodeOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may ask the region: those who work cases. Notices and the resolution of this node's
 * references are the contact point's (checked again in the service). On the hub, the index's page
 * and the bulk linkage are the hub administrator's.
 */
@Configuration(proxyBeanMethods = false)
class HitsAccess {

  static final String[] ASKERS = {
    "FIRST_LINE_OFFICER", "SCREENING_TEAM_MEMBER", "CONTACT_POINT", "PROSECUTOR"
  };

  @Bean
  @NodeOnly
  AccessRules regionalSearchAccess() {
    return requests ->
        requests.requestMatchers("/hits", "/hits/**", "/api/v1/hits/**").hasAnyRole(ASKERS);
  }

  @Bean
  @NodeOnly
  DashboardTile hitsTile() {
    return new DashboardTile(
        "hits.title",
        "hits.description",
        "/hits",
        Set.of(
            "ROLE_FIRST_LINE_OFFICER",
            "ROLE_SCREENING_TEAM_MEMBER",
            "ROLE_CONTACT_POINT",
            "ROLE_PROSECUTOR"),
        32);
  }

  @Bean
  @HubOnly
  AccessRules hubIndexAccess() {
    return requests ->
        requests
            .requestMatchers("/hub/hits", "/hub/hits/**", "/api/v1/hub/hits/**")
            .hasRole("HUB_ADMIN");
  }

  @Bean
  @HubOnly
  DashboardTile hubIndexTile() {
    return new DashboardTile(
        "hub.hits.title", "hub.hits.description", "/hub/hits", Set.of("ROLE_HUB_ADMIN"), 20);
  }
}
