package pl.kcs.evaluation.report;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;
import pl.kcs.core.group.GroupId;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.instrument.Instrument;
import pl.kcs.evaluation.instrument.ScaleScore;

/**
 * How one respondent's loneliness score changed between the start and the follow-up on one
 * instrument (KCS-EFF-LONELINESS). Individual results are for the people running the groups, who
 * already hold the answers; reports show only suppressed aggregates.
 *
 * <p>{@code toString()} does not print the respondent id. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RespondentChange {

  RespondentChange() {}

  /** The respondent. */
  @Value.Redacted
  public abstract RespondentId respondent();

  /** The respondent's group. */
  public abstract GroupId group();

  /** The instrument. */
  public abstract Instrument instrument();

  /** The score at the start. */
  public abstract ScaleScore before();

  /** The score after. */
  public abstract ScaleScore after();

  static Builder builder() {
    return new Builder();
  }

  /** The change in points, after − before: negative is less lonely. */
  public final int change() {
    return after().points() - before().points();
  }

  /** Whether the score fell: less lonely. */
  public final boolean isImproved() {
    return change() < 0;
  }

  /** Whether the score rose: lonelier. */
  public final boolean isWorse() {
    return change() > 0;
  }

  @Value.Check
  void check() {
    for (ScaleScore score : new ScaleScore[] {before(), after()}) {
      checkState(
          score.min() == instrument().minScore() && score.max() == instrument().maxScore(),
          "scores must range over [%s, %s] on %s, was [%s, %s]",
          instrument().minScore(),
          instrument().maxScore(),
          instrument(),
          score.min(),
          score.max());
    }
  }

  static final class Builder extends ImmutableRespondentChange.Builder {
    Builder() {}
  }
}
