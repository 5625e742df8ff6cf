package org.counterpart.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.identity.DuplicateUsernameException;
import org.counterpart.identity.NewOfficial;
import org.counterpart.identity.Official;
import org.counterpart.identity.Officials;
import org.counterpart.identity.UnknownAgencyException;
import org.counterpart.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Officials' accounts, for administrators. */
@RestController
@RequestMapping("/api/v1/officials")
@Tag(name = "Officials", description = "Accounts of officials on this node or hub")
class OfficialsApi {

  private final Officials officials;
  private final AuditTrail audit;

  OfficialsApi(Officials officials, AuditTrail audit) {
    this.officials = officials;
    this.audit = audit;
  }

  @GetMapping
  @Operation(summary = "List every account with its roles")
  List<Official> list(Authentication who) {
    audit.record(AuditEvent.of(who.getName(), "user.listed", "user", "*"));
    return officials.all();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an account; invalid fields are answered with 400 and their names")
  Official create(@Valid @RequestBody NewOfficial command, Authentication who) {
    try {
      return officials.create(command, who.getName());
    } catch (DuplicateUsernameException e) {
      throw new InvalidInputException("username", "validation.username-taken");
    } catch (UnknownAgencyException e) {
      throw new InvalidInputException("agencyCode", "validation.unknown-agency");
    }
  }
}
