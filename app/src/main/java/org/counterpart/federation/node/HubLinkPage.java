package org.counterpart.federation.node;

import java.util.Set;
import org.counterpart.system.AccessRules;
import org.counterpart.system.DashboardTile;
import org.counterpart.system.NodeOnly;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The node administrator's view of the link to the hub. */
@Controller
@NodeOnly
class HubLinkPage {

  private final HubLink link;
  private final HubClient hub;

  HubLinkPage(HubLink link, HubClient hub) {
    this.link = link;
    this.hub = hub;
  }

  @GetMapping("/admin/hub-link")
  String page(Model model) {
    model.addAttribute("status", link.status());
    model.addAttribute("hubUrl", hub.hubUrl().map(Object::toString).orElse(""));
    return "federation/hub-link";
  }

  @Bean
  static AccessRules hubLinkAccess() {
    return requests -> requests.requestMatchers("/admin/hub-link").hasRole("NODE_ADMIN");
  }

  @Bean
  static DashboardTile hubLinkTile() {
    return new DashboardTile(
        "hub-link.title", "hub-link.description", "/admin/hub-link", Set.of("ROLE_NODE_ADMIN"), 85);
  }
}
