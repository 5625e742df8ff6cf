package org.counterpart.core.pprl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Candidate generation by LSH: far fewer comparisons, next to no links lost. */
class BlockingTest {

  static final byte[] SECRET = "blocking-secret-0001".getBytes(StandardCharsets.UTF_8);

  static List<Linkage.Encoded> encode(Encoder encoder, List<Evaluation.Row> rows) {
    return rows.stream().map(r -> new Linkage.Encoded(r.id(), encoder.encode(r.values()))).toList();
  }

  @Test
  void blockedLinkageFindsTheLinksOfAllPairsWhileComparingAFewPercentOfThem() {
    var set = Evaluation.generate(3000, 21);
    var encoder = new Encoder(Evaluation.SCHEMA, SECRET);
    var left = encode(encoder, set.left());
    var right = encode(encoder, set.right());
    double threshold = 0.75;

    var all = Linkage.link(left, right, OptionalDouble.of(threshold)).links();
    var blocked = Blocking.link(left, right, new Lsh(200, 32, 1), threshold);

    Set<Linkage.Link> found = new HashSet<>(blocked.links());
    long kept = all.stream().filter(found::contains).count();
    assertThat(kept / (double) all.size())
        .as("share of all-pairs links that blocking keeps")
        .isGreaterThanOrEqualTo(0.99);
    assertThat(blocked.candidatePairs())
        .as("pairs compared")
        .isLessThan((long) left.size() * right.size() / 20);
    assertThat(blocked.links())
        .allSatisfy(l -> assertThat(l.score()).isGreaterThanOrEqualTo(threshold));
    assertThat(blocked.links().stream().map(Linkage.Link::rightId).distinct().count())
        .as("one to one")
        .isEqualTo(blocked.links().size());
  }

  @Test
  void theIntegerTestOfTheHotLoopAgreesWithTheDiceCoefficient() {
    for (double threshold : new double[] {0.75, 0.8, 0.6, 1 / 3.0, 0, 1}) {
      int[] minBoth = Blocking.minBoth(threshold);
      for (int sum = 1; sum <= 2 * Encoder.BITS; sum++) {
        for (int both = 0; 2 * both <= sum; both++) {
          assertThat(both >= minBoth[sum])
              .as("both %d, sum %d, threshold %s", both, sum, threshold)
              .isEqualTo(2.0 * both / sum >= threshold);
        }
      }
    }
  }

  @Test
  void theBulkDefaultsLinkNearlyEveryTruePairReachingTheThresholdAndEachPairOnce() {
    var set = Evaluation.generate(3000, 33);
    var encoder = new Encoder(Evaluation.SCHEMA, SECRET);
    var left = encode(encoder, set.left());
    var right = encode(encoder, set.right());

    var blocked = Blocking.link(left, right, Lsh.BULK, 0.75);
    var reachable = Evaluation.reachable(left, right, set.truth(), blocked.links(), 0.75);

    assertThat(reachable.reachable()).isGreaterThan(1000);
    assertThat(reachable.loss()).as("recall loss from blocking").isLessThan(0.01);
    assertThat(blocked.skippedPairs()).isZero();
    // A pair meeting in several tables is scored in each but found once: one to one holds.
    assertThat(blocked.links().stream().map(Linkage.Link::leftId).distinct().count())
        .isEqualTo(blocked.links().size());
    assertThat(blocked.links().stream().map(Linkage.Link::rightId).distinct().count())
        .isEqualTo(blocked.links().size());
    assertThat(blocked.links()).allSatisfy(l -> assertThat(l.score()).isGreaterThanOrEqualTo(0.75));
  }

  @Test
  void theIndexAnswersWhatAFullScanWouldAndForgetsRemovedEncodings() {
    var set = Evaluation.generate(2000, 5);
    var encoder = new Encoder(Evaluation.SCHEMA, SECRET);
    var index = new LshIndex(new Lsh(64, 16, 7));
    var right = encode(encoder, set.right());
    // Half before the tables are built, half after: both parts are searched.
    for (int i = 0; i < right.size(); i++) {
      index.add(right.get(i).bits());
      if (i == right.size() / 2) {
        index.rebuild();
      }
    }
    var left = encode(encoder, set.left());
    int expected = 0;
    int answered = 0;
    for (var query : left.subList(0, 300)) {
      int best = -1;
      double bestScore = 0.8;
      for (int s = 0; s < right.size(); s++) {
        double score = Encoder.dice(query.bits(), right.get(s).bits());
        if (score >= bestScore) {
          bestScore = score;
          best = s;
        }
      }
      if (best >= 0) {
        expected++;
        var hits = index.query(query.bits(), 0.8, slot -> true);
        if (!hits.isEmpty() && hits.get(0).slot() == best) {
          answered++;
        }
      }
    }
    assertThat(expected).isGreaterThan(50);
    assertThat(answered / (double) expected).isGreaterThanOrEqualTo(0.99);

    var someone = right.get(10).bits();
    assertThat(index.query(someone, 0.99, slot -> true))
        .extracting(EncodingIndex.Hit::slot)
        .contains(10);
    assertThat(index.query(someone, 0.99, slot -> slot != 10))
        .extracting(EncodingIndex.Hit::slot)
        .doesNotContain(10);
    index.remove(10);
    assertThat(index.query(someone, 0.99, slot -> true))
        .extracting(EncodingIndex.Hit::slot)
        .doesNotContain(10);
    assertThat(index.size()).isEqualTo(right.size() - 1);
  }

  @Test
  @org.junit.jupiter.api.Timeout(120)
  void aQueryAnswersTheSameWhateverWasAskedBeforeAndAlongsideIt() throws Exception {
    // A query counts meetings in two bits per encoding: the quorum must fit.
    assertThat(LshIndex.MIN_MEETINGS).isBetween(1, 3);
    var set = Evaluation.generate(3000, 11);
    var encoder = new Encoder(Evaluation.SCHEMA, SECRET);
    var index = new LshIndex(LshIndex.ONLINE);
    var right = encode(encoder, set.right());
    right.forEach(e -> index.add(e.bits()));
    index.rebuild();
    // An indexed person first, then other spellings of persons and strangers.
    List<Linkage.Encoded> queries = new java.util.ArrayList<>();
    queries.add(right.get(17));
    queries.addAll(encode(encoder, set.left()).subList(0, 400));
    // The first query meets a fresh index; its answer is the reference for every later asking.
    var first = index.query(queries.get(0).bits(), 0.75, slot -> true);
    assertThat(first).isNotEmpty();
    List<List<EncodingIndex.Hit>> inOrder = new java.util.ArrayList<>();
    for (var q : queries) {
      inOrder.add(index.query(q.bits(), 0.75, slot -> true));
    }
    assertThat(inOrder.get(0)).isEqualTo(first);
    assertThat(inOrder.stream().filter(h -> !h.isEmpty()).count()).isGreaterThan(100);
    // A query cut short by its filter leaves nothing behind for the next ones.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                index.query(
                    queries.get(0).bits(),
                    0.0,
                    slot -> {
                      throw new IllegalStateException("refused");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(index.query(queries.get(0).bits(), 0.75, slot -> true))
        .as("the same query right after it was cut short")
        .isEqualTo(first);
    for (int i = queries.size() - 1; i >= 0; i--) {
      assertThat(index.query(queries.get(i).bits(), 0.75, slot -> true))
          .as("query %d asked again, in reverse order", i)
          .isEqualTo(inOrder.get(i));
    }
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(12)) {
      List<java.util.concurrent.Future<List<EncodingIndex.Hit>>> answers =
          new java.util.ArrayList<>();
      for (var q : queries) {
        answers.add(pool.submit(() -> index.query(q.bits(), 0.75, slot -> true)));
      }
      for (int i = 0; i < queries.size(); i++) {
        assertThat(answers.get(i).get())
            .as("query %d asked alongside others", i)
            .isEqualTo(inOrder.get(i));
      }
    }
  }

  @Test
  void anEncodingUnderAnotherSecretHitsNothing() {
    var set = Evaluation.generate(500, 9);
    var index = new LshIndex(new Lsh(64, 16, 7));
    for (var e : encode(new Encoder(Evaluation.SCHEMA, SECRET), set.right())) {
      index.add(e.bits());
    }
    var other =
        new Encoder(Evaluation.SCHEMA, "another-secret-00002".getBytes(StandardCharsets.UTF_8));
    long hits =
        encode(other, set.right()).stream()
            .filter(e -> !index.query(e.bits(), 0.7, slot -> true).isEmpty())
            .count();
    assertThat(hits).isZero();
  }

  @Test
  void identifiersLinkOnlyWhenTheirEncodingsAreIdenticalAndOnce() {
    var schema =
        Schema.parse("{\"id\": \"id\", \"fields\": [{\"column\": \"p\", \"kind\": \"phone\"}]}");
    var encoder = new Encoder(schema, SECRET);
    var left =
        List.of(
            new Linkage.Encoded("a1", encoder.encode(List.of("+381 64 111 2233"))),
            new Linkage.Encoded("a2", encoder.encode(List.of("+381 64 111 2234"))));
    var right =
        List.of(
            new Linkage.Encoded("b1", encoder.encode(List.of("+381641112233"))),
            new Linkage.Encoded("b2", encoder.encode(List.of("+381641112233"))));
    assertThat(Blocking.exact(left, right).links())
        .containsExactly(new Linkage.Link("a1", "b1", 1.0));
  }

  @Test
  void anIdentifierIsFoundByItsIdenticalEncodingOnlyAndForgottenWhenRemoved() {
    var schema =
        Schema.parse("{\"id\": \"id\", \"fields\": [{\"column\": \"d\", \"kind\": \"document\"}]}");
    var encoder = new Encoder(schema, SECRET);
    var index = new ExactIndex();
    int passport = index.add(encoder.encode(List.of("PA7712345")));
    index.add(encoder.encode(List.of("PA7712346")));
    assertThat(index.query(encoder.encode(List.of("pa 771 2345")), 0.9, slot -> true))
        .containsExactly(new EncodingIndex.Hit(passport, 1.0));
    assertThat(index.query(encoder.encode(List.of("PA7712347")), 0.5, slot -> true)).isEmpty();
    index.remove(passport);
    assertThat(index.query(encoder.encode(List.of("PA7712345")), 0.9, slot -> true)).isEmpty();
    assertThat(index.size()).isEqualTo(1);
  }
}
