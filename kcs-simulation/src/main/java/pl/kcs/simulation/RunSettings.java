package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * How to run a simulation: the root seed, the number of replications, the number of threads, a
 * progress listener and a cancellation token. The seed and the replications decide the result; the
 * threads only how fast it comes.
 *
 * <p>Immutable; the listener and the token are shared with the run.
 */
public final class RunSettings {

  /** The default number of replications. */
  public static final long DEFAULT_REPLICATIONS = 10_000;

  private final long seed;
  private final long replications;
  private final int threads;
  private final ProgressListener progress;
  private final Cancellation cancellation;

  private RunSettings(Builder builder) {
    this.seed = builder.seed;
    this.replications = builder.replications;
    this.threads = builder.threads;
    this.progress = builder.progress;
    this.cancellation = builder.cancellation;
  }

  /** Settings with {@code seed}, 10,000 replications, one thread per available processor. */
  public static RunSettings withSeed(long seed) {
    return builder().seed(seed).build();
  }

  /** A builder; the seed is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The root seed. */
  public long seed() {
    return seed;
  }

  /** How many replications. */
  public long replications() {
    return replications;
  }

  /** How many threads. */
  public int threads() {
    return threads;
  }

  /** Who is told of progress. */
  public ProgressListener progress() {
    return progress;
  }

  /** The token that can stop the run. */
  public Cancellation cancellation() {
    return cancellation;
  }

  @Override
  public String toString() {
    return "RunSettings{seed="
        + seed
        + ", replications="
        + replications
        + ", threads="
        + threads
        + "}";
  }

  /** Builds {@link RunSettings}. */
  public static final class Builder {
    private @Nullable Long seedValue;
    private long seed;
    private long replications = DEFAULT_REPLICATIONS;
    private int threads = Runtime.getRuntime().availableProcessors();
    private ProgressListener progress = ProgressListener.none();
    private Cancellation cancellation = new Cancellation();

    private Builder() {}

    /** The root seed: the same seed gives bit-identical results. */
    public Builder seed(long seed) {
      this.seedValue = seed;
      this.seed = seed;
      return this;
    }

    /** How many replications; at least 1. */
    public Builder replications(long replications) {
      checkArgument(replications >= 1, "replications must be at least 1, was %s", replications);
      this.replications = replications;
      return this;
    }

    /** How many threads; at least 1. */
    public Builder threads(int threads) {
      checkArgument(threads >= 1, "threads must be at least 1, was %s", threads);
      this.threads = threads;
      return this;
    }

    /** Who is told of progress. */
    public Builder progress(ProgressListener progress) {
      this.progress = requireNonNull(progress, "progress");
      return this;
    }

    /** The token that can stop the run. */
    public Builder cancellation(Cancellation cancellation) {
      this.cancellation = requireNonNull(cancellation, "cancellation");
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalStateException if no seed was given: a run must be reproducible
     */
    public RunSettings build() {
      if (seedValue == null) {
        throw new IllegalStateException(
            "seed must be set: every run is reproducible from its seed");
      }
      return new RunSettings(this);
    }
  }
}
