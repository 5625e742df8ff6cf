package org.counterpart.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach PostgreSQL. With no {@code url} the application starts its own embedded server in
 * the data folder.
 *
 * @param url JDBC URL of an external server ({@code COUNTERPART_DB_URL})
 * @param user the application's login, limited to the rights it needs ({@code COUNTERPART_DB_USER})
 * @param password its password ({@code COUNTERPART_DB_PASSWORD})
 * @param adminUser owner login that runs migrations; defaults to {@code user}
 * @param adminPassword its password
 * @param poolSize maximum connections of the application's pool
 */
@ConfigurationProperties("counterpart.db")
public record DatabaseProperties(
    @Nullable String url,
    @Nullable String user,
    @Nullable String password,
    @Nullable String adminUser,
    @Nullable String adminPassword,
    @Nullable Integer poolSize) {

  public boolean external() {
    return url != null && !url.isBlank();
  }

  public int resolvedPoolSize() {
    return poolSize == null ? 10 : poolSize;
  }
}
