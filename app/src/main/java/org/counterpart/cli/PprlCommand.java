package org.counterpart.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.counterpart.core.pprl.Blocking;
import org.counterpart.core.pprl.Encoder;
import org.counterpart.core.pprl.Evaluation;
import org.counterpart.core.pprl.Lsh;
import org.counterpart.core.pprl.PprlFiles;
import org.counterpart.core.pprl.Schema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Privacy-preserving record linkage of files, for evaluation and for countries linking offline. */
@Command(
    name = "pprl",
    mixinStandardHelpOptions = true,
    description =
        "Encode persons as keyed Bloom filters and link two encoded files without clear text.",
    subcommands = {PprlCommand.Encode.class, PprlCommand.Match.class, PprlCommand.Evaluate.class})
final class PprlCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "encode",
      mixinStandardHelpOptions = true,
      description = {
        "Encode every row of a CSV file (UTF-8, with a header) as id,encoding (base64 of 1024"
            + " bits).",
        "Exit codes: 0 done, 2 bad input (the problem is named on standard error)."
      })
  static final class Encode implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--schema", required = true, paramLabel = "SCHEMA.json")
    Path schema;

    @Option(
        names = "--secret-file",
        required = true,
        paramLabel = "KEY",
        description = "The secret the linking parties share (at least 16 bytes); never the hub.")
    Path secretFile;

    @Option(names = "--in", required = true, paramLabel = "A.csv")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "A.enc.csv")
    Path out;

    @Override
    public Integer call() {
      try {
        var encoder = new Encoder(Schema.read(schema), Files.readAllBytes(secretFile));
        long started = System.nanoTime();
        long rows = PprlFiles.encode(encoder, in, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine()
            .getErr()
            .printf(
                Locale.ROOT,
                "encoded %d rows in %.1f s (%.0f rows/s) into %s%n",
                rows,
                seconds,
                rows / Math.max(seconds, 1e-9),
                out);
        return 0;
      } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
        return badInput(spec, e);
      }
    }
  }

  @Command(
      name = "match",
      mixinStandardHelpOptions = true,
      description = {
        "Link two encoding files one to one and write left_id,right_id,score, best first.",
        "Without --threshold, the lowest from 0.60 to 0.95 whose precision, estimated from the"
            + " second-best scores (non-matches), is 99.5 %.",
        "Exit codes: 0 done, 2 bad input."
      })
  static final class Match implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--left", required = true, paramLabel = "A.enc.csv")
    Path left;

    @Option(names = "--right", required = true, paramLabel = "B.enc.csv")
    Path right;

    @Option(names = "--threshold", paramLabel = "T", description = "Dice score from 0 to 1.")
    Double threshold;

    @Option(names = "--out", required = true, paramLabel = "M.csv")
    Path out;

    @Override
    public Integer call() {
      if (threshold != null && (threshold < 0 || threshold > 1 || threshold.isNaN())) {
        spec.commandLine().getErr().println("--threshold: a number from 0 to 1");
        return 2;
      }
      try {
        long started = System.nanoTime();
        var result =
            PprlFiles.match(
                left,
                right,
                threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold),
                out);
        spec.commandLine()
            .getErr()
            .printf(
                Locale.ROOT,
                "%d links at threshold %.2f in %.1f s into %s%n",
                result.links().size(),
                result.threshold(),
                (System.nanoTime() - started) / 1e9,
                out);
        return 0;
      } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
        return badInput(spec, e);
      }
    }
  }

  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description = {
        "Generate a Balkan evaluation set (scripts, spellings, typos, swaps, date errors, missing"
            + " fields, namesakes), link it encoded and in clear text, print precision, recall"
            + " and F1.",
        "With --blocking: the bulk-linkage benchmark instead, LSH-blocked linkage at --threshold"
            + " with its time, candidate pairs and the recall lost to blocking (true pairs"
            + " reaching the threshold that it does not link)."
      })
  static final class Evaluate implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--persons", defaultValue = "5000", description = "Persons in file A.")
    int persons;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(
        names = "--blocking",
        description = "Benchmark LSH-blocked bulk linkage instead of linking every pair.")
    boolean blocking;

    @Option(
        names = "--tables",
        paramLabel = "N",
        description = "LSH tables for --blocking (default: the bulk linkage's).")
    Integer tables;

    @Option(
        names = "--key-bits",
        paramLabel = "K",
        description = "Bits per LSH key for --blocking, 1 to 32 (default: the bulk linkage's).")
    Integer keyBits;

    @Option(
        names = "--threshold",
        defaultValue = "0.75",
        paramLabel = "T",
        description = "Dice threshold for --blocking (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() {
      if (blocking) {
        return blocking();
      }
      var set = org.counterpart.core.pprl.Evaluation.generate(persons, seed);
      byte[] secret = new byte[32];
      new java.security.SecureRandom().nextBytes(secret);
      long started = System.nanoTime();
      var encoded =
          org.counterpart.core.pprl.Evaluation.encoded(set, secret, OptionalDouble.empty());
      double seconds = (System.nanoTime() - started) / 1e9;
      var clear = org.counterpart.core.pprl.Evaluation.baseline(set, 0.85);
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "set: %d persons in A, %d in B, %d true links%n",
              set.left().size(),
              set.right().size(),
              set.truth().size());
      print(
          "encoded (threshold " + String.format(Locale.ROOT, "%.2f", encoded.threshold()) + ")",
          org.counterpart.core.pprl.Evaluation.score(encoded.links(), set.truth()));
      for (double t : new double[] {0.6, 0.7, 0.8}) {
        var at = org.counterpart.core.pprl.Evaluation.encoded(set, secret, OptionalDouble.of(t));
        print(
            "encoded at " + t, org.counterpart.core.pprl.Evaluation.score(at.links(), set.truth()));
      }
      print(
          "clear text (Jaro-Winkler >= 0.85 + same date)",
          org.counterpart.core.pprl.Evaluation.score(clear, set.truth()));
      spec.commandLine().getOut().printf(Locale.ROOT, "encode and link: %.1f s%n", seconds);
      return 0;
    }

    private Integer blocking() {
      var out = spec.commandLine().getOut();
      Lsh lsh;
      try {
        lsh =
            new Lsh(
                tables == null ? Lsh.BULK.tables() : tables,
                keyBits == null ? Lsh.BULK.bitsPerKey() : keyBits,
                Lsh.BULK.seed());
      } catch (IllegalArgumentException e) {
        return badInput(spec, e);
      }
      if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
        spec.commandLine().getErr().println("--threshold: a number from 0 to 1");
        return 2;
      }
      long started = System.nanoTime();
      var set = Evaluation.generate(persons, seed);
      double generated = (System.nanoTime() - started) / 1e9;
      out.printf(
          Locale.ROOT,
          "set: %d persons in A, %d in B, %d true links (generated in %.1f s)%n",
          set.left().size(),
          set.right().size(),
          set.truth().size(),
          generated);
      byte[] secret = new byte[32];
      new java.security.SecureRandom().nextBytes(secret);
      var encoder = new Encoder(Evaluation.SCHEMA, secret);
      started = System.nanoTime();
      var left = Evaluation.encode(encoder, set.left());
      var right = Evaluation.encode(encoder, set.right());
      double encoding = (System.nanoTime() - started) / 1e9;
      int records = left.size() + right.size();
      out.printf(
          Locale.ROOT,
          "encode: %d records in %.1f s (%.0f records/s)%n",
          records,
          encoding,
          records / Math.max(encoding, 1e-9));
      started = System.nanoTime();
      var result = Blocking.link(left, right, lsh, threshold);
      double linking = (System.nanoTime() - started) / 1e9;
      double all = (double) left.size() * right.size();
      out.printf(
          Locale.ROOT,
          "blocked linkage: %d x %d persons, %s, threshold %.2f, %.1f s on %d cores%n",
          left.size(),
          right.size(),
          lsh,
          threshold,
          linking,
          Runtime.getRuntime().availableProcessors());
      out.printf(
          Locale.ROOT,
          "candidate pairs: %d compared (%.4f %% of %.0f pairs), %d skipped%n",
          result.candidatePairs(),
          100 * result.candidatePairs() / Math.max(all, 1),
          all,
          result.skippedPairs());
      print(
          "blocked (threshold " + String.format(Locale.ROOT, "%.2f", threshold) + ")",
          Evaluation.score(result.links(), set.truth()));
      var reachable = Evaluation.reachable(left, right, set.truth(), result.links(), threshold);
      out.printf(
          Locale.ROOT,
          "recall loss from blocking: %.3f %% (%d of %d true pairs reaching %.2f not linked)%n",
          100 * reachable.loss(),
          reachable.missed(),
          reachable.reachable(),
          threshold);
      return 0;
    }

    private void print(String what, org.counterpart.core.pprl.Evaluation.Score s) {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "%-48s precision %.4f recall %.4f F1 %.4f (%d links, %d correct)%n",
              what,
              s.precision(),
              s.recall(),
              s.f1(),
              s.links(),
              s.correct());
    }
  }

  /** Bad input: the problem on standard error, exit code 2. */
  static int badInput(CommandLine.Model.CommandSpec spec, Exception e) {
    spec.commandLine()
        .getErr()
        .println(
            switch (e) {
              case NoSuchFileException missing -> "no such file: " + missing.getFile();
              case java.io.UncheckedIOException broken ->
                  "not a well-formed CSV file: " + broken.getCause().getMessage();
              default -> e.getMessage();
            });
    return 2;
  }
}
