package org.counterpart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRegionTest {

  @TempDir Path dir;

  @Test
  void aSecondDemoOnTheSameFolderSaysSoAndExitsNonZero() throws Exception {
    try (var channel =
            FileChannel.open(
                dir.resolve("demo.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        var lock = channel.lock()) {
      var out = new ByteArrayOutputStream();
      // Another JVM holds the lock in real life; here a second channel of this one stands in.
      int exit =
          new DemoRegion(dir, 18400, 18401, 18443, List.of())
              .run(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(exit).isEqualTo(1);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("already running");
    }
  }

  @Test
  void refusesToStartWhenAPortIsTaken() throws Exception {
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      var out = new ByteArrayOutputStream();
      int exit =
          new DemoRegion(dir, socket.getLocalPort(), 28401, 28443, List.of())
              .run(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(exit).isEqualTo(1);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("in use");
    }
  }
}
