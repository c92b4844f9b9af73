package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which monthly probabilities of a scenario are uncertain, and what is believed about each: a
 * {@link ParameterDistribution} per {@link ProbabilityParameter}. A {@link Simulation} of a scenario
 * with uncertainty draws those parameters afresh for every replication, so the result's spread
 * (its percentiles across replications) includes the uncertainty about the assumptions as well as
 * the chance of each month. The distributions are assumptions of whoever gives them, not the
 * method's.
 *
 * <h2>The seeded scheme</h2>
 *
 * Replication {@code r} runs on its own stream (see {@link Simulation}). With any uncertain
 * parameter, the replication first splits a second stream off its own; from it the uncertain
 * parameters are drawn in {@link ProbabilityParameter} declaration order ({@link
 * ParameterDistribution#sample}); then the replication runs on its own stream with those values.
 * The parameters not named keep the scenario's values. A scenario without uncertainty splits
 * nothing, so its draws are exactly those of a point scenario.
 *
 * <p>Immutable and thread-safe.
 */
public final class Uncertainty {

  private static final Uncertainty NONE = new Uncertainty(ImmutableMap.of());

  private final ImmutableMap<ProbabilityParameter, ParameterDistribution> distributions;

  private Uncertainty(ImmutableMap<ProbabilityParameter, ParameterDistribution> distributions) {
    this.distributions = distributions;
  }

  /** No uncertain parameter: every replication uses the scenario's values. */
  public static Uncertainty none() {
    return NONE;
  }

  /**
   * The given distributions.
   *
   * @throws IllegalArgumentException if a distribution reaches outside [0, 1], naming the parameter
   */
  public static Uncertainty of(Map<ProbabilityParameter, ParameterDistribution> distributions) {
    Uncertainty uncertainty = NONE;
    for (Map.Entry<ProbabilityParameter, ParameterDistribution> entry : distributions.entrySet()) {
      uncertainty = uncertainty.with(entry.getKey(), entry.getValue());
    }
    return uncertainty;
  }

  /**
   * This uncertainty with {@code parameter} drawn from {@code distribution} (replacing any earlier
   * distribution of it).
   *
   * @throws IllegalArgumentException if the distribution reaches outside [0, 1], naming the parameter
   */
  public Uncertainty with(ProbabilityParameter parameter, ParameterDistribution distribution) {
    requireNonNull(parameter, "parameter");
    requireNonNull(distribution, "distribution");
    checkArgument(
        distribution.isWithinUnitInterval(),
        "%s is a probability: its distribution must lie in [0, 1], was %s",
        parameter.parameterName(),
        distribution);
    EnumMap<ProbabilityParameter, ParameterDistribution> map =
        new EnumMap<>(ProbabilityParameter.class);
    map.putAll(distributions);
    map.put(parameter, distribution);
    return new Uncertainty(Maps.immutableEnumMap(map));
  }

  /** The uncertain parameters and their distributions, in declaration order. */
  public ImmutableMap<ProbabilityParameter, ParameterDistribution> distributions() {
    return distributions;
  }

  /** Whether no parameter is uncertain. */
  public boolean isEmpty() {
    return distributions.isEmpty();
  }

  /** Draws the uncertain parameters into {@code values} (indexed by ordinal), in declaration order. */
  void draw(SplittableRandom random, double[] values) {
    for (Map.Entry<ProbabilityParameter, ParameterDistribution> entry : distributions.entrySet()) {
      values[entry.getKey().ordinal()] = entry.getValue().sample(random);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Uncertainty
        && distributions.equals(((Uncertainty) other).distributions);
  }

  @Override
  public int hashCode() {
    return distributions.hashCode();
  }

  /** {@code newGroupProbability ~ uniform(0.3, 0.7); ...}, or {@code none}. */
  @Override
  public String toString() {
    if (distributions.isEmpty()) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<ProbabilityParameter, ParameterDistribution> entry : distributions.entrySet()) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(entry.getKey().parameterName())
          .append(" ~ ")
          .append(entry.getValue());
    }
    return text.toString();
  }
}
