package org.counterpart.system;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this instance is: its role, its country (for a node) and where it keeps its files.
 *
 * @param role node or hub
 * @param country ISO 3166 alpha-2 code of a node's country (XK for Kosovo); empty for the hub
 * @param dataDir folder of the embedded database, keys and files
 */
@ConfigurationProperties("counterpart")
public record CounterpartProperties(Role role, @Nullable String country, @Nullable Path dataDir) {

  public CounterpartProperties {
    if (role == Role.NODE && (country == null || !country.matches("[A-Za-z]{2}"))) {
      throw new IllegalArgumentException(
          "counterpart.country must be a two-letter ISO 3166 code for a node, got: " + country);
    }
    country = country == null ? null : country.toUpperCase(Locale.ROOT);
  }

  public boolean isHub() {
    return role == Role.HUB;
  }

  public boolean isNode() {
    return role == Role.NODE;
  }

  /** The node's country code; fails on the hub, which has none. */
  public String nodeCountry() {
    if (country == null) {
      throw new IllegalStateException("the hub has no country");
    }
    return country;
  }

  /** The data folder, defaulting to {@code ./data/hub} or {@code ./data/<country>}. */
  public Path resolvedDataDir() {
    if (dataDir != null) {
      return dataDir.toAbsolutePath();
    }
    String name = isHub() ? "hub" : nodeCountry().toLowerCase(Locale.ROOT);
    return Path.of("data", name).toAbsolutePath();
  }

  /** A short name for logs and page titles: "hub" or "node RS". */
  public String displayName() {
    return isHub() ? "hub" : "node " + nodeCountry();
  }
}
