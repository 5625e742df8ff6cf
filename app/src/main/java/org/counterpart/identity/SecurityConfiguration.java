package org.counterpart.identity;

import java.util.List;
import org.counterpart.system.AccessRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web's security: form login (and OIDC where switched on), CSRF, strict headers, and every
 * request denied unless a module's {@link AccessRules} grants it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String[] PUBLIC =
      new String[] {
        "/login",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        "/actuator/health",
        "/actuator/health/**"
      };

  @Bean
  @Order(10)
  SecurityFilterChain web(
      HttpSecurity http,
      List<AccessRules> rules,
      SecurityProperties properties,
      ObjectProvider<ClientRegistrationRepository> clients,
      ObjectProvider<LocalOidcUserService> oidcUsers)
      throws Exception {
    http.authorizeHttpRequests(
        requests -> {
          requests.requestMatchers(PUBLIC).permitAll();
          rules.forEach(rule -> rule.grant(requests));
          requests.anyRequest().denyAll();
        });
    http.formLogin(
        form ->
            form.loginPage("/login")
                .defaultSuccessUrl("/", true)
                .failureHandler(failureHandler())
                .permitAll());
    http.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"));
    http.sessionManagement(
        session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self';"
                                + " script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                .referrerPolicy(
                    referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    if (properties.oidcEnabled() && clients.getIfAvailable() != null) {
      LocalOidcUserService users = oidcUsers.getObject();
      http.oauth2Login(
          oauth ->
              oauth
                  .loginPage("/login")
                  .defaultSuccessUrl("/", true)
                  .failureUrl("/login?error")
                  .userInfoEndpoint(info -> info.oidcUserService(users)));
    }
    return http.build();
  }

  private static AuthenticationFailureHandler failureHandler() {
    return (request, response, exception) ->
        response.sendRedirect(
            request.getContextPath()
                + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    var encoder = new DelegatingPasswordEncoder("argon2", java.util.Map.of("argon2", argon2));
    return encoder;
  }

  @Bean
  AccessRules signedInPages() {
    return requests ->
        requests
            .requestMatchers(
                "/",
                "/api/v1/me",
                "/v3/api-docs",
                "/v3/api-docs/**",
                "/swagger-ui/**",
                "/swagger-ui.html")
            .authenticated();
  }
}
