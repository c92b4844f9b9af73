package pl.kcs.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A small property-test runner for JUnit 5: checks a property over many seeded generated inputs.
 *
 * <p>Every trial draws from its own {@link SplittableRandom} made from one trial seed, derived
 * from the root seed. A failure throws an {@link AssertionError} that prints the root seed, the
 * trial seed and the input, and keeps the original failure as its cause. To replay it, run the
 * test with {@code -Dkcs.seed=<root seed>} or call {@link #replay(long, Gen, Consumer)} with the
 * trial seed.
 *
 * <p>The root seed is fixed by default ({@link #DEFAULT_SEED}), so a build is repeatable; the
 * system property {@code kcs.seed} overrides it to explore more inputs, and {@code kcs.trials}
 * overrides the number of trials.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Property {

  /** The root seed used when the {@code kcs.seed} system property is not set. */
  public static final long DEFAULT_SEED = 0x4B4353L; // "KCS"

  /** The number of trials used when none is given and {@code kcs.trials} is not set. */
  public static final int DEFAULT_TRIALS = 300;

  private final long seed;
  private final int trials;

  private Property(long seed, int trials) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be positive, was " + trials);
    }
    this.seed = seed;
    this.trials = trials;
  }

  /** A runner with the configured (or default) seed and number of trials. */
  public static Property check() {
    return new Property(
        Long.getLong("kcs.seed", DEFAULT_SEED), Integer.getInteger("kcs.trials", DEFAULT_TRIALS));
  }

  /** This runner with {@code trials} trials. */
  public Property trials(int trials) {
    return new Property(seed, trials);
  }

  /** This runner with root seed {@code seed}. */
  public Property seed(long seed) {
    return new Property(seed, trials);
  }

  /** The root seed. */
  public long seed() {
    return seed;
  }

  /** The number of trials. */
  public int trials() {
    return trials;
  }

  /** Checks {@code property} for values of {@code generator}; it fails by throwing. */
  public <T> void forAll(Gen<T> generator, Consumer<? super T> property) {
    Objects.requireNonNull(property, "property");
    forAllWithRandom(generator, (value, random) -> property.accept(value));
  }

  /**
   * Checks {@code property} for values of {@code generator}; the property also gets the trial's
   * random stream, e.g. to shuffle its input.
   */
  public <T> void forAllWithRandom(
      Gen<T> generator, BiConsumer<? super T, SplittableRandom> property) {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(property, "property");
    SplittableRandom root = new SplittableRandom(seed);
    for (int trial = 0; trial < trials; trial++) {
      long trialSeed = root.nextLong();
      runTrial(trialSeed, trial, generator, property);
    }
  }

  /** Runs one trial again from the trial seed a failure printed. */
  public static <T> void replay(long trialSeed, Gen<T> generator, Consumer<? super T> property) {
    new Property(trialSeed, 1).runTrial(trialSeed, 0, generator, (value, r) -> property.accept(value));
  }

  private <T> void runTrial(
      long trialSeed, int trial, Gen<T> generator, BiConsumer<? super T, SplittableRandom> property) {
    SplittableRandom random = new SplittableRandom(trialSeed);
    T value = generator.next(random);
    try {
      property.accept(value, random);
    } catch (AssertionError | RuntimeException failure) {
      throw new AssertionError(
          "Property failed on trial "
              + (trial + 1)
              + " of "
              + trials
              + " (replay with -Dkcs.seed="
              + seed
              + ", or Property.replay("
              + trialSeed
              + "L, ...)); input: "
              + value
              + "; failure: "
              + failure.getMessage(),
          failure);
    }
  }
}
