package org.counterpart.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;

/**
 * Metrics are for the machine's own scraper: answered on loopback only, to no one else. Health
 * stays public so that load balancers and the demo can probe it.
 */
@Configuration(proxyBeanMethods = false)
class OperationsAccess {

  @Bean
  AccessRules metricsFromLoopbackOnly() {
    return requests ->
        requests
            .requestMatchers("/actuator/prometheus", "/actuator/info")
            .access(
                (authentication, context) ->
                    new AuthorizationDecision(loopback(context.getRequest().getRemoteAddr())));
  }

  private static boolean loopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
