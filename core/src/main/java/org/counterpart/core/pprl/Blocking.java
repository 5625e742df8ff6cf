package org.counterpart.core.pprl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Linkage of large sets without comparing every pair: candidates are the pairs that share a key in
 * some {@link Lsh} table (each table's keys of both sides sorted and merged), each candidate is
 * scored once per table it meets in, and the pairs reaching the threshold are assigned one to one
 * as {@link Linkage} does. Recall lost to blocking is what {@link Lsh#candidateProbability}
 * predicts and what the bulk-linkage benchmark measures.
 */
public final class Blocking {

  /**
   * Encodings with fewer bits set than this are left out: nearly empty, they share every key with
   * each other and say too little to be linked.
   */
  public static final int MIN_BITS = 24;

  /** A key shared by more pairs than this in one table is skipped (and counted). */
  static final long MAX_BUCKET_PAIRS = 50_000_000L;

  private Blocking() {}

  /** The links, best first, and what blocking cost. */
  public record Result(
      List<Linkage.Link> links, double threshold, long candidatePairs, long skippedPairs) {}

  public static Result link(
      List<Linkage.Encoded> left, List<Linkage.Encoded> right, Lsh lsh, double threshold) {
    int words = Encoder.WORDS;
    long[] l = flat(left);
    long[] r = flat(right);
    int[] lc = counts(l, left.size());
    int[] rc = counts(r, right.size());
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
                    int a = (int) (lk[i] >> 32);
                    int b = (int) (rk[j] >> 32);
                    if (a < b) {
                      i++;
                    } else if (a > b) {
                      j++;
                    } else {
                      int iEnd = i;
                      while (iEnd < lk.length && (int) (lk[iEnd] >> 32) == a) {
                        iEnd++;
                      }
                      int jEnd = j;
                      while (jEnd < rk.length && (int) (rk[jEnd] >> 32) == a) {
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
                          for (int y = j; y < jEnd; y++) {
                            int rj = (int) rk[y];
                            int other = rj * words;
                            int both = 0;
                            for (int w = 0; w < words; w++) {
                              both += Long.bitCount(l[base + w] & r[other + w]);
                            }
                            double score = 2.0 * both / (lc[li] + rc[rj]);
                            if (score >= threshold) {
                              pairs.add(li, rj);
                            }
                          }
                        }
                      }
                      i = iEnd;
                      j = jEnd;
                    }
                  }
                  candidates.addAndGet(compared);
                  return pairs.toArray();
                })
            .toList();
    // Each pair once (it may meet in many tables), then one to one, best first.
    long[] all = found.stream().flatMapToLong(Arrays::stream).sorted().distinct().toArray();
    List<Linkage.Link> links = new ArrayList<>(all.length);
    for (long packed : all) {
      int li = Pairs.left(packed);
      int rj = Pairs.right(packed);
      links.add(
          new Linkage.Link(
              left.get(li).id(),
              right.get(rj).id(),
              Linkage.dice(left.get(li).bits(), lc[li], right.get(rj).bits(), rc[rj])));
    }
    links.sort(Linkage.BEST_FIRST);
    return new Result(Linkage.assign(links, threshold), threshold, candidates.get(), skipped.get());
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

  /** (key, index) packed and sorted, for the encodings with enough bits. */
  private static long[] keys(Lsh lsh, int table, long[] flat, int[] counts) {
    long[] keys = new long[counts.length];
    int n = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] >= MIN_BITS) {
        keys[n++] = (long) lsh.key(flat, i * Encoder.WORDS, table) << 32 | i;
      }
    }
    keys = Arrays.copyOf(keys, n);
    Arrays.sort(keys);
    return keys;
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
