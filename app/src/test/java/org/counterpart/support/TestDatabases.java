package org.counterpart.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.counterpart.system.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;

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

  /**
   * A new database with the hub's schema up to {@code hubVersion} (null: the latest), migrated as
   * the application does it, without starting the application; returns its JDBC URL.
   */
  public static String newHubDatabase(String prefix, @Nullable String hubVersion) {
    String url = newDatabase(prefix);
    org.flywaydb.core.Flyway.configure()
        .dataSource(url, "postgres", "")
        .locations("classpath:db/migration/common")
        .load()
        .migrate();
    migrateHub(url, hubVersion);
    return url;
  }

  /**
   * Brings a hub database made by {@link #newHubDatabase} up to {@code hubVersion} (null: latest).
   */
  public static void migrateHub(String url, @Nullable String hubVersion) {
    org.flywaydb.core.Flyway.configure()
        .dataSource(url, "postgres", "")
        .locations("classpath:db/migration/hub")
        .table("flyway_history_hub")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .target(hubVersion == null ? "latest" : hubVersion)
        .load()
        .migrate();
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
