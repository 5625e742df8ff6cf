package org.counterpart.analysis.joint;

import org.counterpart.federation.hub.FederatedParty;
import org.counterpart.system.ApiProblems;
import org.counterpart.system.HubOnly;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where a node publishes its de-identified records, over mutual TLS, for its own country only. */
@RestController
@HubOnly
class NodeRecordsApi {

  private final NodeRecords records;

  NodeRecordsApi(NodeRecords records) {
    this.records = records;
  }

  @PostMapping("/federation/v1/joint/records")
  JointPush.Received push(@RequestBody JointPush body, Authentication who) {
    return records.receive(((FederatedParty) who).node().country(), body);
  }

  @ExceptionHandler(NodeRecords.NotOwner.class)
  ProblemDetail notOwner(NodeRecords.NotOwner e) {
    return ApiProblems.of(HttpStatus.FORBIDDEN, "not-owner", e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail invalid(IllegalArgumentException e) {
    return ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-record", e.getMessage());
  }
}
