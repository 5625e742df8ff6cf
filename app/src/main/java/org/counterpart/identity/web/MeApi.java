package org.counterpart.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.counterpart.identity.Official;
import org.counterpart.identity.Officials;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in official. */
@RestController
@Tag(name = "Officials")
class MeApi {

  private final Officials officials;

  MeApi(Officials officials) {
    this.officials = officials;
  }

  @GetMapping("/api/v1/me")
  @Operation(summary = "The signed-in official and roles")
  Official me(Authentication who) {
    return officials
        .find(who.getName())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
