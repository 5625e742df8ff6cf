package org.counterpart.cases;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.counterpart.system.NodeOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Registers a long run of batches with the preparation of the next batches (checks, encryption,
 * hashing, rendering) on worker threads while the current one is written: on two cores the database
 * and the preparation then work at the same time instead of in turn.
 *
 * <p>Writes happen on the calling thread, in order, each in the caller's transaction when there is
 * one (an all-or-nothing import) or in its own. A batch that fails to prepare stops the run before
 * anything after it is written.
 */
@Service
@NodeOnly
public class BulkPipeline {

  private final BulkRegistration bulk;
  private final int workers;

  BulkPipeline(BulkRegistration bulk) {
    this.bulk = bulk;
    this.workers = Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Registers every batch in order; {@code progress} hears the number of cases written so far.
   * Returns the case references in order.
   *
   * <p>Inside a transaction (an all-or-nothing import) every write joins it on the calling thread
   * while the next batches are prepared. Outside one, each batch is its own transaction and the
   * workers both prepare and write, so that PostgreSQL works on two batches at once.
   */
  public List<String> registerAll(
      Iterator<List<NewCase>> batches, Actor actor, boolean checked, IntConsumer progress) {
    return TransactionSynchronizationManager.isActualTransactionActive()
        ? preparedAhead(batches, actor, checked, progress)
        : writtenInParallel(batches, actor, checked, progress);
  }

  private List<String> preparedAhead(
      Iterator<List<NewCase>> batches, Actor actor, boolean checked, IntConsumer progress) {
    List<String> references = new ArrayList<>();
    ExecutorService pool = pool();
    var pending = new ArrayDeque<Future<BulkRegistration.Prepared>>();
    try {
      while (pending.size() <= workers && batches.hasNext()) {
        pending.add(submit(pool, batches.next(), actor, checked));
      }
      while (!pending.isEmpty()) {
        BulkRegistration.Prepared batch = await(pending.removeFirst());
        if (batches.hasNext()) {
          pending.add(submit(pool, batches.next(), actor, checked));
        }
        references.addAll(bulk.write(batch));
        progress.accept(references.size());
      }
      return references;
    } finally {
      pending.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  private List<String> writtenInParallel(
      Iterator<List<NewCase>> batches, Actor actor, boolean checked, IntConsumer progress) {
    List<String> references = new ArrayList<>();
    ExecutorService pool = pool();
    var pending = new ArrayDeque<Future<List<String>>>();
    try {
      while (pending.size() < 2 * workers && batches.hasNext()) {
        List<NewCase> batch = List.copyOf(batches.next());
        pending.add(pool.submit(() -> bulk.write(bulk.prepare(batch, actor, checked))));
      }
      while (!pending.isEmpty()) {
        references.addAll(await(pending.removeFirst()));
        progress.accept(references.size());
        if (batches.hasNext()) {
          List<NewCase> batch = List.copyOf(batches.next());
          pending.add(pool.submit(() -> bulk.write(bulk.prepare(batch, actor, checked))));
        }
      }
      return references;
    } finally {
      pending.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  private ExecutorService pool() {
    return Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon().factory());
  }

  private Future<BulkRegistration.Prepared> submit(
      ExecutorService pool, List<NewCase> batch, Actor actor, boolean checked) {
    List<NewCase> copy = List.copyOf(batch);
    return pool.submit(() -> bulk.prepare(copy, actor, checked));
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing a batch", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("cannot prepare a batch", e.getCause());
    }
  }
}
