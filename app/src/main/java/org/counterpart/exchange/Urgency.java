package org.counterpart.exchange;

import java.time.Duration;

/**
 * How fast a request must be answered (Directive (EU) 2023/977, Art. 5): 8 hours for urgent
 * requests on directly accessible information, 3 days for urgent ones on indirectly accessible
 * information, 7 days for all others.
 */
public enum Urgency {
  URGENT_DIRECT(Duration.ofHours(8), "URGENT"),
  URGENT_INDIRECT(Duration.ofDays(3), "URGENT"),
  NORMAL(Duration.ofDays(7), "NORMAL");

  private final Duration deadline;
  private final String priority;

  Urgency(Duration deadline, String priority) {
    this.deadline = deadline;
    this.priority = priority;
  }

  public Duration deadline() {
    return deadline;
  }

  /** URGENT or NORMAL: what the hub sees. */
  public String priority() {
    return priority;
  }
}
