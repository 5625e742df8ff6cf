package org.counterpart.directory;

/** A country tried to change a record another country owns; its message is a message key. */
public final class NotOwnerException extends RuntimeException {

  private final String owner;

  public NotOwnerException(String owner) {
    super("directory.not-owner");
    this.owner = owner;
  }

  /** The country that owns the record. */
  public String owner() {
    return owner;
  }
}
