package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * A parameter sweep: the base scenario varied over a grid, one simulation per point with the same
 * settings (and so the same seed), one table row per point.
 *
 * <pre>{@code
 * Sweep.of(ScenarioParameters.defaults())
 *     .vary("animator_post", List.of(PostFraction.QUARTER, PostFraction.HALF), ScenarioParameters::withAnimatorPost)
 *     .vary("max_groups", List.of(2, 3, 4), ScenarioParameters::withMaxGroups)
 *     .run(RunSettings.withSeed(42));   // 6 rows
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Sweep {

  /** The most grid points a sweep may have. */
  public static final int MAX_POINTS = 1_000_000;

  private final ScenarioParameters base;
  private final ImmutableList<Axis<?>> axes;
  private final Uncertainty uncertainty;

  private Sweep(ScenarioParameters base, ImmutableList<Axis<?>> axes, Uncertainty uncertainty) {
    this.base = base;
    this.axes = axes;
    this.uncertainty = uncertainty;
  }

  /** A sweep around {@code base}, with no axis yet (one point: the base). */
  public static Sweep of(ScenarioParameters base) {
    return new Sweep(requireNonNull(base, "base"), ImmutableList.of(), Uncertainty.none());
  }

  /**
   * This sweep with {@code uncertainty} at every grid point: the uncertain probabilities are drawn
   * per replication ({@link Simulation#of(ScenarioParameters, Uncertainty)}), so every row's spread
   * includes the uncertainty about them.
   */
  public Sweep withUncertainty(Uncertainty uncertainty) {
    return new Sweep(base, axes, requireNonNull(uncertainty, "uncertainty"));
  }

  /** The uncertainty at every grid point; {@link Uncertainty#none()} unless given. */
  public Uncertainty uncertainty() {
    return uncertainty;
  }

  /**
   * This sweep with one more axis: {@code name} takes each of {@code values}, applied by {@code
   * apply} (e.g. {@code ScenarioParameters::withMaxGroups}).
   *
   * @throws IllegalArgumentException if there are no values, or a value gives invalid parameters
   */
  public <T> Sweep vary(
      String name, List<T> values, BiFunction<ScenarioParameters, T, ScenarioParameters> apply) {
    requireNonNull(name, "name");
    requireNonNull(apply, "apply");
    checkArgument(!values.isEmpty(), "values of %s must not be empty", name);
    for (T value : values) {
      // Fail before any work starts, naming the parameter.
      try {
        requireNonNull(apply.apply(base, value), "parameters");
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(name + " = " + value + ": " + e.getMessage(), e);
      }
    }
    checkArgument(
        (long) size() * values.size() <= MAX_POINTS,
        "a sweep may have at most %s grid points",
        MAX_POINTS);
    return new Sweep(
        base,
        ImmutableList.<Axis<?>>builder()
            .addAll(axes)
            .add(new Axis<>(name, ImmutableList.copyOf(values), apply))
            .build(),
        uncertainty);
  }

  /** The number of grid points. */
  public int size() {
    int size = 1;
    for (Axis<?> axis : axes) {
      size *= axis.values.size();
    }
    return size;
  }

  /** Runs every grid point, in grid order (the last axis varies fastest). */
  public SweepTable run(RunSettings settings) {
    requireNonNull(settings, "settings");
    List<SimulationResult> results = new ArrayList<>();
    for (ScenarioParameters parameters : scenarios()) {
      results.add(Simulation.of(parameters, uncertainty).run(settings));
    }
    return table(results);
  }

  /** Runs every grid point, in grid order, each on {@code executor} as {@link Simulation#run(RunSettings, Executor)} does. */
  public SweepTable run(RunSettings settings, Executor executor) {
    requireNonNull(settings, "settings");
    requireNonNull(executor, "executor");
    List<SimulationResult> results = new ArrayList<>();
    for (ScenarioParameters parameters : scenarios()) {
      results.add(Simulation.of(parameters, uncertainty).run(settings, executor));
    }
    return table(results);
  }

  /** The scenario at every grid point, in grid order (the last axis varies fastest). */
  public ImmutableList<ScenarioParameters> scenarios() {
    ImmutableList.Builder<ScenarioParameters> scenarios = ImmutableList.builder();
    for (int point = 0; point < size(); point++) {
      ScenarioParameters parameters = base;
      int[] indices = indices(point);
      for (int a = 0; a < axes.size(); a++) {
        parameters = axes.get(a).applyValue(parameters, indices[a]);
      }
      scenarios.add(parameters);
    }
    return scenarios.build();
  }

  /**
   * The table of the grid points' results, however they were computed (e.g. on Spark): one
   * result per point of {@link #scenarios()}, in order.
   *
   * @throws IllegalArgumentException if there is not one result per point
   */
  public SweepTable table(List<SimulationResult> results) {
    checkArgument(
        results.size() == size(),
        "results must have one per grid point, %s, was %s",
        size(),
        results.size());
    List<String> names = new ArrayList<>();
    for (Axis<?> axis : axes) {
      names.add(axis.name);
    }
    ImmutableList.Builder<SweepTable.Row> rows = ImmutableList.builder();
    for (int point = 0; point < results.size(); point++) {
      int[] indices = indices(point);
      List<String> values = new ArrayList<>();
      for (int a = 0; a < axes.size(); a++) {
        values.add(String.valueOf(axes.get(a).values.get(indices[a])));
      }
      rows.add(
          new SweepTable.Row(
              ImmutableList.copyOf(values), requireNonNull(results.get(point), "result")));
    }
    return new SweepTable(ImmutableList.copyOf(names), rows.build());
  }

  private int[] indices(int point) {
    int rest = point;
    int[] indices = new int[axes.size()];
    for (int a = axes.size() - 1; a >= 0; a--) {
      indices[a] = rest % axes.get(a).values.size();
      rest /= axes.get(a).values.size();
    }
    return indices;
  }

  private static final class Axis<T> {
    final String name;
    final ImmutableList<T> values;
    final BiFunction<ScenarioParameters, T, ScenarioParameters> apply;

    Axis(
        String name,
        ImmutableList<T> values,
        BiFunction<ScenarioParameters, T, ScenarioParameters> apply) {
      this.name = name;
      this.values = values;
      this.apply = apply;
    }

    ScenarioParameters applyValue(ScenarioParameters parameters, int index) {
      return apply.apply(parameters, values.get(index));
    }
  }
}
