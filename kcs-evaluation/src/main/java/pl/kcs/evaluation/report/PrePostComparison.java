package pl.kcs.evaluation.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import pl.kcs.core.group.GroupId;
import pl.kcs.evaluation.instrument.Instrument;

/**
 * The pre/post comparison on one instrument (KCS-EFF-LONELINESS): one {@link RespondentChange}
 * per respondent whose scale could be scored both at the start and after, in group and then
 * respondent order. Respondents with only one wave, or too many missing answers in either, are not
 * in it.
 *
 * <p>These are individual results: {@code toString()} prints no respondent id, but publish only
 * the suppressed aggregates of an {@link EvaluationReport}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PrePostComparison {

  PrePostComparison() {}

  /** The instrument compared. */
  public abstract Instrument instrument();

  /** The respondents' changes. */
  public abstract ImmutableList<RespondentChange> changes();

  static Builder builder() {
    return new Builder();
  }

  /** The changes of {@code group}'s respondents. */
  public final ImmutableList<RespondentChange> changes(GroupId group) {
    requireNonNull(group, "group");
    ImmutableList.Builder<RespondentChange> changes = ImmutableList.builder();
    for (RespondentChange change : changes()) {
      if (change.group().equals(group)) {
        changes.add(change);
      }
    }
    return changes.build();
  }

  static final class Builder extends ImmutablePrePostComparison.Builder {
    Builder() {}
  }
}
