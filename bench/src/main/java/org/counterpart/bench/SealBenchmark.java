package org.counterpart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.counterpart.core.exchange.Seal;
import org.counterpart.core.exchange.SealException;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.RegionalAuthority;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cryptography of one exchanged message, on one thread: the sender seals (ephemeral P-256 key,
 * ECDH, AES-256-GCM, ECDSA signature), the hub checks the signature, the recipient checks it again
 * and opens. A message of 1 KiB, about what a request without attachments weighs once in JSON.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SealBenchmark {

  Path dir;
  Credentials rs;
  Credentials ba;
  byte[] content;
  byte[] sealed;

  @Setup
  public void setUp() throws Exception {
    dir = Files.createTempDirectory("seal-benchmark");
    var region = RegionalAuthority.openOrCreate(dir.resolve("ca"), "Benchmark region");
    rs = region.issueEphemeral(Party.node("RS"));
    ba = region.issueEphemeral(Party.node("BA"));
    content = new byte[1024];
    new java.util.Random(1).nextBytes(content);
    sealed = Seal.seal(content, rs, ba.certificate());
  }

  @TearDown
  public void tearDown() throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Benchmark
  public byte[] seal() {
    return Seal.seal(content, rs, ba.certificate());
  }

  @Benchmark
  public byte[] hubCheck() throws SealException {
    return Seal.verify(sealed, ba.authority(), Party.node("RS"));
  }

  @Benchmark
  public byte[] open() throws SealException {
    return Seal.open(sealed, ba, Party.node("RS"));
  }
}
