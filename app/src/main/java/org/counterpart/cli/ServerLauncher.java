package org.counterpart.cli;

import java.util.List;
import org.counterpart.CounterpartApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application in one role and keeps it running until it is stopped. */
final class ServerLauncher {

  private ServerLauncher() {}

  static int launch(String role, ServerOptions options, List<String> roleArguments) {
    if (options.exitWithParent) {
      ProcessHandle.current()
          .parent()
          .ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }
    var args = new java.util.ArrayList<String>();
    args.add("--counterpart.role=" + role);
    args.addAll(roleArguments);
    args.addAll(options.springArguments());
    ConfigurableApplicationContext context =
        SpringApplication.run(CounterpartApplication.class, args.toArray(String[]::new));
    return context.isActive() ? CounterpartCommand.KEEP_RUNNING : 1;
  }
}
