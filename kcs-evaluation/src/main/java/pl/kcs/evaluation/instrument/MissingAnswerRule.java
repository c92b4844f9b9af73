package pl.kcs.evaluation.instrument;

import static com.google.common.base.Preconditions.checkState;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * When a scale or subscale with missing answers is still scored, and how: at most {@link
 * #maxMissing()} answers may be missing, each treated by {@link #treatment()}; with more missing
 * the score is missing. Part of scoring a loneliness scale (KCS-EFF-LONELINESS); the defaults of
 * each scale and where they come from are documented on {@link Ucla3Scoring} and {@link
 * DjgScoring}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class MissingAnswerRule {

  MissingAnswerRule() {}

  /** How many answers may be missing for a score still to be given; at least 0. */
  @Value.Parameter
  public abstract int maxMissing();

  /** What each missing answer counts for. */
  @Value.Parameter
  public abstract MissingAnswerTreatment treatment();

  /** At most {@code maxMissing} answers missing, each treated by {@code treatment}. */
  public static MissingAnswerRule of(int maxMissing, MissingAnswerTreatment treatment) {
    return ImmutableMissingAnswerRule.of(maxMissing, treatment);
  }

  /** No answer may be missing. */
  public static MissingAnswerRule noneMissing() {
    return of(0, MissingAnswerTreatment.SCORE_AS_NOT_LONELY);
  }

  /**
   * The score of {@code items} items, {@code answered} of which were answered and add up to {@code
   * answeredPoints}, each item's lowest answer being worth {@code lowestPoints}; empty when more
   * answers are missing than this rule allows.
   */
  final OptionalInt score(int answeredPoints, int answered, int items, int lowestPoints) {
    int missing = items - answered;
    if (missing > maxMissing() || answered == 0) {
      return OptionalInt.empty();
    }
    if (missing == 0) {
      return OptionalInt.of(answeredPoints);
    }
    switch (treatment()) {
      case SCORE_AS_NOT_LONELY:
        return OptionalInt.of(answeredPoints + missing * lowestPoints);
      case PRORATE:
        // Half up, in integers: floor((2 · points · items + answered) / (2 · answered)).
        long numerator = 2L * answeredPoints * items + answered;
        return OptionalInt.of((int) (numerator / (2L * answered)));
      default:
        throw new AssertionError(treatment());
    }
  }

  @Value.Check
  void check() {
    checkState(maxMissing() >= 0, "maxMissing must not be negative, was %s", maxMissing());
  }
}
