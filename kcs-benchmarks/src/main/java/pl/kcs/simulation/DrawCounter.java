package pl.kcs.simulation;

import java.util.SplittableRandom;

/**
 * Counts the random draws a run makes, for the benchmarks' random-draw floor: it splits the
 * streams exactly as {@link Simulation} does (one split of the root per block, one split of the
 * block's stream per replication) and finds how far along each replication's stream the model got.
 * Lives in the simulation's package (in kcs-benchmarks only) because the model is package-private.
 */
public final class DrawCounter {

  private DrawCounter() {}

  /**
   * The draws (calls of {@code nextDouble}, {@code nextLong} or {@code nextInt}, each one step of
   * the stream) the default scenario's run of {@code replications} from {@code seed} makes.
   */
  public static long draws(ScenarioParameters parameters, long seed, int replications) {
    Model model = new Model(parameters, new MonthlyRates(parameters));
    SplittableRandom rootA = new SplittableRandom(seed);
    SplittableRandom rootB = new SplittableRandom(seed);
    long draws = 0;
    for (int first = 0; first < replications; first += Simulation.BLOCK_SIZE) {
      SplittableRandom chunkA = rootA.split();
      SplittableRandom chunkB = rootB.split();
      int size = Math.min(Simulation.BLOCK_SIZE, replications - first);
      for (int r = 0; r < size; r++) {
        SplittableRandom a = chunkA.split();
        SplittableRandom b = chunkB.split();
        model.run(a);
        long next = a.nextLong();
        long steps = 0;
        while (b.nextLong() != next) {
          steps++;
          if (steps > 100_000_000L) {
            throw new IllegalStateException("could not find the model's position in its stream");
          }
        }
        draws += steps;
      }
    }
    return draws;
  }
}
