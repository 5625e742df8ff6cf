package org.counterpart.analysis.publication;

import java.time.Duration;
import java.util.List;
import org.counterpart.core.analysis.QuasiIdentifier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the node publishes to the joint regional database.
 *
 * @param k the smallest class of quasi-identifier values the node publishes (default 5)
 * @param quasiIdentifiers which variables k is checked over: {@code period}, {@code age}, {@code
 *     gender}, {@code citizenship}, {@code country-of-exploitation} (default: all)
 * @param publishInterval how often new and changed records are sent to the hub (default one hour)
 */
@ConfigurationProperties("counterpart.analysis")
public record PublicationProperties(
    @Nullable Integer k,
    @Nullable List<String> quasiIdentifiers,
    @Nullable Duration publishInterval) {

  public int resolvedK() {
    return k == null ? 5 : k;
  }

  public List<QuasiIdentifier> resolvedQuasiIdentifiers() {
    return quasiIdentifiers == null || quasiIdentifiers.isEmpty()
        ? QuasiIdentifier.DEFAULT
        : quasiIdentifiers.stream().map(QuasiIdentifier::parse).toList();
  }
}
