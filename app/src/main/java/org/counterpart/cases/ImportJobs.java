package org.counterpart.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Runs long imports in the background so the official sees their progress: the file is checked
 * first (nothing is written if it is refused), then written in batches, counted as it goes.
 */
@Service
@NodeOnly
public class ImportJobs implements AutoCloseable {

  private final CaseTransfer transfer;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());

  ImportJobs(CaseTransfer transfer) {
    this.transfer = transfer;
  }

  /** An import's state; {@code report} is set when it is done, {@code problems} when refused. */
  public record Progress(
      String id,
      String owner,
      int total,
      int written,
      boolean done,
      CaseTransfer.@Nullable ImportReport report,
      List<FieldProblem> problems) {}

  private record Job(
      String owner,
      int total,
      AtomicInteger written,
      java.util.concurrent.atomic.AtomicReference<Progress> result) {}

  public String start(String content, CaseTransfer.Format format, boolean validOnly, Actor actor) {
    var parsed = transfer.parse(content, format);
    String id = UUID.randomUUID().toString();
    var job =
        new Job(
            actor.username(),
            parsed.cases().size(),
            new AtomicInteger(),
            new java.util.concurrent.atomic.AtomicReference<>());
    jobs.put(id, job);
    worker.submit(
        () -> {
          Progress finished;
          try {
            var report = transfer.importCases(parsed, validOnly, actor, job.written()::set);
            finished =
                new Progress(
                    id,
                    job.owner(),
                    job.total(),
                    report.imported(),
                    true,
                    report,
                    report.problems());
          } catch (InvalidInputException e) {
            finished = new Progress(id, job.owner(), job.total(), 0, true, null, e.problems());
          } catch (RuntimeException e) {
            finished =
                new Progress(
                    id,
                    job.owner(),
                    job.total(),
                    0,
                    true,
                    null,
                    List.of(new FieldProblem("file", "import.failed")));
          }
          job.result().set(finished);
        });
    return id;
  }

  /** The progress of one of this official's imports. */
  public Progress progress(String id, Actor actor) {
    Job job = jobs.get(id);
    if (job == null || !job.owner().equals(actor.username())) {
      throw new CaseNotFoundException(id);
    }
    Progress done = job.result().get();
    return done != null
        ? done
        : new Progress(id, job.owner(), job.total(), job.written().get(), false, null, List.of());
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
