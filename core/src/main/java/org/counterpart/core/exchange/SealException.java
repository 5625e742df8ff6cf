package org.counterpart.core.exchange;

/** A sealed message that must not be trusted, with the reason. */
public final class SealException extends Exception {

  /** Why a message was refused. */
  public enum Reason {
    MALFORMED,
    UNTRUSTED_SIGNER,
    WRONG_SENDER,
    BAD_SIGNATURE,
    NOT_FOR_US,
    CANNOT_DECRYPT
  }

  private final Reason reason;

  public SealException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public SealException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
