package org.counterpart.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterpart.CounterpartApplication;
import org.springframework.boot.SpringApplication;

/**
 * An instance in a JVM of its own, so that a test can kill it with SIGKILL as a power cut would. It
 * stops by itself when the test JVM ends.
 */
public final class ChildInstance {

  private ChildInstance() {}

  public static void main(String[] args) {
    ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> System.exit(0)));
    SpringApplication.run(CounterpartApplication.class, args);
  }

  /** Starts an instance with these properties; its output goes to {@code log}. */
  public static Process start(Map<String, Object> properties, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx384m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ChildInstance.class.getName());
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }
}
