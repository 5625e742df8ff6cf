package org.counterpart.federation.hub;

import java.time.Clock;
import java.util.Set;
import org.counterpart.audit.AuditTrail;
import org.counterpart.federation.FederationProperties;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.HubOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The hub's federation endpoints: no session, no cookies, no CSRF token (nothing a browser could be
 * tricked into sending), only signed requests from certified nodes.
 */
@Configuration(proxyBeanMethods = false)
@HubOnly
class FederationSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain federation(
      HttpSecurity http,
      FederationProperties properties,
      Nonces nonces,
      AuditTrail audit,
      Clock clock)
      throws Exception {
    http.securityMatcher("/federation/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .addFilterBefore(
            new FederatedRequestFilter(properties, nonces, audit, clock), AuthorizationFilter.class)
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("FEDERATED_NODE"));
    return http.build();
  }

  @Bean
  AccessRules connectedNodesAccess() {
    return requests ->
        requests
            .requestMatchers("/hub/nodes", "/api/v1/hub/nodes")
            .hasAnyRole("HUB_ADMIN", "ANALYST");
  }

  @Bean
  DashboardTile connectedNodesTile() {
    return new DashboardTile(
        "hub.nodes.title",
        "hub.nodes.description",
        "/hub/nodes",
        Set.of("ROLE_HUB_ADMIN", "ROLE_ANALYST"),
        10);
  }
}
