package org.counterpart.cases;

/** No (unvoided) case or person with that reference on this node. */
public final class CaseNotFoundException extends RuntimeException {
  public CaseNotFoundException(String reference) {
    super("not found: " + reference);
  }
}
