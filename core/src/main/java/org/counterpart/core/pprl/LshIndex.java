package org.counterpart.core.pprl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntPredicate;

/**
 * A searchable set of encodings for hit/no-hit queries: encodings are kept flat, and the {@link
 * Lsh} tables of all but the newest are counting-sorted (an offset per key, four bytes per entry
 * and table). A query reads the candidates its keys meet, scans the newest encodings (and those too
 * sparse to have a usable key) in full, and scores each candidate once with the Dice coefficient.
 *
 * <p>Slots are never reused: {@link #remove} leaves a tombstone that queries skip; it is gone when
 * the owner loads a new index from its store (the hub does at start). Thread-safe: queries share a
 * read lock, at most one per core at once; additions and removals take the write lock briefly;
 * rebuilding reads a snapshot under the read lock and publishes the new tables under the write
 * lock.
 */
public final class LshIndex implements EncodingIndex {

  /** The online index's keys (see the README's figures). */
  public static final Lsh ONLINE = new Lsh(100, 16, 0xC0DE);

  /**
   * A key with fewer ones than this is not used, neither to index nor to query: encodings are
   * sparse (15 to 20 % of bits set), so mostly-zero keys are the commonest and would make every
   * query read a large share of the index (42 % of it at 40 keys of 16 bits, against 3 % with this
   * rule and no loss of recall on the evaluation set).
   */
  static final int MIN_ONES = 3;

  /**
   * A candidate is scored only when it meets the query in this many tables: a true match meets it
   * in many, a stranger in one by chance. With 100 keys this scores 0.06 % of the index instead of
   * 5 %, with no loss of recall on the evaluation set (the README gives the figures). A query with
   * few usable keys scores every candidate. At most 3: a query counts meetings in two bits.
   */
  static final int MIN_MEETINGS = 3;

  /** Keys longer than this would make the offset tables too large. */
  static final int MAX_KEY_BITS = 22;

  private final Lsh lsh;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /** Queries running at once: one per core. */
  private final int cores = Runtime.getRuntime().availableProcessors();

  private final Semaphore running = new Semaphore(cores, true);

  /** Cleared meeting counts, kept for the next queries instead of new arrays for each. */
  private final ConcurrentLinkedQueue<long[]> spareMeetings = new ConcurrentLinkedQueue<>();

  private long[] flat = new long[1024 * Encoder.WORDS];
  private int[] counts = new int[1024];
  private int size;
  private int removed;
  private Tables tables = new Tables(0, new int[0][], new int[0][], new int[0]);

  /** Tables over the slots below {@code upTo}; {@code sparse}: those in no table. */
  private record Tables(int upTo, int[][] offsets, int[][] slots, int[] sparse) {}

  public LshIndex(Lsh lsh) {
    if (lsh.bitsPerKey() > MAX_KEY_BITS) {
      throw new IllegalArgumentException("an index takes keys of at most 22 bits");
    }
    this.lsh = lsh;
  }

  /** Adds an encoding; returns its slot. */
  @Override
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
  @Override
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
  @Override
  public int size() {
    lock.readLock().lock();
    try {
      return size - removed;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Encodings added since the tables were built: every query reads them in full. */
  public int unindexed() {
    lock.readLock().lock();
    try {
      return size - tables.upTo();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Counting-sorts the tables over every slot held so far. */
  @Override
  public void rebuild() {
    // Built from a snapshot without holding a lock: additions go to slots above it (in a grown
    // copy of the array), removals only zero a slot that queries skip anyway.
    long[] flat;
    int n;
    lock.readLock().lock();
    try {
      flat = this.flat;
      n = size;
    } finally {
      lock.readLock().unlock();
    }
    {
      int keys = 1 << lsh.bitsPerKey();
      int[][] offsets = new int[lsh.tables()][];
      int[][] slots = new int[lsh.tables()][];
      java.util.stream.IntStream.range(0, lsh.tables())
          .parallel()
          .forEach(
              t -> {
                int[] keyOf = new int[n];
                int[] offset = new int[keys + 1];
                int indexed = 0;
                for (int s = 0; s < n; s++) {
                  int key = lsh.key(flat, s * Encoder.WORDS, t);
                  keyOf[s] = Integer.bitCount(key) >= MIN_ONES ? key : -1;
                  if (keyOf[s] >= 0) {
                    offset[key + 1]++;
                    indexed++;
                  }
                }
                for (int k = 0; k < keys; k++) {
                  offset[k + 1] += offset[k];
                }
                int[] next = Arrays.copyOf(offset, keys);
                int[] sorted = new int[indexed];
                for (int s = 0; s < n; s++) {
                  if (keyOf[s] >= 0) {
                    sorted[next[keyOf[s]]++] = s;
                  }
                }
                offsets[t] = offset;
                slots[t] = sorted;
              });
      boolean[] usable = new boolean[n];
      for (int[] table : slots) {
        for (int slot : table) {
          usable[slot] = true;
        }
      }
      int[] sparse = java.util.stream.IntStream.range(0, n).filter(slot -> !usable[slot]).toArray();
      Tables built = new Tables(n, offsets, slots, sparse);
      // Published under the write lock: a query sees old or new tables, never half of them.
      lock.writeLock().lock();
      try {
        if (built.upTo() > tables.upTo()) {
          tables = built;
        }
      } finally {
        lock.writeLock().unlock();
      }
    }
  }

  /**
   * The encodings that meet the query in some table (or are too new to be in the tables) and reach
   * {@code minScore}, best first, among those {@code accept} lets through.
   */
  @Override
  public List<Hit> query(long[] bits, double minScore, IntPredicate accept) {
    int countQ = Linkage.count(bits);
    List<Hit> hits = new ArrayList<>();
    long[] met = null;
    // A query reads tens of thousands of random places of its meeting counts; more queries at once
    // than cores would only evict one another's counts from the cache, so the others wait.
    running.acquireUninterruptibly();
    try {
      lock.readLock().lock();
      try {
        // Meetings per slot, two bits each, saturating at the quorum (at most 3): a quarter of a
        // megabyte at a million encodings, which stays in the core's cache. A slot is scored once,
        // when it reaches the quorum.
        met = meetings(size);
        Tables current = tables;
        int[] keys = new int[current.offsets().length];
        int probes = 0;
        for (int t = 0; t < keys.length; t++) {
          keys[t] = lsh.key(bits, t);
          probes += Integer.bitCount(keys[t]) >= MIN_ONES ? 1 : 0;
        }
        boolean probed = probes > 0;
        int quorum = probes >= keys.length / 5 ? MIN_MEETINGS : 1;
        for (int t = 0; t < keys.length; t++) {
          int key = keys[t];
          if (Integer.bitCount(key) < MIN_ONES) {
            continue;
          }
          int[] offset = current.offsets()[t];
          int[] slots = current.slots()[t];
          for (int i = offset[key], end = offset[key + 1]; i < end; i++) {
            int slot = slots[i];
            int word = slot >>> 5;
            int shift = (slot & 31) << 1;
            long w = met[word];
            int m = (int) (w >>> shift) & 3;
            if (m < quorum) {
              met[word] = w + (1L << shift);
              if (m + 1 == quorum) {
                score(bits, countQ, slot, minScore, accept, hits);
              }
            }
          }
        }
        // A query too sparse for any key reads everything; the encodings too sparse for any key
        // and the newest are read by every query.
        int from = probed ? current.upTo() : 0;
        if (probed) {
          for (int slot : current.sparse()) {
            score(bits, countQ, slot, minScore, accept, hits);
          }
        }
        for (int slot = from; slot < size; slot++) {
          score(bits, countQ, slot, minScore, accept, hits);
        }
      } finally {
        lock.readLock().unlock();
      }
    } finally {
      if (met != null) {
        release(met);
      }
      running.release();
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::slot));
    return hits;
  }

  private long[] meetings(int slots) {
    int words = (slots + 31) >>> 5;
    long[] met;
    while ((met = spareMeetings.poll()) != null) {
      if (met.length >= words) {
        return met;
      }
    }
    // Room for growth, so that additions do not make every query allocate again.
    return new long[words + Math.max(64, words / 8)];
  }

  private void release(long[] met) {
    // A quarter of a megabyte at a million encodings: cleared in microseconds. At most one spare
    // per permit is kept.
    Arrays.fill(met, 0L);
    if (spareMeetings.size() < cores) {
      spareMeetings.offer(met);
    }
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
