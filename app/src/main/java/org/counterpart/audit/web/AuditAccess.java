package org.counterpart.audit.web;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail is for administrators. */
@Configuration(proxyBeanMethods = false)
class AuditAccess {

  @Bean
  AccessRules auditTrailAccess() {
    return requests ->
        requests
            .requestMatchers("/admin/audit", "/api/v1/audit/**")
            .hasAnyRole("NODE_ADMIN", "HUB_ADMIN");
  }

  @Bean
  DashboardTile auditTile() {
    return new DashboardTile(
        "audit.title",
        "audit.description",
        "/admin/audit",
        Set.of("ROLE_NODE_ADMIN", "ROLE_HUB_ADMIN"),
        90);
  }
}
