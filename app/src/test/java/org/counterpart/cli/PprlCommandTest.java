package org.counterpart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code counterpart pprl encode|match}: files in, files out, exit code 2 for bad input. */
class PprlCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = CounterpartCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  Run encode(String side) {
    return run(
        "pprl",
        "encode",
        "--schema",
        dir.resolve("schema.json").toString(),
        "--secret-file",
        dir.resolve("key").toString(),
        "--in",
        dir.resolve(side + ".csv").toString(),
        "--out",
        dir.resolve(side + ".enc.csv").toString());
  }

  @Test
  void twoCountriesFilesAreLinkedFromEncodingsAlone() throws Exception {
    Files.writeString(
        dir.resolve("schema.json"),
        """
        {"id": "rec_id", "fields": [{"column": "given_name", "kind": "given-name"},
         {"column": "surname", "kind": "surname"},
         {"column": "date_of_birth", "kind": "date", "format": "yyyyMMdd"},
         {"column": "address_1", "kind": "text"}]}
        """);
    Files.writeString(dir.resolve("key"), "a secret both countries hold, never the hub");
    Files.writeString(
        dir.resolve("a.csv"),
        """
        rec_id, given_name, surname, date_of_birth, address_1
        rs-1, Đorđe, Petrović, 19880412, Kneza Miloša 12
        rs-2, Marija, Nikolić, 19920101, Bulevar oslobođenja 5
        rs-3, Arben, Krasniqi, 19851130,
        """);
    Files.writeString(
        dir.resolve("b.csv"),
        """
        rec_id,given_name,surname,date_of_birth,address_1
        ba-1,Ђорђе,Петровић,19880412,Кнеза Милоша 12
        ba-2,Arben,Krasniqi,19851130,
        ba-3,Emina,Hodžić,19790707,Ferhadija 3
        """);
    for (String side : List.of("a", "b")) {
      var encode = encode(side);
      assertThat(encode.exit()).as(encode.err()).isZero();
    }
    String encoded = Files.readString(dir.resolve("a.enc.csv"));
    assertThat(encoded).startsWith("id,encoding").contains("rs-1,").doesNotContain("Petrovi");

    var match =
        run(
            "pprl",
            "match",
            "--left",
            dir.resolve("a.enc.csv").toString(),
            "--right",
            dir.resolve("b.enc.csv").toString(),
            "--threshold",
            "0.8",
            "--out",
            dir.resolve("m.csv").toString());
    assertThat(match.exit()).as(match.err()).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("m.csv"));
    assertThat(lines.getFirst()).isEqualTo("left_id,right_id,score");
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> l.substring(0, l.lastIndexOf(',')))
        .containsExactlyInAnyOrder("rs-1,ba-1", "rs-3,ba-2");
  }

  @Test
  void aMissingColumnOrABadThresholdIsNamedAndNothingIsWritten() throws Exception {
    Files.writeString(
        dir.resolve("schema.json"),
        "{\"id\": \"rec_id\", \"fields\": [{\"column\": \"surname\", \"kind\": \"surname\"}]}");
    Files.writeString(dir.resolve("key"), "0123456789abcdef0123");
    Files.writeString(dir.resolve("a.csv"), "rec_id,family_name\n1,Petrović\n");
    var encode = encode("a");
    assertThat(encode.exit()).isEqualTo(2);
    assertThat(encode.err()).contains("no column \"surname\"");
    assertThat(dir.resolve("a.enc.csv")).doesNotExist();
    var match =
        run(
            "pprl",
            "match",
            "--left",
            "x",
            "--right",
            "y",
            "--threshold",
            "1.5",
            "--out",
            dir.resolve("m.csv").toString());
    assertThat(match.exit()).isEqualTo(2);
    assertThat(match.err()).contains("--threshold");
    assertThat(dir.resolve("m.csv")).doesNotExist();

    Files.writeString(dir.resolve("a.csv"), "rec_id,surname\n1,\"Petrović\n");
    var unclosed = encode("a");
    assertThat(unclosed.exit()).isEqualTo(2);
    assertThat(unclosed.err()).contains("not a well-formed CSV file");

    String row = "x," + "A".repeat(171) + "=\n";
    Files.writeString(dir.resolve("twice.enc.csv"), "id,encoding\n" + row + row);
    var repeated =
        run(
            "pprl",
            "match",
            "--left",
            dir.resolve("twice.enc.csv").toString(),
            "--right",
            dir.resolve("twice.enc.csv").toString(),
            "--out",
            dir.resolve("m.csv").toString());
    assertThat(repeated.exit()).isEqualTo(2);
    assertThat(repeated.err()).contains("line 3").contains("repeated");
  }

  @Test
  void theBulkLinkageBenchmarkReportsItsCostAndTheRecallLostToBlocking() {
    var run = run("pprl", "evaluate", "--persons", "300", "--blocking", "--tables", "30");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("set: 300 persons in A, 300 in B")
        .contains("records/s")
        .contains("blocked linkage: 300 x 300 persons, Lsh[30 tables of ")
        .contains("threshold 0.75")
        .contains("candidate pairs: ")
        .containsPattern(
            "blocked \\(threshold 0.75\\) +precision \\d\\.\\d{4} recall \\d\\.\\d{4} F1")
        .containsPattern("recall loss from blocking: \\d+\\.\\d{3} % \\(\\d+ of \\d+ true pairs");
    assertThat(run("pprl", "evaluate", "--blocking", "--key-bits", "40").exit()).isEqualTo(2);
  }
}
