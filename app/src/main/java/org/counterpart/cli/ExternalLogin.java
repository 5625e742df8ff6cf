package org.counterpart.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The login of a command-line tool to an external PostgreSQL: the options given, else {@code
 * COUNTERPART_DB_USER} and {@code COUNTERPART_DB_PASSWORD}; a password only ever from a file or the
 * environment, never the process list.
 */
final class ExternalLogin {

  private ExternalLogin() {}

  /** JDBC connection properties for {@code user} and the password in {@code passwordFile}. */
  static Properties of(@Nullable String user, @Nullable Path passwordFile) throws IOException {
    String login = user != null ? user : System.getenv("COUNTERPART_DB_USER");
    String password =
        passwordFile != null
            ? Files.readString(passwordFile, StandardCharsets.UTF_8).trim()
            : System.getenv("COUNTERPART_DB_PASSWORD");
    var properties = new Properties();
    if (login != null) {
      properties.setProperty("user", login);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }
}
