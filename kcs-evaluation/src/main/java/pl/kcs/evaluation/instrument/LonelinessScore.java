package pl.kcs.evaluation.instrument;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The score of one response on one {@link Instrument} (KCS-EFF-LONELINESS): the total, and on
 * the De Jong Gierveld scales the emotional and social subscales. A total or subscale is absent
 * when more answers are missing than its {@link MissingAnswerRule} allows.
 *
 * <p>Holds no respondent id. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LonelinessScore {

  LonelinessScore() {}

  /** The instrument scored. */
  public abstract Instrument instrument();

  /** How many of the instrument's items were answered. */
  public abstract int answered();

  /** The total score, unless too many answers are missing. */
  public abstract Optional<ScaleScore> total();

  /** The emotional subscale (De Jong Gierveld only), unless too many answers are missing. */
  public abstract Optional<ScaleScore> emotional();

  /** The social subscale (De Jong Gierveld only), unless too many answers are missing. */
  public abstract Optional<ScaleScore> social();

  /** A builder of a score; {@link Ucla3Scoring} and {@link DjgScoring} build them. */
  static Builder builder() {
    return new Builder();
  }

  /** How many of the instrument's items were left unanswered. */
  public final int missing() {
    return instrument().items() - answered();
  }

  /** Whether the total could be scored. */
  public final boolean isScored() {
    return total().isPresent();
  }

  /** The total's points, if scored. */
  public final OptionalInt points() {
    return total().isPresent() ? OptionalInt.of(total().get().points()) : OptionalInt.empty();
  }

  /** The total's band, if scored. */
  public final Optional<LonelinessBand> band() {
    return total().map(ScaleScore::band);
  }

  @Value.Check
  void check() {
    checkState(
        answered() >= 0 && answered() <= instrument().items(),
        "answered must be in [0, %s], was %s",
        instrument().items(),
        answered());
    checkState(
        instrument() != Instrument.UCLA_3 || (emotional().isEmpty() && social().isEmpty()),
        "subscales exist only on the De Jong Gierveld scales, was given for %s",
        instrument());
    if (total().isPresent()) {
      ScaleScore total = total().get();
      checkState(
          total.min() == instrument().minScore() && total.max() == instrument().maxScore(),
          "total must range over [%s, %s] on %s, was [%s, %s]",
          instrument().minScore(),
          instrument().maxScore(),
          instrument(),
          total.min(),
          total.max());
    }
  }

  static final class Builder extends ImmutableLonelinessScore.Builder {
    Builder() {}
  }
}
