package org.counterpart.analysis.publication;

import org.counterpart.system.NodeOnly;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The node administrator's view of the publication: the latest runs, records by state, and the
 * classes held back as too small (their quasi-identifier values and size, never who is in them).
 */
@Controller
@NodeOnly
class PublicationPage {

  private final JointPublication publication;

  PublicationPage(JointPublication publication) {
    this.publication = publication;
  }

  @GetMapping("/analysis/publication")
  String page(Model model) {
    model.addAttribute("overview", publication.overview());
    return "analysis/publication";
  }

  @PostMapping("/analysis/publication")
  String publishNow(Authentication who, RedirectAttributes redirect) {
    if (!publication.overview().hubConfigured()) {
      redirect.addFlashAttribute("outcome", "NO_HUB");
      return "redirect:/analysis/publication";
    }
    var run = publication.publish(who.getName());
    redirect.addFlashAttribute("outcome", run.outcome());
    return "redirect:/analysis/publication";
  }
}
