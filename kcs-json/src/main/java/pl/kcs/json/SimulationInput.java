package pl.kcs.json;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.Simulation;
import pl.kcs.simulation.SimulationResult;

/**
 * A simulation to run, as one document (the {@code simulation} document that {@code kcs simulate}
 * reads): the scenario's parameters, the root seed and the number of replications. The seed and
 * the replications decide the result, so the document reproduces it on any machine; the number of
 * threads only decides how fast it comes and is not part of it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SimulationInput implements WithSimulationInput {

  SimulationInput() {}

  /** The most replications a document may ask for (library limit). */
  public static final long MAX_REPLICATIONS = 100_000_000L;

  /** The parameters; {@link ScenarioParameters#defaults()} by default. */
  @Value.Default
  public ScenarioParameters parameters() {
    return ScenarioParameters.defaults();
  }

  /** The root seed. */
  public abstract long seed();

  /** How many replications; {@link RunSettings#DEFAULT_REPLICATIONS} by default. */
  @Value.Default
  public long replications() {
    return RunSettings.DEFAULT_REPLICATIONS;
  }

  /** A builder; the seed is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The run settings on {@code threads} threads. */
  public final RunSettings settings(int threads) {
    return RunSettings.builder().seed(seed()).replications(replications()).threads(threads).build();
  }

  /** Runs the simulation on {@code threads} threads. */
  public final SimulationResult run(int threads) {
    return Simulation.of(parameters()).run(settings(threads));
  }

  @Value.Check
  void check() {
    checkState(
        replications() >= 1 && replications() <= MAX_REPLICATIONS,
        "replications must be from 1 to %s, was %s",
        MAX_REPLICATIONS,
        replications());
  }

  /** Builds a {@link SimulationInput}. */
  public static final class Builder extends ImmutableSimulationInput.Builder {
    Builder() {}
  }
}
