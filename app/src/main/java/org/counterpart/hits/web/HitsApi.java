package org.counterpart.hits.web;

import java.net.URI;
import java.util.List;
import org.counterpart.cases.Actor;
import org.counterpart.hits.RegionalSearch;
import org.counterpart.system.NodeOnly;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The same over the API: ask, see one's queries, and (contact point) notices and references. */
@RestController
@NodeOnly
class HitsApi {

  private final RegionalSearch search;
  private final MessageSource messages;

  HitsApi(RegionalSearch search, MessageSource messages) {
    this.search = search;
    this.messages = messages;
  }

  @PostMapping("/api/v1/hits/queries")
  RegionalSearch.Result ask(@RequestBody RegionalSearch.Criteria criteria, Authentication who) {
    return search.ask(criteria, Actor.of(who));
  }

  @GetMapping("/api/v1/hits/queries")
  List<RegionalSearch.Result> history(Authentication who) {
    return search.history(Actor.of(who), 50);
  }

  @GetMapping("/api/v1/hits/notices")
  List<org.counterpart.hits.Notice> notices(Authentication who) {
    return search.notices(Actor.of(who), 200);
  }

  @GetMapping("/api/v1/hits/references/{ref}")
  ResponseEntity<RegionalSearch.Resolved> resolve(@PathVariable String ref, Authentication who) {
    return ResponseEntity.of(search.resolve(ref, Actor.of(who)));
  }

  @ExceptionHandler(RegionalSearch.Unanswered.class)
  ProblemDetail unanswered(RegionalSearch.Unanswered e) {
    var problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.valueOf(e.status()),
            messages.getMessage(
                e.getMessage(), null, e.getMessage(), LocaleContextHolder.getLocale()));
    problem.setType(URI.create("urn:counterpart:problem:" + e.getMessage()));
    return problem;
  }
}
