package pl.kcs.simulation;

/**
 * Told how far a long run has come. Called from the simulation's worker threads, after each chunk
 * of replications, so it must be thread-safe and quick; the counts only grow.
 */
@FunctionalInterface
public interface ProgressListener {

  /** {@code done} of {@code total} replications have finished. */
  void onProgress(long done, long total);

  /** A listener that does nothing. */
  static ProgressListener none() {
    return (done, total) -> {};
  }
}
