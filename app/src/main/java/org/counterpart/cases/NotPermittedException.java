package org.counterpart.cases;

/** The official's role does not allow this move or view; the message is a message key. */
public final class NotPermittedException extends RuntimeException {
  public NotPermittedException(String messageKey) {
    super(messageKey);
  }
}
