package pl.kcs.testing;

import java.util.Iterator;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A small property-test runner for JUnit 5: checks a property over many seeded generated inputs,
 * and shrinks a failing input to a small one that still fails.
 *
 * <h2>Seeds and replay</h2>
 *
 * <p>Every trial generates its input from its own {@link SplittableRandom} made from one trial
 * seed, derived from the root seed; a property that takes a random stream ({@link
 * #forAllWithRandom}) gets one seeded from the same trial seed. A failure throws an {@link
 * AssertionError} that prints the root seed, the trial seed, the shrunk and the original input,
 * and keeps the shrunk input's failure as its cause. To replay it, run the test with {@code
 * -Dkcs.seed=<root seed>}, or replay the one trial with {@code
 * Property.check().replaying(<trial seed>)} followed by the same {@code forAll} or {@code
 * forAllWithRandom} call (or {@link #replay(long, Gen, Consumer)}).
 *
 * <p>The root seed is fixed by default ({@link #DEFAULT_SEED}), so a local build is repeatable.
 * On a CI server — the environment variable {@code CI} is {@code true}, as GitHub Actions,
 * GitLab CI and most others set it — the root seed is drawn afresh once per JVM and printed, so
 * that every varying-seed run explores new inputs and a failure there can be replayed locally with {@code
 * -Dkcs.seed}. The system property {@code kcs.seed} always wins; {@code kcs.trials} overrides the
 * number of trials.
 *
 * <h2>Shrinking</h2>
 *
 * <p>The input of a failing trial is shrunk by walking its {@link Shrinkable} tree (see {@link
 * Gen}): the runner tries the simpler versions of the failing input in order, moves to the first
 * that still fails (with any {@link AssertionError} or {@link RuntimeException}), and stops when
 * none fails or after {@link #maxShrinks()} runs of the property. The search is greedy and
 * deterministic: the same trial seed always shrinks to the same input.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Property {

  /** The root seed used when the {@code kcs.seed} system property is not set. */
  /**
   * The environment variable that makes properties draw a fresh root seed per JVM (printed, so the
   * run replays with {@code -Dkcs.seed}): a varying-seed CI job sets it; the project's gate
   * ({@code .ci/run}) and local runs keep the fixed seed, so a landing is reproducible.
   */
  static final String VARY_SEED = "KCS_VARY_SEED";

  public static final long DEFAULT_SEED = 0x4B4353L; // "KCS"

  /** The number of trials used when none is given and {@code kcs.trials} is not set. */
  public static final int DEFAULT_TRIALS = 300;

  /** The most runs of the property spent on shrinking one failure, unless set otherwise. */
  public static final int DEFAULT_MAX_SHRINKS = 1_000;

  private final long seed;
  private final int trials;
  private final int maxShrinks;
  private final @Nullable Long replayedTrialSeed;

  private Property(long seed, int trials, int maxShrinks, @Nullable Long replayedTrialSeed) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be positive, was " + trials);
    }
    if (maxShrinks < 0) {
      throw new IllegalArgumentException("maxShrinks must not be negative, was " + maxShrinks);
    }
    this.seed = seed;
    this.trials = trials;
    this.maxShrinks = maxShrinks;
    this.replayedTrialSeed = replayedTrialSeed;
  }

  /**
   * A runner with the configured seed and number of trials: {@code -Dkcs.seed} if set, else a
   * fresh seed printed once per JVM when the environment variable {@code CI} is {@code true}, else
   * {@link #DEFAULT_SEED}.
   */
  public static Property check() {
    return configured(System::getProperty, System::getenv, () -> CiSeed.ROOT);
  }

  /**
   * The runner for the given system properties and environment; {@code ciSeed} gives the seed of
   * a varying-seed run. Separate from {@link #check()} so that its choices can be tested.
   */
  static Property configured(
      Function<String, String> systemProperties,
      Function<String, String> environment,
      LongSupplier ciSeed) {
    String seedProperty = systemProperties.apply("kcs.seed");
    long seed;
    if (seedProperty != null) {
      seed = parse("kcs.seed", seedProperty);
    } else if ("true".equalsIgnoreCase(environment.apply(VARY_SEED))) {
      seed = ciSeed.getAsLong();
    } else {
      seed = DEFAULT_SEED;
    }
    String trialsProperty = systemProperties.apply("kcs.trials");
    int trials =
        trialsProperty == null
            ? DEFAULT_TRIALS
            : Math.toIntExact(parse("kcs.trials", trialsProperty));
    return new Property(seed, trials, DEFAULT_MAX_SHRINKS, null);
  }

  private static long parse(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      String shown = value.length() > 30 ? value.substring(0, 30) + "…" : value;
      throw new IllegalArgumentException(name + " must be a whole number, was " + shown, e);
    }
  }

  /** This runner with {@code trials} trials. */
  public Property trials(int trials) {
    return new Property(seed, trials, maxShrinks, replayedTrialSeed);
  }

  /** This runner with root seed {@code seed}. */
  public Property seed(long seed) {
    return new Property(seed, trials, maxShrinks, replayedTrialSeed);
  }

  /** This runner spending at most {@code maxShrinks} runs of the property on shrinking; 0 turns it off. */
  public Property maxShrinks(int maxShrinks) {
    return new Property(seed, trials, maxShrinks, replayedTrialSeed);
  }

  /**
   * This runner running only the trial with the given trial seed, as a failure printed it: the
   * same input, the same random stream for the property, the same shrinking.
   */
  public Property replaying(long trialSeed) {
    return new Property(seed, trials, maxShrinks, trialSeed);
  }

  /** The root seed. */
  public long seed() {
    return seed;
  }

  /** The number of trials. */
  public int trials() {
    return trials;
  }

  /** The most runs of the property spent on shrinking one failure. */
  public int maxShrinks() {
    return maxShrinks;
  }

  /** Checks {@code property} for values of {@code generator}; it fails by throwing. */
  public <T> void forAll(Gen<T> generator, Consumer<? super T> property) {
    Objects.requireNonNull(property, "property");
    forAllWithRandom(generator, (value, random) -> property.accept(value));
  }

  /**
   * Checks {@code property} for values of {@code generator}; the property also gets a random
   * stream of its own, seeded from the trial seed, e.g. to shuffle its input. Each run of the
   * property during shrinking gets the stream afresh in the same state.
   */
  public <T> void forAllWithRandom(
      Gen<T> generator, BiConsumer<? super T, SplittableRandom> property) {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(property, "property");
    if (replayedTrialSeed != null) {
      runTrial(replayedTrialSeed, 0, 1, generator, property);
      return;
    }
    SplittableRandom root = new SplittableRandom(seed);
    for (int trial = 0; trial < trials; trial++) {
      long trialSeed = root.nextLong();
      runTrial(trialSeed, trial, trials, generator, property);
    }
  }

  /** Runs one trial again from the trial seed a failure printed. */
  public static <T> void replay(long trialSeed, Gen<T> generator, Consumer<? super T> property) {
    check().replaying(trialSeed).forAll(generator, property);
  }

  private <T> void runTrial(
      long trialSeed,
      int trial,
      int of,
      Gen<T> generator,
      BiConsumer<? super T, SplittableRandom> property) {
    SplittableRandom random = new SplittableRandom(trialSeed);
    Shrinkable<T> input = generator.generate(random);
    long propertySeed = random.nextLong();
    Throwable failure = failureOf(property, input.value(), propertySeed);
    if (failure == null) {
      return;
    }
    Shrunk<T> shrunk = shrink(input, failure, property, propertySeed);
    StringBuilder message =
        new StringBuilder("Property failed on trial ")
            .append(trial + 1)
            .append(" of ")
            .append(of)
            .append(" (root seed ")
            .append(seed)
            .append(", trial seed ")
            .append(trialSeed)
            .append("; replay with -Dkcs.seed=")
            .append(seed)
            .append(", or Property.check().replaying(")
            .append(trialSeed)
            .append("L), or Property.replay(")
            .append(trialSeed)
            .append("L, ...))");
    if (shrunk.steps > 0) {
      message
          .append("\n  shrunk input (")
          .append(shrunk.steps)
          .append(shrunk.steps == 1 ? " step, " : " steps, ")
          .append(shrunk.runs)
          .append(shrunk.runs == 1 ? " run): " : " runs): ")
          .append(Inputs.describe(shrunk.node.value()))
          .append("\n  original input: ")
          .append(Inputs.describe(input.value()));
    } else {
      message.append("\n  input: ").append(Inputs.describe(input.value()));
    }
    message.append("\n  failure: ").append(shrunk.failure);
    throw new AssertionError(message.toString(), shrunk.failure);
  }

  private static <T> @Nullable Throwable failureOf(
      BiConsumer<? super T, SplittableRandom> property, T value, long propertySeed) {
    try {
      property.accept(value, new SplittableRandom(propertySeed));
      return null;
    } catch (AssertionError | RuntimeException failure) {
      return failure;
    }
  }

  private <T> Shrunk<T> shrink(
      Shrinkable<T> failing,
      Throwable failure,
      BiConsumer<? super T, SplittableRandom> property,
      long propertySeed) {
    Shrunk<T> shrunk = new Shrunk<>(failing, failure, 0, 0);
    boolean progressed = true;
    while (progressed && shrunk.runs < maxShrinks) {
      progressed = false;
      Iterator<Shrinkable<T>> candidates = shrunk.node.shrinks().iterator();
      while (candidates.hasNext() && shrunk.runs < maxShrinks) {
        Shrinkable<T> candidate = candidates.next();
        Throwable candidateFailure = failureOf(property, candidate.value(), propertySeed);
        shrunk = shrunk.ran();
        if (candidateFailure != null) {
          shrunk = new Shrunk<>(candidate, candidateFailure, shrunk.steps + 1, shrunk.runs);
          progressed = true;
          break;
        }
      }
    }
    return shrunk;
  }

  /** Where shrinking got to: the smallest failing input so far and the effort spent. */
  private static final class Shrunk<T> {
    final Shrinkable<T> node;
    final Throwable failure;
    final int steps;
    final int runs;

    Shrunk(Shrinkable<T> node, Throwable failure, int steps, int runs) {
      this.node = node;
      this.failure = failure;
      this.steps = steps;
      this.runs = runs;
    }

    Shrunk<T> ran() {
      return new Shrunk<>(node, failure, steps, runs + 1);
    }
  }

  /** The root seed of a varying-seed run: drawn once per JVM and printed, so that the run can be replayed. */
  private static final class CiSeed {
    static final long ROOT = ThreadLocalRandom.current().nextLong();

    static {
      System.out.println(
          "kcs-testing: "
              + VARY_SEED
              + "=true, properties use root seed "
              + ROOT
              + " (replay with -Dkcs.seed="
              + ROOT
              + ")");
    }
  }
}
