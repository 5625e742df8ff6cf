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
                  for (int j = 0, base = 0; j < rightCounts.length; j++, base += words) {
                    int both = 0;
                    for (int w = 0; w < words; w++) {
                      both += Long.bitCount(a[w] & rights[base + w]);
                    }
                    int sum = countA + rightCounts[j];
                    double score = sum == 0 ? 0 : 2.0 * both / sum;
                    max = Math.max(max, score);
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
                  List<Link> links = new ArrayList<>();
                  for (int k = 0; k < CANDIDATES && topIndex[k] >= 0; k++) {
                    links.add(new Link(left.get(i).id(), right.get(topIndex[k]).id(), topScore[k]));
                  }
                  return links;
                })
            .toList();
    double cut = threshold.isPresent() ? threshold.getAsDouble() : cut(best);
    List<Link> candidates = new ArrayList<>();
    perLeft.forEach(candidates::addAll);
    candidates.sort(
        Comparator.comparingDouble(Link::score)
            .reversed()
            .thenComparing(Link::leftId)
            .thenComparing(Link::rightId));
    Set<String> usedLeft = new HashSet<>();
    Set<String> usedRight = new HashSet<>();
    List<Link> links = new ArrayList<>();
    for (Link candidate : candidates) {
      if (candidate.score() < cut) {
        break;
      }
      if (!usedLeft.contains(candidate.leftId()) && !usedRight.contains(candidate.rightId())) {
        usedLeft.add(candidate.leftId());
        usedRight.add(candidate.rightId());
        links.add(candidate);
      }
    }
    return new Result(links, cut);
  }

  /** The links and the threshold they were cut at. */
  public record Result(List<Link> links, double threshold) {}

  /**
   * A threshold from the best score of every left record: where the records that have a match (high
   * best scores) separate from those that have none, by Otsu's method on a 100-bin histogram, kept
   * within [0.6, 0.95].
   */
  static double cut(double[] best) {
    int bins = 100;
    int[] histogram = new int[bins];
    for (double b : best) {
      histogram[Math.min(bins - 1, (int) (b * bins))]++;
    }
    double total = best.length;
    double sumAll = 0;
    for (int i = 0; i < bins; i++) {
      sumAll += i * (double) histogram[i];
    }
    double sumBelow = 0;
    double weightBelow = 0;
    double bestVariance = -1;
    int bestBin = 80;
    for (int i = 0; i < bins; i++) {
      weightBelow += histogram[i];
      if (weightBelow == 0) {
        continue;
      }
      double weightAbove = total - weightBelow;
      if (weightAbove == 0) {
        break;
      }
      sumBelow += i * (double) histogram[i];
      double meanBelow = sumBelow / weightBelow;
      double meanAbove = (sumAll - sumBelow) / weightAbove;
      double variance = weightBelow * weightAbove * Math.pow(meanBelow - meanAbove, 2);
      if (variance > bestVariance) {
        bestVariance = variance;
        bestBin = i;
      }
    }
    return Math.clamp((bestBin + 1) / (double) bins, 0.6, 0.95);
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
