package org.counterpart.hits.hub;

import java.net.URI;
import java.util.List;
import org.counterpart.federation.hub.FederatedParty;
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
 * The index over mutual TLS: a node publishes and withdraws its own encodings, queries the others,
 * and pulls the notices about its own references. The node is the authenticated party; no node can
 * publish, withdraw or read for another.
 */
@RestController
@HubOnly
class HitIndexApi {

  private final HitIndex index;

  HitIndexApi(HitIndex index) {
    this.index = index;
  }

  record Publish(
      @Nullable String keyId,
      @Nullable List<HitIndex.Entry> entries,
      @Nullable List<String> removed) {}

  record Published(int changed) {}

  @PostMapping("/federation/v1/hits/entries")
  Published publish(@RequestBody Publish body, Authentication who) {
    return new Published(
        index.publish(
            node(who),
            body.keyId() == null ? "" : body.keyId(),
            body.entries() == null ? List.of() : body.entries(),
            body.removed() == null ? List.of() : body.removed()));
  }

  record Query(
      @Nullable String keyId,
      @Nullable String kind,
      @Nullable String encoding,
      @Nullable String requester) {}

  record Answers(List<HitIndex.Answer> answers) {}

  @PostMapping("/federation/v1/hits/query")
  Answers query(@RequestBody Query body, Authentication who) {
    return new Answers(
        index.query(
            node(who),
            body.requester() == null ? "" : body.requester(),
            body.keyId() == null ? "" : body.keyId(),
            body.kind(),
            body.encoding()));
  }

  record Pull(@Nullable Integer max) {}

  record Notices(List<org.counterpart.hits.Notice> notices) {}

  @PostMapping("/federation/v1/hits/notices")
  Notices notices(@RequestBody Pull body, Authentication who) {
    return new Notices(index.notices(node(who), body.max() == null ? 500 : body.max()));
  }

  record Ack(@Nullable List<Long> ids) {}

  record Acked(int acknowledged) {}

  @PostMapping("/federation/v1/hits/notices/ack")
  Acked acknowledge(@RequestBody Ack body, Authentication who) {
    return new Acked(index.acknowledge(node(who), body.ids() == null ? List.of() : body.ids()));
  }

  @ExceptionHandler(HitIndex.TooManyQueries.class)
  ProblemDetail tooMany(HitIndex.TooManyQueries e) {
    return problem(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
  }

  @ExceptionHandler(HitIndex.NotReady.class)
  ProblemDetail notReady(HitIndex.NotReady e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
  }

  private static ProblemDetail problem(HttpStatus status, String key) {
    var problem = ProblemDetail.forStatusAndDetail(status, key);
    problem.setType(URI.create("urn:counterpart:problem:" + key));
    return problem;
  }

  private static String node(Authentication who) {
    return ((FederatedParty) who).node().country();
  }
}
