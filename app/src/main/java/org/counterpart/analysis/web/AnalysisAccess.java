package org.counterpart.analysis.web;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.HubOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The joint risk analysis is the hub's analysts' work. */
@Configuration(proxyBeanMethods = false)
class AnalysisAccess {

  @Bean
  @HubOnly
  AccessRules riskAnalysisAccess() {
    return requests -> requests.requestMatchers("/analysis", "/analysis/**").hasRole("ANALYST");
  }

  @Bean
  @HubOnly
  DashboardTile riskAnalysisTile() {
    return new DashboardTile(
        "analysis.title", "analysis.description", "/analysis", Set.of("ROLE_ANALYST"), 30);
  }
}
