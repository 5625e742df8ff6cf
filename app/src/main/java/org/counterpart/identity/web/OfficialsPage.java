package org.counterpart.identity.web;

import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.identity.Officials;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's list of accounts. */
@Controller
class OfficialsPage {

  private final Officials officials;
  private final AuditTrail audit;

  OfficialsPage(Officials officials, AuditTrail audit) {
    this.officials = officials;
    this.audit = audit;
  }

  @GetMapping("/admin/officials")
  String list(Model model, Authentication who) {
    audit.record(AuditEvent.of(who.getName(), "user.listed", "user", "*"));
    model.addAttribute("officials", officials.all());
    return "identity/officials";
  }
}
