package org.counterpart.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options that every server role takes; unset options leave the configuration untouched. */
final class ServerOptions {

  @Option(
      names = "--port",
      description = "Port of the web UI, REST API and health (default: 8080, or COUNTERPART_PORT).")
  @Nullable Integer port;

  @Option(names = "--address", description = "Address to listen on (default: 127.0.0.1).")
  @Nullable String address;

  @Option(
      names = "--data-dir",
      description =
          "Where the embedded database, keys and files live (default: ./data/<role>). Ignored for"
              + " the database when COUNTERPART_DB_URL is set.")
  @Nullable Path dataDir;

  @Option(
      names = "--pki-dir",
      description = "Folder with ca.crt and this party's certificate and key (PEM).")
  @Nullable Path pkiDir;

  @Option(
      names = "--config",
      description = "A YAML or properties file with further settings (see the README).")
  @Nullable Path config;

  @Option(names = "--demo", hidden = true, description = "Seed demo users and data.")
  boolean demo;

  @Option(names = "--exit-with-parent", hidden = true, description = "Stop when the parent stops.")
  boolean exitWithParent;

  List<String> springArguments() {
    List<String> args = new ArrayList<>();
    if (port != null) {
      args.add("--server.port=" + port);
    }
    if (address != null) {
      args.add("--server.address=" + address);
    }
    if (dataDir != null) {
      args.add("--counterpart.data-dir=" + dataDir.toAbsolutePath());
    }
    if (pkiDir != null) {
      args.add("--counterpart.federation.pki-dir=" + pkiDir.toAbsolutePath());
    }
    if (config != null) {
      args.add("--spring.config.additional-location=file:" + config.toAbsolutePath());
    }
    if (demo) {
      args.add("--counterpart.demo.enabled=true");
      // The demo's nodes publish to the joint database within minutes, not the hour a country
      // would choose, so that the hub's analyst has something to look at.
      args.add("--counterpart.analysis.publish-interval=PT2M");
    }
    return args;
  }
}
