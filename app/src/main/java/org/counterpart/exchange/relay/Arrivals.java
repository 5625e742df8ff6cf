package org.counterpart.exchange.relay;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.counterpart.system.HubOnly;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Wakes a node's long poll when a message for it has been committed. Each recipient has a counter
 * that grows with every arrival; a poll notes the counter before it reads the table and waits only
 * while the counter is unchanged, so an arrival between the read and the wait is never missed.
 */
@Component
@HubOnly
class Arrivals {

  private final Map<String, Long> counters = new HashMap<>();
  private boolean closed;

  synchronized long seen(String recipient) {
    return counters.getOrDefault(recipient, 0L);
  }

  synchronized void arrived(Iterable<String> recipients) {
    for (String recipient : recipients) {
      counters.merge(recipient, 1L, Long::sum);
    }
    notifyAll();
  }

  /**
   * Waits until something arrives for {@code recipient} after {@code seen}, or the time is up; true
   * when something arrived.
   */
  synchronized boolean await(String recipient, long seen, Duration max)
      throws InterruptedException {
    long until = System.nanoTime() + max.toNanos();
    while (!closed && seen(recipient) == seen) {
      long left = until - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return !closed;
  }

  /** The hub is stopping: answer every waiting poll now so that shutdown is not held up. */
  @EventListener(ContextClosedEvent.class)
  synchronized void close() {
    closed = true;
    notifyAll();
  }
}
