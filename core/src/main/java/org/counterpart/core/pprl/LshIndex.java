package org.counterpart.core.pprl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntPredicate;

/**
 * A searchable set of encodings for hit/no-hit queries: encodings are kept flat, and the {@link
 * Lsh} tables of all but the newest are counting-sorted (an offset per key, four bytes per entry
 * and table). A query reads the candidates its keys meet, scans the newest encodings in full, and
 * scores each candidate once with the Dice coefficient.
 *
 * <p>Slots are never reused: {@link #remove} leaves a tombstone, and whoever owns the index
 * rebuilds it from its store when tombstones pile up. Thread-safe: queries share a read lock;
 * additions and removals take the write lock briefly; rebuilding the tables holds the read lock.
 */
public final class LshIndex {

  /** A candidate that reached the query's score. */
  public record Hit(int slot, double score) {}

  /** Keys longer than this would make the offset tables too large. */
  static final int MAX_KEY_BITS = 22;

  private final Lsh lsh;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<int[]> stamps = ThreadLocal.withInitial(() -> new int[0]);
  private final ThreadLocal<int[]> generation = ThreadLocal.withInitial(() -> new int[1]);
  private long[] flat = new long[1024 * Encoder.WORDS];
  private int[] counts = new int[1024];
  private int size;
  private int removed;
  private Tables tables = new Tables(0, new int[0][], new int[0][]);

  /** Tables over the slots below {@code upTo}. */
  private record Tables(int upTo, int[][] offsets, int[][] slots) {}

  public LshIndex(Lsh lsh) {
    if (lsh.bitsPerKey() > MAX_KEY_BITS) {
      throw new IllegalArgumentException("an index takes keys of at most 22 bits");
    }
    this.lsh = lsh;
  }

  /** Adds an encoding; returns its slot. */
  public int add(long[] bits) {
    int slot;
    boolean rebuild;
    lock.writeLock().lock();
    try {
      if (size == counts.length) {
        counts = Arrays.copyOf(counts, size * 2);
        flat = Arrays.copyOf(flat, size * 2 * Encoder.WORDS);
      }
      slot = size++;
      System.arraycopy(bits, 0, flat, slot * Encoder.WORDS, Encoder.WORDS);
      counts[slot] = Linkage.count(bits);
      rebuild = size - tables.upTo() > Math.max(4096, size / 8);
    } finally {
      lock.writeLock().unlock();
    }
    if (rebuild) {
      rebuild();
    }
    return slot;
  }

  /** Forgets an encoding; its slot stays empty. */
  public void remove(int slot) {
    lock.writeLock().lock();
    try {
      if (slot >= 0 && slot < size && counts[slot] >= 0) {
        counts[slot] = -1;
        Arrays.fill(flat, slot * Encoder.WORDS, (slot + 1) * Encoder.WORDS, 0L);
        removed++;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Encodings held, removed ones excluded. */
  public int size() {
    lock.readLock().lock();
    try {
      return size - removed;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Removed slots still taking room: the owner rebuilds the index when they are many. */
  public int tombstones() {
    lock.readLock().lock();
    try {
      return removed;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Counting-sorts the tables over every slot held so far. */
  public void rebuild() {
    lock.readLock().lock();
    try {
      int n = size;
      int keys = 1 << lsh.bitsPerKey();
      int[][] offsets = new int[lsh.tables()][];
      int[][] slots = new int[lsh.tables()][];
      java.util.stream.IntStream.range(0, lsh.tables())
          .parallel()
          .forEach(
              t -> {
                int[] keyOf = new int[n];
                int[] offset = new int[keys + 1];
                for (int s = 0; s < n; s++) {
                  keyOf[s] = lsh.key(flat, s * Encoder.WORDS, t);
                  offset[keyOf[s] + 1]++;
                }
                for (int k = 0; k < keys; k++) {
                  offset[k + 1] += offset[k];
                }
                int[] next = Arrays.copyOf(offset, keys);
                int[] sorted = new int[n];
                for (int s = 0; s < n; s++) {
                  sorted[next[keyOf[s]]++] = s;
                }
                offsets[t] = offset;
                slots[t] = sorted;
              });
      Tables built = new Tables(n, offsets, slots);
      // Publish under the write lock: a query sees old or new tables, never half of them.
      lock.readLock().unlock();
      lock.writeLock().lock();
      try {
        if (built.upTo() > tables.upTo()) {
          tables = built;
        }
        lock.readLock().lock();
      } finally {
        lock.writeLock().unlock();
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The encodings that meet the query in some table (or are too new to be in the tables) and reach
   * {@code minScore}, best first, among those {@code accept} lets through.
   */
  public List<Hit> query(long[] bits, double minScore, IntPredicate accept) {
    int countQ = Linkage.count(bits);
    List<Hit> hits = new ArrayList<>();
    lock.readLock().lock();
    try {
      int[] stamp = stamps.get();
      if (stamp.length < size) {
        stamp = new int[counts.length];
        stamps.set(stamp);
      }
      int[] gen = generation.get();
      if (++gen[0] == 0) {
        Arrays.fill(stamp, 0);
        gen[0] = 1;
      }
      int mark = gen[0];
      Tables current = tables;
      for (int t = 0; t < current.offsets().length; t++) {
        int key = lsh.key(bits, t);
        int[] offset = current.offsets()[t];
        int[] slots = current.slots()[t];
        for (int i = offset[key], end = offset[key + 1]; i < end; i++) {
          int slot = slots[i];
          if (stamp[slot] != mark) {
            stamp[slot] = mark;
            score(bits, countQ, slot, minScore, accept, hits);
          }
        }
      }
      for (int slot = current.upTo(); slot < size; slot++) {
        score(bits, countQ, slot, minScore, accept, hits);
      }
    } finally {
      lock.readLock().unlock();
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::slot));
    return hits;
  }

  private void score(
      long[] query, int countQ, int slot, double minScore, IntPredicate accept, List<Hit> hits) {
    int count = counts[slot];
    if (count < 0) {
      return;
    }
    int both = 0;
    for (int w = 0, base = slot * Encoder.WORDS; w < Encoder.WORDS; w++) {
      both += Long.bitCount(query[w] & flat[base + w]);
    }
    int sum = countQ + count;
    double score = sum == 0 ? 0 : 2.0 * both / sum;
    if (score >= minScore && accept.test(slot)) {
      hits.add(new Hit(slot, score));
    }
  }
}
