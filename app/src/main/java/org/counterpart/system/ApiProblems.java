package org.counterpart.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns bad input into RFC 9457 problem details naming each field and what is wrong with it, in the
 * language of the request.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

  private final MessageSource messages;

  ApiProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    Locale locale = LocaleContextHolder.getLocale();
    List<FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
            .sorted(java.util.Comparator.comparing(FieldProblem::field))
            .toList();
    return badRequest(problems);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return badRequest(List.of(new FieldProblem("body", message("validation.malformed-body"))));
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return badRequest(
        e.problems().stream().map(p -> new FieldProblem(p.field(), message(p.message()))).toList());
  }

  /** A 400 problem listing what is wrong. */
  /** A problem of a type of ours ({@code urn:counterpart:problem:TYPE}) with its detail. */
  public static ProblemDetail of(HttpStatus status, String type, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:counterpart:problem:" + type));
    return problem;
  }

  public ProblemDetail badRequest(List<FieldProblem> problems) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("validation.summary"));
    problem.setType(URI.create("urn:counterpart:problem:invalid-input"));
    problem.setTitle(message("validation.title"));
    problem.setProperty("errors", problems);
    return problem;
  }

  private String message(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
