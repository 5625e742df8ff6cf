package org.counterpart.core.pprl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Links two sets of encodings one to one: every pair is scored with the Dice coefficient, each
 * record keeps its best candidates, and the candidates are assigned greedily from the best score
 * down, so that a record is linked at most once (not every pair above the threshold).
 */
public final class Linkage {

  /** An encoded record. */
  public record Encoded(String id, long[] bits) {}

  /** A link, with its Dice score. */
  public record Link(String leftId, String rightId, double score) {}

  /** Candidates kept per left record before the assignment. */
  private static final int CANDIDATES = 8;

  /** Files smaller than this get {@link #SMALL_FILE_THRESHOLD} when no threshold is given. */
  static final int SMALL = 100;

  static final double SMALL_FILE_THRESHOLD = 0.85;

  /** Below this nothing is a candidate when the threshold is chosen automatically. */
  private static final double AUTO_FLOOR = 0.5;

  private Linkage() {}

  /** The links, best first; with no threshold, one is chosen from the scores (see {@link #cut}). */
  public static Result link(List<Encoded> left, List<Encoded> right, OptionalDouble threshold) {
    double floor = threshold.isPresent() ? threshold.getAsDouble() : AUTO_FLOOR;
    // The right side laid out flat: one array, the kernel streams through it (twice as fast as an
    // array of arrays, and as fast as the C reference loop of the JMH benchmark).
    int words = Encoder.WORDS;
    long[] rights = new long[right.size() * words];
    int[] rightCounts = new int[right.size()];
    for (int j = 0; j < right.size(); j++) {
      System.arraycopy(right.get(j).bits(), 0, rights, j * words, words);
      rightCounts[j] = count(right.get(j).bits());
    }
    double[] best = new double[left.size()];
    double[] second = new double[left.size()];
    List<List<Link>> perLeft =
        IntStream.range(0, left.size())
            .parallel()
            .mapToObj(
                i -> {
                  long[] a = left.get(i).bits();
                  int countA = count(a);
                  double[] topScore = new double[CANDIDATES];
                  int[] topIndex = new int[CANDIDATES];
                  Arrays.fill(topIndex, -1);
                  double max = 0;
                  double runnerUp = 0;
                  for (int j = 0, base = 0; j < rightCounts.length; j++, base += words) {
                    int both = 0;
                    for (int w = 0; w < words; w++) {
                      both += Long.bitCount(a[w] & rights[base + w]);
                    }
                    int sum = countA + rightCounts[j];
                    double score = sum == 0 ? 0 : 2.0 * both / sum;
                    if (score > max) {
                      runnerUp = max;
                      max = score;
                    } else if (score > runnerUp) {
                      runnerUp = score;
                    }
                    if (score >= floor && score > topScore[CANDIDATES - 1]) {
                      int k = CANDIDATES - 1;
                      while (k > 0 && topScore[k - 1] < score) {
                        topScore[k] = topScore[k - 1];
                        topIndex[k] = topIndex[k - 1];
                        k--;
                      }
                      topScore[k] = score;
                      topIndex[k] = j;
                    }
                  }
                  best[i] = max;
                  second[i] = runnerUp;
                  List<Link> links = new ArrayList<>();
                  for (int k = 0; k < CANDIDATES && topIndex[k] >= 0; k++) {
                    links.add(new Link(left.get(i).id(), right.get(topIndex[k]).id(), topScore[k]));
                  }
                  return links;
                })
            .toList();
    double cut = threshold.isPresent() ? threshold.getAsDouble() : cut(best, second, right.size());
    List<Link> candidates = new ArrayList<>();
    perLeft.forEach(candidates::addAll);
    candidates.sort(BEST_FIRST);
    return new Result(assign(candidates, cut), cut);
  }

  /** Greedy one-to-one assignment of candidates sorted best first, down to {@code cut}. */
  static List<Link> assign(List<Link> sortedCandidates, double cut) {
    Set<String> usedLeft = new HashSet<>();
    Set<String> usedRight = new HashSet<>();
    List<Link> links = new ArrayList<>();
    for (Link candidate : sortedCandidates) {
      if (candidate.score() < cut) {
        break;
      }
      if (!usedLeft.contains(candidate.leftId()) && !usedRight.contains(candidate.rightId())) {
        usedLeft.add(candidate.leftId());
        usedRight.add(candidate.rightId());
        links.add(candidate);
      }
    }
    return links;
  }

  /** The order links are assigned in: best score first, then by ids for a stable result. */
  static final Comparator<Link> BEST_FIRST =
      Comparator.comparingDouble(Link::score)
          .reversed()
          .thenComparing(Link::leftId)
          .thenComparing(Link::rightId);

  /** The links and the threshold they were cut at. */
  public record Result(List<Link> links, double threshold) {}

  /**
   * A threshold from the scores themselves, aiming at a precision of 99.5 % with the most recall.
   *
   * <p>A record with a true match has its best non-match as its second-best score; records whose
   * best score is at least 0.85 almost surely have one, so their second-best scores sample the
   * distribution of best non-matches (all second-best scores when there are too few). A record
   * without a match links to its best non-match if that reaches the threshold T, so about {@code (n
   * - M) * S(T)} of the M records whose best score reaches T are false, S(T) being the share of
   * that sample reaching T. The lowest T from 0.60 to 0.95 with that estimate under 0.5 % is kept:
   * this holds whether every record has a match or few have.
   */
  static double cut(double[] best, double[] second, int rightSize) {
    int n = best.length;
    if (n == 0) {
      return 0.8;
    }
    if (rightSize < SMALL || n < SMALL) {
      // Too few scores to learn from: a record's second-best among a handful says little about
      // its best non-match. A conservative fixed threshold, or the caller's own.
      return SMALL_FILE_THRESHOLD;
    }
    double[] sample = sample(best, second);
    for (int step = 60; step <= 95; step++) {
      double t = step / 100.0;
      int reaching = 0;
      for (double b : best) {
        reaching += b >= t ? 1 : 0;
      }
      int sampleReaching = 0;
      for (double s : sample) {
        sampleReaching += s >= t ? 1 : 0;
      }
      double falseLinks = (n - reaching) * (sampleReaching / (double) sample.length);
      if (reaching > 0 && falseLinks / reaching <= 0.005) {
        return t;
      }
    }
    return 0.95;
  }

  private static double[] sample(double[] best, double[] second) {
    double[] sure =
        IntStream.range(0, best.length)
            .filter(i -> best[i] >= 0.85)
            .mapToDouble(i -> second[i])
            .toArray();
    return sure.length >= 50 ? sure : second;
  }

  static int count(long[] bits) {
    int c = 0;
    for (long word : bits) {
      c += Long.bitCount(word);
    }
    return c;
  }

  /** Dice with the counts already known: the comparison kernel. */
  public static double dice(long[] a, int countA, long[] b, int countB) {
    int both = 0;
    for (int i = 0; i < a.length; i++) {
      both += Long.bitCount(a[i] & b[i]);
    }
    int sum = countA + countB;
    return sum == 0 ? 0 : 2.0 * both / sum;
  }
}
