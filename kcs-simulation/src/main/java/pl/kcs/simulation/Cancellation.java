package pl.kcs.simulation;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets a caller stop a running simulation: after {@link #cancel()}, the run stops at the next chunk
 * of replications and throws {@link java.util.concurrent.CancellationException}. Thread-safe; one
 * token per run.
 */
public final class Cancellation {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** A token not yet cancelled, for one run. */
  public Cancellation() {}

  /** Asks the run to stop. */
  public void cancel() {
    cancelled.set(true);
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled.get();
  }
}
