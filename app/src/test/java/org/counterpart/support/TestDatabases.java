package org.counterpart.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.counterpart.system.EmbeddedDatabase;

/**
 * One PostgreSQL server per test JVM, started the way the application starts its own, with a fresh
 * database for each instance a test runs.
 */
public final class TestDatabases {

  /** The least-privilege login the application uses; migrations run as the owner. */
  public static final String APP_USER = "counterpart_app";

  public static final String APP_PASSWORD = "test-only-app-password";

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedDatabase server;

  private TestDatabases() {}

  public static synchronized EmbeddedDatabase server() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory("counterpart-test-pg").resolve("postgres");
        server = EmbeddedDatabase.start(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        execute("postgres", "create role " + APP_USER + " login password '" + APP_PASSWORD + "'");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /** A new, empty database; returns its JDBC URL. */
  public static String newDatabase(String prefix) {
    String name = prefix.toLowerCase() + "_" + COUNTER.incrementAndGet();
    execute("postgres", "create database " + name);
    return server().jdbcUrl(name);
  }

  public static void execute(String database, String sql) {
    try (var connection = DriverManager.getConnection(server().jdbcUrl(database), "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
