package org.counterpart.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the application a pool on PostgreSQL under a least-privilege login, after the owner login
 * has brought the schema up to date.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  static final String APP_LOGIN = "counterpart_app";

  @Bean(destroyMethod = "close")
  @Nullable EmbeddedDatabase embeddedDatabase(
      DatabaseProperties database, CounterpartProperties counterpart) {
    if (database.external()) {
      return null;
    }
    return EmbeddedDatabase.start(counterpart.resolvedDataDir().resolve("postgres"));
  }

  @Bean
  DataSource dataSource(
      DatabaseProperties database,
      CounterpartProperties counterpart,
      ObjectProvider<EmbeddedDatabase> embedded) {
    Connection target = connection(database, counterpart, embedded.getIfAvailable());
    try (HikariDataSource admin = target.admin()) {
      SchemaMigrations.migrate(
          admin,
          counterpart.role(),
          counterpart.country(),
          target.appUser(),
          target.managedPassword());
    }
    return pool(target.url(), target.appUser(), target.appPassword(), database.resolvedPoolSize());
  }

  /**
   * Where to connect, as owner and as the application; {@code managedPassword} is set when this
   * application creates the application login itself (embedded server).
   */
  private record Connection(
      HikariDataSource admin,
      String url,
      String appUser,
      @Nullable String appPassword,
      @Nullable String managedPassword) {}

  private static Connection connection(
      DatabaseProperties database,
      CounterpartProperties counterpart,
      @Nullable EmbeddedDatabase embedded) {
    if (embedded == null) {
      String url = database.url();
      String user = database.user();
      if (url == null || user == null) {
        throw new IllegalStateException("COUNTERPART_DB_URL needs COUNTERPART_DB_USER too");
      }
      String adminUser = database.adminUser() == null ? user : database.adminUser();
      String adminPassword =
          database.adminUser() == null ? database.password() : database.adminPassword();
      var admin = pool(url, adminUser, adminPassword, 2);
      return new Connection(admin, url, user, database.password(), null);
    }
    String url = embedded.jdbcUrl("postgres");
    var admin = pool(url, "postgres", null, 2);
    String password = appPassword(counterpart.resolvedDataDir());
    return new Connection(admin, url, APP_LOGIN, password, password);
  }

  private static HikariDataSource pool(
      String url, String user, @Nullable String password, int size) {
    var config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(Math.min(2, size));
    config.setPoolName(user + "-pool");
    // Bulk registration sends batches; let the driver turn them into multi-row inserts.
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    // Searches pass arrays of hashes; a generic plan cannot see their size and picks full scans.
    config.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
    config.setInitializationFailTimeout(30_000);
    return new HikariDataSource(config);
  }

  /** The embedded application login's password, made once and kept owner-only beside the data. */
  private static String appPassword(Path dataDir) {
    Path file = dataDir.resolve("secrets").resolve("db-app-password");
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
      }
      Files.createDirectories(file.getParent());
      byte[] bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      String password = HexFormat.of().formatHex(bytes);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, password, StandardCharsets.US_ASCII);
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the database password in " + file, e);
    }
  }
}
