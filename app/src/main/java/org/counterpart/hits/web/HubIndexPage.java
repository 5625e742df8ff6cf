package org.counterpart.hits.web;

import org.counterpart.hits.hub.BulkLinkage;
import org.counterpart.hits.hub.HitIndex;
import org.counterpart.system.HubOnly;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The hub's view of its index (counts only) and the bulk linkage, for the hub administrator. */
@Controller
@HubOnly
class HubIndexPage {

  private final HitIndex index;
  private final BulkLinkage linkage;

  HubIndexPage(HitIndex index, BulkLinkage linkage) {
    this.index = index;
    this.linkage = linkage;
  }

  @GetMapping("/hub/hits")
  String page(Model model) {
    model.addAttribute("sizes", index.sizes());
    model.addAttribute("ready", index.ready());
    model.addAttribute("latest", linkage.latest().orElse(null));
    return "hits/hub";
  }

  @PostMapping("/hub/hits/linkage")
  String run(Authentication who) {
    var run = linkage.run(who.getName());
    return "redirect:/hub/hits" + (run.isPresent() ? "?ran" : "?busy");
  }

  @PostMapping("/api/v1/hub/hits/linkage")
  @ResponseBody
  ResponseEntity<BulkLinkage.Run> runApi(Authentication who) {
    return linkage
        .run(who.getName())
        .map(ResponseEntity::ok)
        .orElse(ResponseEntity.status(409).build());
  }
}
