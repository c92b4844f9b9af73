package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A global sensitivity analysis of a KCS scenario: which of the monthly probabilities (the
 * library's assumptions above all) drive the outputs that matter — independent and self-running
 * groups, cost, the less-lonely and confident shares ({@link SensitivityOutput}).
 *
 * <p>The design's factors are named after {@link ProbabilityParameter#parameterName()}s and their
 * distributions say over what range each is varied (researchers' assumptions, not the method's).
 * At every point of the design the base scenario, with the factors set to the point's values, is
 * simulated with the same {@link RunSettings} — the same seed, so the points share their random
 * numbers and differences between points are the parameters', not the dice's. The outputs at the
 * points go through the design's estimators ({@link SensitivityDesign}).
 *
 * <pre>{@code
 * SensitivityDesign design = SensitivityDesign.sobol(256, 7)
 *     .withFactor("newGroupProbability", ParameterDistribution.uniform(0.25, 0.75))
 *     .withFactor("selfRunningProbability", ParameterDistribution.uniform(0.15, 0.45));
 * SensitivityTable table = ScenarioSensitivity.of(ScenarioParameters.defaults(), design,
 *     RunSettings.builder().seed(42).replications(2_000).build()).run();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ScenarioSensitivity {

  private final ScenarioParameters base;
  private final SensitivityDesign design;
  private final RunSettings settings;
  private final ImmutableList<ProbabilityParameter> factors;

  private ScenarioSensitivity(
      ScenarioParameters base,
      SensitivityDesign design,
      RunSettings settings,
      ImmutableList<ProbabilityParameter> factors) {
    this.base = base;
    this.design = design;
    this.settings = settings;
    this.factors = factors;
  }

  /**
   * The analysis of {@code base} over {@code design}, each point simulated with {@code settings}.
   *
   * @throws IllegalArgumentException if a factor is not a probability parameter or its distribution
   *     reaches outside [0, 1]
   * @throws IllegalStateException if the design has no factor
   */
  public static ScenarioSensitivity of(
      ScenarioParameters base, SensitivityDesign design, RunSettings settings) {
    requireNonNull(base, "base");
    requireNonNull(design, "design");
    requireNonNull(settings, "settings");
    if (design.factors().isEmpty()) {
      throw new IllegalStateException("a sensitivity design needs at least one factor");
    }
    ImmutableList.Builder<ProbabilityParameter> factors = ImmutableList.builder();
    for (Map.Entry<String, ParameterDistribution> factor : design.factors().entrySet()) {
      ProbabilityParameter parameter = ProbabilityParameter.named(factor.getKey());
      checkArgument(
          factor.getValue().isWithinUnitInterval(),
          "%s is a probability: its distribution must lie in [0, 1], was %s",
          parameter.parameterName(),
          factor.getValue());
      factors.add(parameter);
    }
    return new ScenarioSensitivity(base, design, settings, factors.build());
  }

  /** The names of the outputs, in {@link SensitivityOutput} order. */
  public static ImmutableList<String> outputNames() {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (SensitivityOutput output : SensitivityOutput.values()) {
      names.add(output.outputName());
    }
    return names.build();
  }

  /** Every output of {@code result}, in {@link SensitivityOutput} order. */
  public static double[] outputs(SimulationResult result) {
    double[] values = new double[SensitivityOutput.values().length];
    for (SensitivityOutput output : SensitivityOutput.values()) {
      values[output.ordinal()] = output.of(result);
    }
    return values;
  }

  /** The base scenario. */
  public ScenarioParameters base() {
    return base;
  }

  /** The design. */
  public SensitivityDesign design() {
    return design;
  }

  /** The settings every point is simulated with. */
  public RunSettings settings() {
    return settings;
  }

  /** The scenario at every point of the design, in order. */
  public ImmutableList<ScenarioParameters> points() {
    ImmutableList.Builder<ScenarioParameters> points = ImmutableList.builder();
    for (double[] point : design.points()) {
      ScenarioParameters parameters = base;
      for (int i = 0; i < point.length; i++) {
        parameters = factors.get(i).with(parameters, point[i]);
      }
      points.add(parameters);
    }
    return points.build();
  }

  /**
   * The table from the outputs at every point ({@link #outputs(SimulationResult)}, in point order),
   * however they were computed.
   */
  public SensitivityTable analyse(double[][] outputs) {
    return design.analyse(outputNames(), outputs);
  }

  /**
   * Simulates every point, points in parallel on {@link RunSettings#threads()} threads of a pool
   * made for the call (each point on one thread), and analyses the outputs. Progress counts
   * replications over all points.
   *
   * @throws CancellationException if the settings' cancellation token is cancelled
   */
  public SensitivityTable run() {
    return compute(null);
  }

  /** As {@link #run()}, with {@link RunSettings#threads()} tasks on {@code executor}. */
  public SensitivityTable run(Executor executor) {
    return compute(requireNonNull(executor, "executor"));
  }

  private SensitivityTable compute(@Nullable Executor executor) {
    ImmutableList<ScenarioParameters> points = points();
    double[][] outputs = new double[points.size()][];
    RunSettings single =
        RunSettings.builder()
            .seed(settings.seed())
            .replications(settings.replications())
            .threads(1)
            .cancellation(settings.cancellation())
            .build();
    AtomicInteger next = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    long total = settings.replications() * points.size();
    Tasks.run(
        Math.min(settings.threads(), points.size()),
        executor,
        "kcs-sensitivity",
        "the sensitivity analysis",
        stop,
        () -> {
          int point;
          int ran = 0;
          while (!stop.get()
              && !settings.cancellation().isCancelled()
              && (point = next.getAndIncrement()) < points.size()) {
            outputs[point] = outputs(Simulation.of(points.get(point)).run(single));
            settings.progress().onProgress(done.addAndGet(settings.replications()), total);
            ran++;
          }
          return ran;
        });
    if (settings.cancellation().isCancelled()) {
      throw new CancellationException(
          "sensitivity analysis cancelled after " + done.get() + " of " + total + " replications");
    }
    return analyse(outputs);
  }

  @Override
  public String toString() {
    return "ScenarioSensitivity{" + design + ", " + settings + "}";
  }
}
