package org.counterpart.audit.web;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.counterpart.audit.AuditTrail;
import org.counterpart.audit.AuditVerifier;
import org.counterpart.core.audit.AuditChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's view of the trail: the latest entries and whether the chain holds. */
@Controller
class AuditPage {

  private final AuditTrail trail;
  private final DataSource dataSource;

  AuditPage(AuditTrail trail, DataSource dataSource) {
    this.trail = trail;
    this.dataSource = dataSource;
  }

  @GetMapping("/admin/audit")
  String audit(Model model) throws SQLException {
    AuditChain.Verification verification;
    try (var connection = dataSource.getConnection()) {
      verification = AuditVerifier.verify(connection);
    }
    model.addAttribute("intact", verification instanceof AuditChain.Verification.Intact);
    model.addAttribute("verification", verification);
    model.addAttribute("entries", trail.latest(100));
    return "audit/audit";
  }
}
