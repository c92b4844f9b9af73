package pl.kcs.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs a computation's tasks, the same way for a simulation and a sensitivity analysis: on the
 * caller's thread, on an application's executor, or on a pool of daemon threads made for the call
 * and shut down after it.
 */
final class Tasks {

  private Tasks() {}

  /**
   * Runs {@code count} copies of {@code work} and gives their results in order: on the calling
   * thread if there is one copy and no {@code executor}; else each copy as a task on {@code
   * executor}, or on a pool of {@code count} daemon threads named {@code threadName} made for the
   * call. If a task fails or waiting is interrupted, {@code stop} is set, so that the other
   * tasks stop at their next unit of work, and the failure is rethrown as it was ({@link #await}).
   */
  static <T> List<T> run(
      int count,
      @Nullable Executor executor,
      String threadName,
      String what,
      AtomicBoolean stop,
      Supplier<T> work) {
    List<T> results = new ArrayList<>();
    if (count <= 1 && executor == null) {
      results.add(work.get());
      return results;
    }
    ExecutorService own =
        executor == null
            ? Executors.newFixedThreadPool(count, task -> daemon(task, threadName))
            : null;
    Executor runner = executor == null ? requireNonNull(own) : executor;
    List<FutureTask<T>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < count; t++) {
        FutureTask<T> task = new FutureTask<>(work::get);
        runner.execute(task);
        futures.add(task);
      }
      for (FutureTask<T> future : futures) {
        results.add(await(future, what));
      }
    } catch (RuntimeException | Error e) {
      stop.set(true);
      throw e;
    } finally {
      if (own != null) {
        own.shutdownNow();
      }
    }
    return results;
  }

  /**
   * The result of {@code future}, with the task's own exception rethrown as it was and an
   * interruption turned into a {@link CancellationException} naming {@code what} was awaited.
   */
  static <T> T await(Future<T> future, String what) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for " + what);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** A daemon thread named {@code name}, so that a pool of kcs's never keeps a JVM alive. */
  static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
