package org.counterpart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code counterpart screen FILE.json}: the nodes' engine, offline, with exit code 2 for bad input.
 */
class ScreenCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  Run screen(String json) throws Exception {
    Path file = dir.resolve("screening.json");
    Files.writeString(file, json);
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = CounterpartCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute("screen", file.toString());
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void theIssuesExampleIsAnUnaccompaniedChildWithIndicatorsPresentWhoWasNotSmuggled()
      throws Exception {
    var run =
        screen(
            """
            {"age": 16, "ageAssessed": true, "accompanied": false, "exploitation": "labour",
             "actOfTrafficking": true, "indicators": ["ex-excessive-hours", "ex-low-salary"],
             "facilitatorPaid": false, "irregularEntry": true, "asksProtection": false,
             "catalogueVersion": 1}
            """);
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode decision = JsonMapper.builder().build().readTree(run.out());
    // A child: EX positive (1 strong + 1 medium) and an act of trafficking: presumed victim.
    assertThat(decision.get("presumedVictim").booleanValue()).isTrue();
    assertThat(decision.get("categories").toString())
        .isEqualTo("[\"presumed-thb-victim\",\"unaccompanied-child\"]");
    JsonNode ex = decision.get("dimensions").get("EX");
    assertThat(ex.get("positive").booleanValue()).isTrue();
    assertThat(ex.get("strong").intValue()).isEqualTo(1);
    assertThat(ex.get("medium").intValue()).isEqualTo(1);
    assertThat(ex.get("weak").intValue()).isZero();
    assertThat(decision.get("dimensions").get("DR").get("positive").booleanValue()).isFalse();
    assertThat(decision.get("explanation").toString()).contains("Palermo Protocol");
  }

  @Test
  void unknownIndicatorsAreNamedWithExitCodeTwo() throws Exception {
    var run = screen("{\"age\": 30, \"indicators\": [\"ex-low-salary\", \"xx-invented\"]}");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("indicators", "xx-invented");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anAssessedAgeThatIsMissingIsRefused() throws Exception {
    var run = screen("{\"ageAssessed\": true, \"indicators\": []}");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("age: required when ageAssessed is true");
  }

  @Test
  void aMalformedFileIsRefused() throws Exception {
    var run = screen("{\"age\": 30, \"indicators\": [");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("not valid JSON");
    var wrongType = screen("{\"age\": \"thirty\"}");
    assertThat(wrongType.exit()).isEqualTo(2);
    assertThat(wrongType.err()).contains("age: must be a whole number");
    var unknownField = screen("{\"agee\": 30}");
    assertThat(unknownField.exit()).isEqualTo(2);
    assertThat(unknownField.err()).contains("unknown fields: agee");
  }
}
