package org.counterpart.federation.hub;

import java.util.List;
import org.counterpart.system.HubOnly;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Which nodes are connected to the hub, and when each was last seen. */
@Controller
@HubOnly
class ConnectedNodesPage {

  private final FederatedNodes nodes;

  ConnectedNodesPage(FederatedNodes nodes) {
    this.nodes = nodes;
  }

  @GetMapping("/hub/nodes")
  String page(Model model) {
    model.addAttribute("nodes", nodes.all());
    return "federation/nodes";
  }

  @GetMapping("/api/v1/hub/nodes")
  @ResponseBody
  List<FederatedNodes.FederatedNode> api() {
    return nodes.all();
  }
}
