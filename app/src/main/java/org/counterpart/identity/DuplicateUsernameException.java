package org.counterpart.identity;

/** An account with that username exists already. */
public final class DuplicateUsernameException extends RuntimeException {
  private final String username;

  DuplicateUsernameException(String username) {
    super("username is taken: " + username);
    this.username = username;
  }

  public String username() {
    return username;
  }
}
