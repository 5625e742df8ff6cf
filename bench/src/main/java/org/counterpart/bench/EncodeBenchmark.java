package org.counterpart.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.counterpart.core.pprl.Encoder;
import org.counterpart.core.pprl.Evaluation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Encoding persons on one thread: the 10,000 records of the evaluation set (both files), in every
 * script and spelling, with their unique phones and documents. Operations are persons.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EncodeBenchmark {

  static final int PERSONS = 5_000;

  List<Evaluation.Row> rows;
  Encoder encoder;

  @Setup
  public void setUp() {
    var set = Evaluation.generate(PERSONS, 3);
    rows = new java.util.ArrayList<>(set.left());
    rows.addAll(set.right());
    encoder =
        new Encoder(Evaluation.SCHEMA, "benchmark-secret-000001".getBytes(StandardCharsets.UTF_8));
  }

  @Benchmark
  @OperationsPerInvocation(2 * PERSONS)
  public void encode(Blackhole sink) {
    for (Evaluation.Row row : rows) {
      sink.consume(encoder.encode(row.values()));
    }
  }
}
