package org.counterpart.system;

import java.util.List;

/**
 * Input that passed the form checks but breaks a rule; each problem's message is a message key,
 * translated when the error is shown.
 */
public final class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(String field, String messageKey) {
    this(List.of(new FieldProblem(field, messageKey)));
  }

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
