package org.counterpart.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterpart.demo.DemoRegion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the whole demo region. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start a demo region on this machine: the hub and six nodes (AL, BA, ME, MK, RS, XK), each"
          + " with its own PostgreSQL, on 127.0.0.1 only, seeded with demo officials.",
      "Data, keys and logs are kept in --dir, so a second run reuses them. Ctrl-C stops all."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--dir", description = "Folder of the demo's data (default: ${DEFAULT-VALUE}).")
  Path dir = Path.of("demo-data");

  @Option(names = "--hub-port", description = "Web port of the hub (default: ${DEFAULT-VALUE}).")
  int hubPort = 8400;

  @Option(
      names = "--first-node-port",
      description =
          "Web port of the first node; the others follow in the order AL, BA, ME, MK, RS, XK"
              + " (default: ${DEFAULT-VALUE}).")
  int firstNodePort = 8401;

  @Option(
      names = "--federation-port",
      description = "Mutual-TLS port of the hub (default: ${DEFAULT-VALUE}).")
  int federationPort = 8443;

  @Option(
      names = "--heap",
      description = "Maximum heap of each of the seven processes (default: ${DEFAULT-VALUE}).")
  String heap = "384m";

  @Override
  public Integer call() throws Exception {
    List<String> jvm =
        List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");
    return new DemoRegion(dir, hubPort, firstNodePort, federationPort, jvm).run(System.out);
  }
}
