package org.counterpart.core.pprl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Linkage of large sets without comparing every pair: candidates are the pairs that share a key in
 * some {@link Lsh} table (each table's keys of both sides radix-sorted and merged), and the pairs
 * reaching the threshold are assigned one to one as {@link Linkage} does. Recall lost to blocking
 * is what the bulk-linkage benchmark ({@code counterpart pprl evaluate --blocking}) measures.
 *
 * <p>The hot loop compares integers: a pair reaches the threshold when the bits both have set reach
 * a minimum looked up by the sum of their counts, and pairs whose counts alone rule that out are
 * not scored. A pair meeting in several tables is kept only in the first (the others find its key
 * equal in an earlier table), so the pairs found stay as few as the links.
 */
public final class Blocking {

  /**
   * Encodings with fewer bits set than this are left out: nearly empty, they share every key with
   * each other and say too little to be linked.
   */
  public static final int MIN_BITS = 24;

  /**
   * A key shared by more pairs than this in one table is skipped (and counted): its pairs are lost
   * unless they meet in an earlier table.
   */
  static final long MAX_BUCKET_PAIRS = 50_000_000L;

  private Blocking() {}

  /**
   * The links, best first, and what blocking cost: {@code candidatePairs} counts a pair once per
   * table it meets in (the comparisons done); {@code skippedPairs} the pairs of skipped keys.
   */
  public record Result(
      List<Linkage.Link> links, double threshold, long candidatePairs, long skippedPairs) {}

  public static Result link(
      List<Linkage.Encoded> left, List<Linkage.Encoded> right, Lsh lsh, double threshold) {
    int words = Encoder.WORDS;
    long[] l = flat(left);
    long[] r = flat(right);
    int[] lc = counts(l, left.size());
    int[] rc = counts(r, right.size());
    int[] minBoth = minBoth(threshold);
    AtomicLong candidates = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    List<long[]> found =
        IntStream.range(0, lsh.tables())
            .parallel()
            .mapToObj(
                t -> {
                  long[] lk = keys(lsh, t, l, lc);
                  long[] rk = keys(lsh, t, r, rc);
                  Pairs pairs = new Pairs();
                  long compared = 0;
                  int i = 0;
                  int j = 0;
                  while (i < lk.length && j < rk.length) {
                    int a = (int) (lk[i] >>> 32);
                    int b = (int) (rk[j] >>> 32);
                    if (a != b) {
                      if (Integer.compareUnsigned(a, b) < 0) {
                        i++;
                      } else {
                        j++;
                      }
                      continue;
                    }
                    int iEnd = i + 1;
                    while (iEnd < lk.length && (int) (lk[iEnd] >>> 32) == a) {
                      iEnd++;
                    }
                    int jEnd = j + 1;
                    while (jEnd < rk.length && (int) (rk[jEnd] >>> 32) == a) {
                      jEnd++;
                    }
                    long bucket = (long) (iEnd - i) * (jEnd - j);
                    if (bucket > MAX_BUCKET_PAIRS) {
                      skipped.addAndGet(bucket);
                    } else {
                      compared += bucket;
                      for (int x = i; x < iEnd; x++) {
                        int li = (int) lk[x];
                        int base = li * words;
                        int countL = lc[li];
                        for (int y = j; y < jEnd; y++) {
                          int rj = (int) rk[y];
                          int countR = rc[rj];
                          int need = minBoth[countL + countR];
                          if (need > Math.min(countL, countR)) {
                            continue;
                          }
                          int other = rj * words;
                          int both = 0;
                          for (int w = 0; w < words; w++) {
                            both += Long.bitCount(l[base + w] & r[other + w]);
                          }
                          if (both >= need && !metBefore(lsh, t, l, base, r, other)) {
                            pairs.add(li, rj);
                          }
                        }
                      }
                    }
                    i = iEnd;
                    j = jEnd;
                  }
                  candidates.addAndGet(compared);
                  return pairs.toArray();
                })
            .toList();
    List<Linkage.Link> links = new ArrayList<>();
    for (long[] table : found) {
      for (long packed : table) {
        int li = Pairs.left(packed);
        int rj = Pairs.right(packed);
        links.add(
            new Linkage.Link(
                left.get(li).id(),
                right.get(rj).id(),
                Linkage.dice(left.get(li).bits(), lc[li], right.get(rj).bits(), rc[rj])));
      }
    }
    links.sort(Linkage.BEST_FIRST);
    return new Result(Linkage.assign(links, threshold), threshold, candidates.get(), skipped.get());
  }

  /**
   * For each sum of two counts, the fewest bits both must have set for their Dice coefficient
   * ({@code 2.0 * both / sum}, as {@link Linkage#dice} computes it) to reach the threshold.
   */
  static int[] minBoth(double threshold) {
    int[] min = new int[2 * Encoder.BITS + 1];
    for (int sum = 0; sum < min.length; sum++) {
      int both = 0;
      while (both <= sum && !(sum > 0 && 2.0 * both / sum >= threshold)) {
        both++;
      }
      min[sum] = both;
    }
    return min;
  }

  /** Whether the pair shares its key in a table before {@code table}: it was found there. */
  private static boolean metBefore(Lsh lsh, int table, long[] l, int base, long[] r, int other) {
    for (int t = 0; t < table; t++) {
      if (lsh.key(l, base, t) == lsh.key(r, other, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Links identical encodings only, one to one: for identifiers (phones, documents), normalised
   * before encoding, whose encodings are too sparse for LSH keys and must agree whole anyway.
   */
  public static Result exact(List<Linkage.Encoded> left, List<Linkage.Encoded> right) {
    java.util.Map<java.nio.LongBuffer, java.util.ArrayDeque<String>> byBits =
        new java.util.HashMap<>();
    for (Linkage.Encoded r : right) {
      byBits
          .computeIfAbsent(java.nio.LongBuffer.wrap(r.bits()), k -> new java.util.ArrayDeque<>())
          .add(r.id());
    }
    List<Linkage.Link> links = new ArrayList<>();
    long compared = 0;
    for (Linkage.Encoded l : left) {
      var same = byBits.get(java.nio.LongBuffer.wrap(l.bits()));
      if (same != null && !same.isEmpty() && Linkage.count(l.bits()) > 0) {
        compared++;
        links.add(new Linkage.Link(l.id(), same.poll(), 1.0));
      }
    }
    links.sort(Linkage.BEST_FIRST);
    return new Result(links, 1.0, compared, 0);
  }

  private static long[] flat(List<Linkage.Encoded> encoded) {
    long[] flat = new long[encoded.size() * Encoder.WORDS];
    for (int i = 0; i < encoded.size(); i++) {
      System.arraycopy(encoded.get(i).bits(), 0, flat, i * Encoder.WORDS, Encoder.WORDS);
    }
    return flat;
  }

  private static int[] counts(long[] flat, int n) {
    int[] counts = new int[n];
    for (int i = 0; i < flat.length; i++) {
      counts[i / Encoder.WORDS] += Long.bitCount(flat[i]);
    }
    return counts;
  }

  /**
   * (key, index) packed and sorted by key as an unsigned number (index order within a key), for the
   * encodings with enough bits: a stable radix sort, two passes of 16 bits.
   */
  private static long[] keys(Lsh lsh, int table, long[] flat, int[] counts) {
    long[] keys = new long[counts.length];
    int n = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] >= MIN_BITS) {
        keys[n++] = (long) lsh.key(flat, i * Encoder.WORDS, table) << 32 | i;
      }
    }
    long[] other = new long[n];
    int[] offsets = new int[1 << 16];
    for (int shift = 32; shift < 64; shift += 16) {
      Arrays.fill(offsets, 0);
      for (int i = 0; i < n; i++) {
        offsets[(int) (keys[i] >>> shift) & 0xFFFF]++;
      }
      for (int k = 0, sum = 0; k < offsets.length; k++) {
        int c = offsets[k];
        offsets[k] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        other[offsets[(int) (keys[i] >>> shift) & 0xFFFF]++] = keys[i];
      }
      long[] swap = keys;
      keys = other;
      other = swap;
    }
    return keys.length == n ? keys : Arrays.copyOf(keys, n);
  }

  /** Pairs of indexes that reached the threshold, packed in a long each. */
  private static final class Pairs {
    private long[] packed = new long[64];
    private int size;

    void add(int left, int right) {
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
      }
      packed[size++] = (long) left << 32 | (right & 0xFFFFFFFFL);
    }

    long[] toArray() {
      return Arrays.copyOf(packed, size);
    }

    static int left(long packed) {
      return (int) (packed >>> 32);
    }

    static int right(long packed) {
      return (int) packed;
    }
  }
}
