package org.counterpart.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that the application runs itself, in a data folder that survives restarts.
 *
 * <p>A JVM killed with SIGKILL leaves its postgres running and holding {@code postmaster.pid}; that
 * server is stopped before a new one starts on the same folder.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Duration STALE_SHUTDOWN = Duration.ofSeconds(15);

  private final EmbeddedPostgres postgres;
  private final Path directory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
    this.postgres = postgres;
    this.directory = directory;
  }

  /** Starts (or restarts) the server kept in {@code directory}, on a free loopback port. */
  public static EmbeddedDatabase start(Path directory) {
    try {
      Files.createDirectories(directory);
      stopStaleServer(directory);
      Path runtime = directory.resolveSibling(directory.getFileName() + "-runtime");
      Files.createDirectories(runtime);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(runtime.toFile())
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("fsync", "on")
              .setServerConfig("max_connections", "60")
              .setServerConfig("shared_buffers", "512MB")
              // Fewer checkpoints and smaller full-page images in the WAL: bulk imports write
              // random pages of the blind index.
              .setServerConfig("max_wal_size", "4GB")
              .setServerConfig("wal_compression", "on")
              .setPGStartupWait(Duration.ofSeconds(60))
              .setRegisterShutdownHook(false)
              .start();
      log.info("embedded PostgreSQL ready on 127.0.0.1:{} ({})", postgres.getPort(), directory);
      return new EmbeddedDatabase(postgres, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
  }

  public int port() {
    return postgres.getPort();
  }

  public Path directory() {
    return directory;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    }
  }

  /** The port of a server that is running on {@code directory} now, if one is. */
  public static Optional<Integer> runningPort(Path directory) {
    return runningServer(directory).map(RunningServer::port);
  }

  private static void stopStaleServer(Path directory) throws IOException {
    Optional<RunningServer> stale = runningServer(directory);
    if (stale.isEmpty()) {
      return;
    }
    ProcessHandle process = stale.get().process();
    log.warn(
        "a PostgreSQL server (pid {}) left by an earlier run holds {}; stopping it",
        process.pid(),
        directory);
    process.destroy();
    try {
      process.onExit().get(STALE_SHUTDOWN.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      process.onExit().join();
    }
    Files.deleteIfExists(directory.resolve("postmaster.pid"));
  }

  private record RunningServer(ProcessHandle process, int port) {}

  private static Optional<RunningServer> runningServer(Path directory) {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      if (lines.size() < 4) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      int port = Integer.parseInt(lines.get(3).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
          .map(p -> new RunningServer(p, port));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
