package pl.kcs.simulation;

import java.util.SplittableRandom;

/**
 * Counts the random draws a run makes, for the benchmarks' random-draw floor: it splits the
 * streams exactly as {@link Simulation} does (one split of the root per block, one split of the
 * block's stream per replication) and works out from where each replication's stream started and
 * ended how many numbers the model drew.
 * Lives in the simulation's package (in kcs-benchmarks only) because the model is package-private.
 */
public final class DrawCounter {

  private DrawCounter() {}

  /**
   * The draws (calls of {@code nextDouble}, {@code nextLong} or {@code nextInt}, each one step of
   * the stream) the default scenario's run of {@code replications} from {@code seed} makes.
   */
  public static long draws(ScenarioParameters parameters, long seed, int replications) {
    Model model = new Model(parameters);
    SplittableRandom root = new SplittableRandom(seed);
    long draws = 0;
    for (int first = 0; first < replications; first += Simulation.BLOCK_SIZE) {
      SplittableRandom chunk = root.split();
      int size = Math.min(Simulation.BLOCK_SIZE, replications - first);
      for (int r = 0; r < size; r++) {
        model.run(chunk.split());
        // Two outputs to recover the stream's state, then the model's own steps along it.
        draws += 2 + (model.streamEnd - model.streamStart) * SplitMix.inverse(model.streamGamma);
      }
    }
    return draws;
  }
}
