package org.counterpart.directory.hub;

import java.util.List;
import org.counterpart.federation.hub.FederatedParty;
import org.counterpart.system.ApiProblems;
import org.counterpart.system.HubOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shared records over mutual TLS: a node pushes its own country's records and reads the feed of
 * the others'. The authenticated node is the only country it may write for.
 */
@RestController
@HubOnly
class RecordRelayApi {

  private final RecordRelay relay;

  RecordRelayApi(RecordRelay relay) {
    this.relay = relay;
  }

  record Push(@Nullable List<RecordRelay.Wire> records) {}

  @PostMapping("/federation/v1/records/push")
  RecordRelay.Pushed push(@RequestBody Push body, Authentication who) {
    return relay.push(node(who), body.records() == null ? List.of() : body.records());
  }

  record Pull(@Nullable Long after, @Nullable Integer max) {}

  @PostMapping("/federation/v1/records/changes")
  RecordRelay.Changes changes(@RequestBody Pull body, Authentication who) {
    return relay.changes(
        node(who), body.after() == null ? 0 : body.after(), body.max() == null ? 500 : body.max());
  }

  @ExceptionHandler(RecordRelay.NotOwner.class)
  ProblemDetail notOwner(RecordRelay.NotOwner e) {
    return ApiProblems.of(HttpStatus.FORBIDDEN, "not-owner", e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail invalid(IllegalArgumentException e) {
    return ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-record", e.getMessage());
  }

  private static String node(Authentication who) {
    return ((FederatedParty) who).node().country();
  }
}
