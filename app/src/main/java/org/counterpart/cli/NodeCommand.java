package org.counterpart.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs one country's node: identities, cases and the national contact point. */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    description = {
      "Run one country's node. It keeps that country's identities and cases on PostgreSQL and"
          + " talks to the regional hub over mutual TLS.",
      "Example: counterpart node --country RS --hub-url https://hub.example:8443"
    })
final class NodeCommand implements Callable<Integer> {

  @Option(
      names = "--country",
      required = true,
      description = "ISO 3166 alpha-2 code of the node's country: AL, BA, ME, MK, RS or XK.")
  String country = "";

  @Option(
      names = "--hub-url",
      description = "Federation address of the hub, e.g. https://127.0.0.1:8443.")
  @Nullable URI hubUrl;

  @Mixin ServerOptions server = new ServerOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String code = country.toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--country must be a two-letter ISO 3166 code, got: " + country);
    }
    List<String> args = new ArrayList<>();
    args.add("--counterpart.country=" + code);
    if (hubUrl != null) {
      args.add("--counterpart.federation.hub-url=" + hubUrl);
    }
    return ServerLauncher.launch("node", server, args);
  }
}
