package org.counterpart.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that another process or thread will make true. */
public final class Eventually {

  private Eventually() {}

  public static void within(Duration limit, String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit + ": " + what);
      }
      Thread.sleep(100);
    }
  }
}
