package org.counterpart.exchange;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.NodeOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The national contact point's inbox: the only door for cross-border requests. */
@Controller
@NodeOnly
class ContactPointInbox {

  @GetMapping("/contact-point")
  String inbox() {
    return "exchange/inbox";
  }

  @Bean
  static AccessRules contactPointAccess() {
    return requests ->
        requests.requestMatchers("/contact-point", "/contact-point/**").hasRole("CONTACT_POINT");
  }

  @Bean
  static DashboardTile contactPointTile() {
    return new DashboardTile(
        "contact-point.title",
        "contact-point.description",
        "/contact-point",
        Set.of("ROLE_CONTACT_POINT"),
        20);
  }
}
