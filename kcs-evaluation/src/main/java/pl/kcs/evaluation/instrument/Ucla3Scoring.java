package pl.kcs.evaluation.instrument;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Scores the UCLA 3-item loneliness scale (KCS-EFF-LONELINESS) as published by Hughes, Waite,
 * Hawkley and Cacioppo (2004, <i>Research on Aging</i> 26(6)): each item scores 1 ("hardly ever"),
 * 2 ("some of the time") or 3 ("often"), and the total is their sum, 3 to 9; higher is lonelier.
 *
 * <p>Two rules are configurable because kcs could not confirm them in that source:
 *
 * <ul>
 *   <li>{@link #lonelyFrom()}: the total from which a respondent counts as lonely. Library
 *       default 6 (3–5 not lonely, 6–9 lonely), a cut-off common in practice; it is not from
 *       Hughes et al. (2004), and studies differ (some take, for example, the top fifth of their
 *       sample's scores), so set it to match the study you compare with.
 *   <li>{@link #missingAnswers()}: library default, not from the source: all three answers are
 *       needed, because one missing item of three leaves too little to score.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ucla3Scoring implements WithUcla3Scoring {

  Ucla3Scoring() {}

  /** The library default cut-off: a total of 6 or more counts as lonely. */
  public static final int DEFAULT_LONELY_FROM = 6;

  /**
   * The total from which a respondent counts as lonely, in [4, 9]; library default {@value
   * #DEFAULT_LONELY_FROM}.
   */
  @Value.Default
  public int lonelyFrom() {
    return DEFAULT_LONELY_FROM;
  }

  /** When missing answers still allow a score; library default: none may be missing. */
  @Value.Default
  public MissingAnswerRule missingAnswers() {
    return MissingAnswerRule.noneMissing();
  }

  /** The library defaults: lonely from 6, no missing answers. */
  public static Ucla3Scoring standard() {
    return builder().build();
  }

  /** A builder of UCLA scoring rules, starting from the library defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The score of {@code response}. */
  public final LonelinessScore score(UclaResponse response) {
    requireNonNull(response, "response");
    int points = 0;
    for (Map.Entry<UclaItem, UclaAnswer> answer : response.answers().entrySet()) {
      points += answer.getValue().points();
    }
    int answered = response.answers().size();
    OptionalInt total =
        missingAnswers()
            .score(points, answered, Instrument.UCLA_3.items(), UclaAnswer.HARDLY_EVER.points());
    LonelinessScore.Builder score =
        LonelinessScore.builder().instrument(Instrument.UCLA_3).answered(answered);
    if (total.isPresent()) {
      int value = total.getAsInt();
      score.total(
          ScaleScore.of(
              value,
              Instrument.UCLA_3.minScore(),
              Instrument.UCLA_3.maxScore(),
              value >= lonelyFrom() ? LonelinessBand.LONELY : LonelinessBand.NOT_LONELY));
    }
    return score.build();
  }

  @Value.Check
  void check() {
    checkState(
        lonelyFrom() >= 4 && lonelyFrom() <= 9,
        "lonelyFrom must be in [4, 9], was %s",
        lonelyFrom());
    checkState(
        missingAnswers().maxMissing() <= 2,
        "missingAnswers.maxMissing must leave at least one of the 3 items answered, was %s",
        missingAnswers().maxMissing());
  }

  /** Builds {@link Ucla3Scoring}; every attribute has a default. */
  public static final class Builder extends ImmutableUcla3Scoring.Builder {
    Builder() {}
  }
}
