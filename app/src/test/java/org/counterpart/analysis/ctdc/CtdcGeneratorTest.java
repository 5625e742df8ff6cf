package org.counterpart.analysis.ctdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's file repeats rows as CTDC's does, or not at all when asked. */
class CtdcGeneratorTest {

  @TempDir Path dir;

  private List<String> rows(double fresh) throws Exception {
    Path file = dir.resolve("ctdc-" + fresh + ".csv");
    CtdcGenerator.write(file, 20_000, 3, 2026, fresh);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("By using this data");
    return lines.subList(1, lines.size());
  }

  @Test
  void repeatsRowsAboutAsOftenAsCtdcsSample() throws Exception {
    List<String> rows = rows(CtdcGenerator.CTDC_FRESH_SHARE);
    assertThat(rows).hasSize(20_000);
    // The sample: 176 distinct rows of 557 (32 %).
    double distinct = rows.stream().distinct().count() / (double) rows.size();
    assertThat(distinct).isBetween(0.28, 0.40);
    // The most frequent row: 17 % of the sample; here about 13 % of the repeated rows.
    long top =
        rows.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    r -> r, java.util.stream.Collectors.counting()))
            .values()
            .stream()
            .max(Long::compare)
            .orElseThrow();
    assertThat(top).isBetween(1_000L, 3_000L);
  }

  @Test
  void writesEveryRowAfreshWhenAsked() throws Exception {
    List<String> rows = rows(1);
    assertThat(rows.stream().distinct().count()).isEqualTo(rows.size());
  }

  @Test
  void refusesAShareOutsideZeroToOne() {
    assertThatThrownBy(() -> CtdcGenerator.write(dir.resolve("x.csv"), 10, 1, 2026, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
