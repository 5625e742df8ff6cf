package org.counterpart.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CrossJvmDeterminismTest {

  private static final long SEED = 4_242L;
  private static final int CASES = 300;

  @Test
  void otherJvmsWithTurkishOrArabicLocaleAndDistantTimeZonesProduceTheSameBytes() throws Exception {
    // Turkish casing (I and ı), Arabic digits and far-off zones break code that leans on defaults.
    String tr =
        runDigestIn(
            "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati");
    String ar =
        runDigestIn("-Duser.language=ar", "-Duser.country=SA", "-Duser.timezone=America/Adak");
    String here = CaseDigest.of(SEED, CASES);
    assertThat(tr).isEqualTo(here);
    assertThat(ar).isEqualTo(here);
  }

  private static String runDigestIn(String... jvmOptions) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            CaseDigest.class.getName(),
            Long.toString(SEED),
            Integer.toString(CASES)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.strip();
  }
}
