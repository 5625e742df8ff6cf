package org.counterpart.analysis.publication;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.NodeOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The publication to the joint database is the node administrator's. */
@Configuration(proxyBeanMethods = false)
class PublicationAccess {

  @Bean
  @NodeOnly
  AccessRules jointPublicationAccess() {
    return requests ->
        requests
            .requestMatchers("/analysis/publication", "/analysis/publication/**")
            .hasRole("NODE_ADMIN");
  }

  @Bean
  @NodeOnly
  DashboardTile jointPublicationTile() {
    return new DashboardTile(
        "analysis.publication.title",
        "analysis.publication.description",
        "/analysis/publication",
        Set.of("ROLE_NODE_ADMIN"),
        60);
  }
}
