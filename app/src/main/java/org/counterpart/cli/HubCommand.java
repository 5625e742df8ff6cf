package org.counterpart.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the regional hub: relay, hit/no-hit index and joint de-identified database. */
@Command(
    name = "hub",
    mixinStandardHelpOptions = true,
    description = {
      "Run the regional hub. It relays sealed messages it cannot read and keeps no identities;"
          + " nodes reach it over mutual TLS on the federation port."
    })
final class HubCommand implements Callable<Integer> {

  @Option(
      names = "--federation-port",
      description = "Port of the mutual-TLS endpoint for nodes (default: 8443).")
  @Nullable Integer federationPort;

  @Mixin ServerOptions server = new ServerOptions();

  @Override
  public Integer call() {
    List<String> args = new ArrayList<>();
    if (federationPort != null) {
      args.add("--counterpart.federation.port=" + federationPort);
    }
    return ServerLauncher.launch("hub", server, args);
  }
}
