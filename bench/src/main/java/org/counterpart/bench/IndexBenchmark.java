package org.counterpart.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.counterpart.core.pprl.Encoder;
import org.counterpart.core.pprl.Evaluation;
import org.counterpart.core.pprl.LshIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hub's hit/no-hit index alone: one person query against {@code persons} indexed persons of the
 * evaluation set (the hub's online LSH keys), on one thread; the queries are other spellings of
 * indexed persons and strangers. Sample mode gives the latency distribution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx6g")
public class IndexBenchmark {

  @Param("1000000")
  int persons;

  LshIndex index;
  List<long[]> queries;
  int next;

  @Setup
  public void setUp() {
    var set = Evaluation.generate(persons, 2026);
    var encoder =
        new Encoder(
            Evaluation.SCHEMA.fields().size() > 4
                ? new org.counterpart.core.pprl.Schema(
                    "id", Evaluation.SCHEMA.fields().subList(0, 4))
                : Evaluation.SCHEMA,
            "index benchmark secret".getBytes(StandardCharsets.UTF_8));
    index = new LshIndex(LshIndex.ONLINE);
    set.left().parallelStream()
        .map(r -> encoder.encode(r.values().subList(0, 4)))
        .toList()
        .forEach(index::add);
    index.rebuild();
    queries =
        set.right().stream()
            .limit(10_000)
            .map(r -> encoder.encode(r.values().subList(0, 4)))
            .toList();
  }

  @Benchmark
  public int query() {
    long[] q = queries.get(next++ % queries.size());
    return index.query(q, 0.75, slot -> true).size();
  }
}
