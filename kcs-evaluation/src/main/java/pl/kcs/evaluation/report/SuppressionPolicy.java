package pl.kcs.evaluation.report;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * When a report suppresses an aggregate of respondents. Answers about loneliness, confidence and
 * ties (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES) are special-category data about
 * vulnerable people, and a KCS group is small, so a count of a few people can point to a person.
 *
 * <ul>
 *   <li>A cell with fewer respondents than {@link #minimumCellSize()} is suppressed; library
 *       default 5, the threshold the issue asks for (statistical offices use 3 to 10).
 *   <li>For a share "k of n", {@code k}, {@code n} and — with {@link #protectComplement()}, the
 *       default — {@code n − k} must each reach the threshold: "9 of 10 feel less lonely" tells the
 *       tenth member's answer to the nine others as surely as "1 of 10" would. Zero is below every
 *       threshold: "0 of 8 feel confident" is an answer about all eight.
 *   <li>Where the all-groups total is shown and some groups are suppressed, the total minus the
 *       shown groups must itself reach the threshold, else further groups are suppressed (the
 *       smallest first), so a suppressed group cannot be worked out by subtraction.
 * </ul>
 *
 * <p>The policy protects each table of a report against subtraction within the table; it does not
 * solve cross-table attacks in general (such as comparing the numbers who answered two different
 * questions), which is why every table of a report counts one clearly defined population.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SuppressionPolicy implements WithSuppressionPolicy {

  /** The library default threshold: cells of fewer than 5 respondents are suppressed. */
  public static final int DEFAULT_MINIMUM_CELL_SIZE = 5;

  /** The fewest respondents a shown cell may count; at least 1. */
  @Value.Default
  public int minimumCellSize() {
    return DEFAULT_MINIMUM_CELL_SIZE;
  }

  /** Whether the complement {@code n − k} of a share must reach the threshold too; default yes. */
  @Value.Default
  public boolean protectComplement() {
    return true;
  }

  /** The library defaults: threshold 5, complements protected. */
  public static SuppressionPolicy standard() {
    return builder().build();
  }

  /** Threshold {@code minimumCellSize}, complements protected. */
  public static SuppressionPolicy ofMinimumCellSize(int minimumCellSize) {
    return builder().minimumCellSize(minimumCellSize).build();
  }

  /** A builder, starting from the library defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether a share of {@code successes} of {@code respondents} may be shown. */
  public final boolean allowsShare(int successes, int respondents) {
    return allowsCount(respondents)
        && allowsCount(successes)
        && (!protectComplement() || allowsCount(respondents - successes));
  }

  /** Whether an aggregate (such as a mean) over {@code respondents} may be shown. */
  public final boolean allowsCount(int respondents) {
    return respondents >= minimumCellSize();
  }

  @Value.Check
  void check() {
    checkState(
        minimumCellSize() >= 1, "minimumCellSize must be positive, was %s", minimumCellSize());
  }

  /** Builds a {@link SuppressionPolicy}; every attribute has a default. */
  public static final class Builder extends ImmutableSuppressionPolicy.Builder {
    Builder() {}
  }
}
