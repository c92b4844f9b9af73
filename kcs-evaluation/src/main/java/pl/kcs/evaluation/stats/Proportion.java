package pl.kcs.evaluation.stats;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;

/**
 * {@code successes} of {@code trials}: how many respondents said they feel less lonely
 * (KCS-EFF-LONELINESS), feel confident to start a group (KCS-EFF-CONFIDENCE) or keep ties outside
 * the group (KCS-EFF-TIES), or how many groups run themselves (KCS-EFF-SELFRUN) or became
 * independent (KCS-EFF-INDEPENDENT).
 *
 * <p>The pilot's groups were few and small, so a share is never presented bare: {@link
 * #wilsonInterval(ConfidenceLevel)} gives the Wilson score interval, which keeps sensible
 * coverage and stays within [0, 1] for small samples and for shares of 0 or 1, where the common
 * Wald interval collapses to a point (Wilson, E. B. (1927). Probable inference, the law of
 * succession, and statistical inference. <i>Journal of the American Statistical Association</i>,
 * 22(158), 209–212; recommended for small samples by Newcombe, R. G. (1998). Two-sided confidence
 * intervals for the single proportion: comparison of seven methods. <i>Statistics in Medicine</i>,
 * 17(8), 857–872).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Proportion {

  Proportion() {}

  /** How many of the trials succeeded; in [0, trials]. */
  @Value.Parameter
  public abstract int successes();

  /** How many trials (respondents, groups) there were; at least 1. */
  @Value.Parameter
  public abstract int trials();

  /** {@code successes} of {@code trials}. */
  public static Proportion of(int successes, int trials) {
    return ImmutableProportion.of(successes, trials);
  }

  /** How many trials did not succeed. */
  public final int failures() {
    return trials() - successes();
  }

  /** The observed share, successes / trials. */
  public final double share() {
    return (double) successes() / trials();
  }

  /**
   * The Wilson score interval at {@code level}:
   *
   * <pre>
   *   (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)
   * </pre>
   *
   * <p>with p the observed share and n the trials. The bound at an observed share of 0 is exactly
   * 0, and at 1 exactly 1, rather than a rounding error's distance from them.
   */
  public final Interval wilsonInterval(ConfidenceLevel level) {
    requireNonNull(level, "level");
    double n = trials();
    double p = share();
    double z = level.z();
    double zz = z * z;
    double denominator = 1 + zz / n;
    double centre = (p + zz / (2 * n)) / denominator;
    double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + zz / (4 * n * n));
    double lower = successes() == 0 ? 0 : Math.max(0, centre - halfWidth);
    double upper = successes() == trials() ? 1 : Math.min(1, centre + halfWidth);
    return Interval.of(lower, upper);
  }

  @Value.Check
  void check() {
    checkState(trials() >= 1, "trials must be positive, was %s", trials());
    checkState(
        successes() >= 0 && successes() <= trials(),
        "successes must be in [0, trials], was %s of %s",
        successes(),
        trials());
  }
}
