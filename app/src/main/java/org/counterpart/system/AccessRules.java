package org.counterpart.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's grants of its own pages and endpoints to roles. Whatever no module grants is denied.
 */
@FunctionalInterface
public interface AccessRules {

  void grant(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests);
}
