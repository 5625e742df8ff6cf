package org.counterpart.core.screening;

import java.util.List;

/**
 * One line of a decision's explanation: a stable code that a user interface translates, with its
 * arguments, and the English sentence for files and the command line.
 */
public record Reason(String code, List<String> args, String english) {

  public Reason {
    args = List.copyOf(args);
  }
}
