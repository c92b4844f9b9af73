package pl.kcs.evaluation.report;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * When a report suppresses an aggregate of respondents: the statistical disclosure control of kcs
 * reports. Answers about loneliness, confidence and ties (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE,
 * KCS-EFF-TIES) and membership of a themed self-help group are special-category data (GDPR art.
 * 9), and a KCS group is small, so a count of a few people can point to a person. The policy is
 * kcs's, not the source method's; it follows the practice of official statistics.
 *
 * <ul>
 *   <li><b>Primary suppression (threshold).</b> A cell with fewer respondents than {@link
 *       #minimumCellSize()} is suppressed; library default 5 (statistical offices use 3 to 10).
 *   <li><b>Extreme values (dominance).</b> A cell whose figures would pin down individual answers
 *       is suppressed. A share "k of n" needs {@code k} to reach the threshold, is never 100 %, and
 *       — with {@link #protectComplement()}, the default — needs {@code n − k} to reach the
 *       threshold too: "9 of 10 feel less lonely" tells the tenth member's answer to the nine
 *       others as surely as "1 of 10" would, and "0 of 8" or "8 of 8" is an answer about all
 *       eight. A mean score needs, at each wave it shows, at least the threshold of respondents
 *       below the top of their band (lonely or not lonely, by the scale's cut-off) and at least
 *       the threshold above its bottom ({@link #allowsMean(int, int, int)}): "5 respondents: 9.0
 *       → 3.0" says every one of them was at the scale's maximum before, and a mean a point below
 *       the top tells a member who knows her own score everyone else's.
 *       Its sum must also leave room for one respondent in each band, else the mean alone says
 *       that nobody, or everybody, is lonely.
 *   <li><b>Complementary (secondary) suppression.</b> Where the all-groups total is shown and some
 *       groups are suppressed, the total minus the shown groups must pass the same rules, else
 *       further groups are suppressed (the smallest first), so no suppressed group can be worked
 *       out by subtraction; what can be worked out is a sub-total of at least two suppressed
 *       groups that itself passes the rules.
 *   <li><b>No exact figure of a suppressed cell.</b> A suppressed cell keeps no count, in no
 *       format; reports publish means rounded to one decimal, not sums.
 * </ul>
 *
 * <p>Together these guarantee that a reader of every published figure — the text in both
 * languages, the JSON and the CSV together — cannot determine any respondent's answer in a
 * suppressed cell, nor the score or band of any respondent from a shown one, and that someone who
 * already knows the answers of fewer than {@link #minimumCellSize()} respondents of a cell
 * cannot learn from it that all the others answered alike at an end of the scale or of their
 * band. Each table of a report counts one clearly defined population, so that two tables of the
 * same answer never differ by a few people.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SuppressionPolicy implements WithSuppressionPolicy {

  SuppressionPolicy() {}

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

  /**
   * Whether a share of {@code successes} of {@code respondents} may be shown: both counts reach
   * the threshold, the share is not 100 %, and with {@link #protectComplement()} the complement
   * reaches the threshold too.
   */
  public final boolean allowsShare(int successes, int respondents) {
    int complement = respondents - successes;
    return allowsCount(respondents)
        && allowsCount(successes)
        && complement > 0
        && (!protectComplement() || allowsCount(complement));
  }

  /** Whether an aggregate over {@code respondents} reaches the threshold. */
  public final boolean allowsCount(int respondents) {
    return respondents >= minimumCellSize();
  }

  /**
   * Whether a mean score over {@code respondents}, at one wave, may be shown: they reach the
   * threshold, and so do those of them below the top of their band ({@code belowBandTop}: a
   * lonely respondent below the scale's maximum, a respondent who is not lonely below the cut-off
   * minus one) and those above its bottom ({@code aboveBandBottom}). Apply it at each wave a cell
   * shows.
   */
  public final boolean allowsMean(int respondents, int belowBandTop, int aboveBandBottom) {
    return allowsCount(respondents) && allowsCount(belowBandTop) && allowsCount(aboveBandBottom);
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
