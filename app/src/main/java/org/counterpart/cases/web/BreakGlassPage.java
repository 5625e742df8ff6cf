package org.counterpart.cases.web;

import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.CaseReader;
import org.counterpart.system.NodeOnly;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The node administrator's list of emergency identity views still to review. */
@Controller
@NodeOnly
class BreakGlassPage {

  private final CaseReader reader;

  BreakGlassPage(CaseReader reader) {
    this.reader = reader;
  }

  @GetMapping("/admin/break-glass")
  String list(Model model) {
    model.addAttribute("accesses", reader.unreviewedBreakGlass());
    return "cases/break-glass";
  }

  @PostMapping("/admin/break-glass/{id}/reviewed")
  String reviewed(@PathVariable long id, Authentication who) {
    try {
      reader.markReviewed(id, Actor.of(who));
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/admin/break-glass";
  }
}
