package org.counterpart.analysis.risk;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hub's disclosure settings for everything the risk analysis shows.
 *
 * @param k counts below it are suppressed (default 5, the nodes' k-anonymity default)
 * @param epsilon Laplace noise per count when set (differential privacy); none by default
 * @param noiseSeed the noise sampler's seed, so that a report can be reproduced
 */
@ConfigurationProperties("counterpart.analysis")
public record RiskAnalysisProperties(
    @Nullable Integer k, @Nullable Double epsilon, @Nullable Long noiseSeed) {

  public int kOrDefault() {
    return k == null ? 5 : k;
  }

  public long seedOrDefault() {
    return noiseSeed == null ? 20240101L : noiseSeed;
  }
}
