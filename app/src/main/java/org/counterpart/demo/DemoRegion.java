package org.counterpart.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.RegionalAuthority;

/**
 * Runs a whole demo region on this machine: the hub and one node per country, each its own process
 * with its own PostgreSQL, all on loopback, stopped together.
 */
public final class DemoRegion {

  /**
   * The demo's countries, in port order: Albania, Bosnia and Herzegovina, Montenegro, North
   * Macedonia, Serbia, Kosovo.
   */
  public static final List<String> COUNTRIES = List.of("AL", "BA", "ME", "MK", "RS", "XK");

  private static final Duration READY_WITHIN = Duration.ofMinutes(5);

  private final Path home;
  private final int hubPort;
  private final int firstNodePort;
  private final int federationPort;
  private final List<String> jvmOptions;
  private final List<Member> members = new ArrayList<>();

  /** The ports and folder of a demo region. */
  public DemoRegion(
      Path home, int hubPort, int firstNodePort, int federationPort, List<String> jvmOptions) {
    this.home = home.toAbsolutePath();
    this.hubPort = hubPort;
    this.firstNodePort = firstNodePort;
    this.federationPort = federationPort;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /** One process of the region. */
  private record Member(String name, int port, Process process, Path log) {}

  /** Runs until interrupted; returns the exit code. */
  public int run(PrintStream out) throws IOException, InterruptedException {
    Files.createDirectories(home);
    try (FileChannel lockFile =
            FileChannel.open(
                home.resolve("demo.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockFile)) {
      if (lock == null) {
        out.println("A demo is already running from " + home + ". Stop it first (Ctrl-C there).");
        return 1;
      }
      List<Integer> busy = busyPorts();
      if (!busy.isEmpty()) {
        out.println("Cannot start the demo: port(s) " + busy + " on 127.0.0.1 are in use.");
        return 1;
      }
      long started = System.nanoTime();
      String password = DemoSecrets.password(home);
      preparePki();
      Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "demo-shutdown"));
      start("hub", hubPort, hubArguments(), password);
      for (int i = 0; i < COUNTRIES.size(); i++) {
        String country = COUNTRIES.get(i);
        start(country, firstNodePort + i, nodeArguments(country, firstNodePort + i), password);
      }
      out.println(
          "Starting the hub and " + COUNTRIES.size() + " nodes; logs in " + home.resolve("logs"));
      if (!awaitHealthy(out)) {
        stopAll();
        return 1;
      }
      long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
      printWelcome(out, password, seconds);
      for (Member member : members) {
        member.process().onExit().thenRun(() -> out.println(member.name() + " stopped."));
      }
      members.getFirst().process().waitFor();
      return 0;
    }
  }

  private static @org.jspecify.annotations.Nullable FileLock tryLock(FileChannel channel)
      throws IOException {
    try {
      return channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return null;
    }
  }

  private List<Integer> busyPorts() {
    List<Integer> ports = new ArrayList<>(List.of(hubPort, federationPort));
    for (int i = 0; i < COUNTRIES.size(); i++) {
      ports.add(firstNodePort + i);
    }
    return ports.stream().filter(port -> !free(port)).toList();
  }

  private static boolean free(int port) {
    try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void preparePki() throws IOException {
    Path pki = home.resolve("pki");
    var authority = RegionalAuthority.openOrCreate(pki.resolve("authority"), "Western Balkans");
    authority.credentialsFor(Party.hub(), pki);
    for (String country : COUNTRIES) {
      authority.credentialsFor(Party.node(country), pki);
    }
    // The secret the nodes share for hit/no-hit encodings; the hub never gets it.
    Path secret = hitsSecret();
    if (!Files.exists(secret)) {
      byte[] bytes = new byte[32];
      new java.security.SecureRandom().nextBytes(bytes);
      Files.write(secret, bytes);
      try {
        Files.setPosixFilePermissions(
            secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the demo directory's own permissions apply
      }
    }
  }

  private Path hitsSecret() {
    return home.resolve("pki").resolve("hits-secret.bin");
  }

  private List<String> hubArguments() {
    return List.of(
        "hub",
        "--port=" + hubPort,
        "--federation-port=" + federationPort,
        "--data-dir=" + home.resolve("hub"),
        "--pki-dir=" + home.resolve("pki"));
  }

  private List<String> nodeArguments(String country, int port) {
    return List.of(
        "node",
        "--country=" + country,
        "--port=" + port,
        "--hub-url=https://127.0.0.1:" + federationPort,
        "--data-dir=" + home.resolve(country.toLowerCase(Locale.ROOT)),
        "--pki-dir=" + home.resolve("pki"));
  }

  private void start(String name, int port, List<String> arguments, String password)
      throws IOException {
    Path logs = Files.createDirectories(home.resolve("logs"));
    Path log = logs.resolve(name.toLowerCase(Locale.ROOT) + ".log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(System.getProperty("java.class.path"));
    command.addAll(arguments);
    command.add("--demo");
    command.add("--exit-with-parent");
    var builder = new ProcessBuilder(command);
    builder.environment().put("COUNTERPART_DEMO_PASSWORD", password);
    if (arguments.getFirst().equals("node")) {
      builder.environment().put("COUNTERPART_HITS_SECRET_FILE", hitsSecret().toString());
    }
    // Printed on the demo's flyers; a deployment lists its own helplines and duty officers.
    builder
        .environment()
        .putIfAbsent(
            "COUNTERPART_SCREENING_CONTACTS",
            "Emergency (demo): 112,Child helpline (demo): 116 111,National contact point (demo):"
                + " see the Connected nodes page");
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    members.add(new Member(name, port, builder.start(), log));
  }

  private boolean awaitHealthy(PrintStream out) throws InterruptedException {
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    List<Member> waiting = new ArrayList<>(members);
    while (!waiting.isEmpty()) {
      for (Member member : List.copyOf(waiting)) {
        if (!member.process().isAlive()) {
          out.println(member.name() + " failed to start; the end of " + member.log() + ":");
          tail(member.log(), out);
          return false;
        }
        if (healthy(http, member.port())) {
          out.println("  " + member.name() + " is up");
          waiting.remove(member);
        }
      }
      if (System.nanoTime() > deadline) {
        out.println("Not healthy in time: " + waiting.stream().map(Member::name).toList());
        return false;
      }
      Thread.sleep(500);
    }
    return true;
  }

  private static boolean healthy(HttpClient http, int port) throws InterruptedException {
    try {
      var response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    }
  }

  private static void tail(Path log, PrintStream out) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(out::println);
    } catch (IOException e) {
      out.println("(cannot read " + log + ")");
    }
  }

  private void printWelcome(PrintStream out, String password, long seconds) {
    out.println();
    out.println("Counterpart demo region is up (" + seconds + " s). Open in a browser:");
    out.printf("  %-4s http://127.0.0.1:%d/   logins: hubadmin, analyst%n", "hub", hubPort);
    for (int i = 0; i < COUNTRIES.size(); i++) {
      String c = COUNTRIES.get(i).toLowerCase(Locale.ROOT);
      out.printf(
          "  %-4s http://127.0.0.1:%d/   logins: officer.%s, team.%s, ilecu.%s, prosecutor.%s,"
              + " analyst.%s, admin.%s%n",
          COUNTRIES.get(i), firstNodePort + i, c, c, c, c, c, c);
    }
    out.println("  Password for every demo login: " + password);
    out.println("  (kept in " + home.resolve("demo-password") + ")");
    out.println("  Federation (mutual TLS): https://127.0.0.1:" + federationPort);
    out.println("Press Ctrl-C to stop the region.");
    out.flush();
  }

  private void stopAll() {
    for (Member member : members) {
      member.process().destroy();
    }
    for (Member member : members) {
      try {
        if (!member.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          member.process().destroyForcibly();
        }
      } catch (InterruptedException e) {
        member.process().destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
