package org.counterpart.identity.web;

import java.util.Set;
import org.counterpart.identity.UserRole;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may manage accounts: the node's or the hub's administrators. */
@Configuration(proxyBeanMethods = false)
class IdentityAccess {

  @Bean
  AccessRules officialsAccess() {
    return requests ->
        requests
            .requestMatchers("/admin/officials", "/api/v1/officials", "/api/v1/officials/**")
            .hasAnyRole(UserRole.NODE_ADMIN.name(), UserRole.HUB_ADMIN.name());
  }

  @Bean
  DashboardTile officialsTile() {
    return new DashboardTile(
        "officials.title",
        "officials.description",
        "/admin/officials",
        Set.of(UserRole.NODE_ADMIN.authority(), UserRole.HUB_ADMIN.authority()),
        80);
  }
}
