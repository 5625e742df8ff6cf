package org.counterpart.cases.web;

import java.net.URI;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.ConcurrentEditException;
import org.counterpart.cases.NotPermittedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The registry's refusals as problem details in the user's language, wherever an API raises them
 * (the case registry, screening and referral).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

  private final MessageSource messages;

  CaseProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ProblemDetail notFound(CaseNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "cases.not-found", "not-found");
  }

  @ExceptionHandler(ConcurrentEditException.class)
  ProblemDetail conflict(ConcurrentEditException e) {
    return problem(HttpStatus.CONFLICT, "cases.concurrent-edit", "concurrent-edit");
  }

  @ExceptionHandler(NotPermittedException.class)
  ProblemDetail forbidden(NotPermittedException e) {
    return problem(HttpStatus.FORBIDDEN, e.getMessage(), "not-permitted");
  }

  private ProblemDetail problem(HttpStatus status, String key, String type) {
    var problem =
        ProblemDetail.forStatusAndDetail(
            status, messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
    problem.setType(URI.create("urn:counterpart:problem:" + type));
    return problem;
  }
}
