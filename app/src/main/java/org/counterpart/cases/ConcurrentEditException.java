package org.counterpart.cases;

/** Someone else saved the case since it was read: the second save is refused, not merged. */
public final class ConcurrentEditException extends RuntimeException {
  public ConcurrentEditException(String reference) {
    super("case changed since it was read: " + reference);
  }
}
