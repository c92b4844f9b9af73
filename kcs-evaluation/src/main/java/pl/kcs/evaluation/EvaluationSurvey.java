package pl.kcs.evaluation;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.group.GroupId;

/**
 * The survey responses of one evaluation of a KCS: each respondent belongs to one group and
 * answers at most once per {@link Wave}, and not later at the start than after. It is the input of
 * the pre/post comparison and of the report (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE,
 * KCS-EFF-TIES).
 *
 * <p>Exception messages never name a respondent. {@code toString()} prints no respondent ids or
 * answers. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationSurvey implements WithEvaluationSurvey {

  EvaluationSurvey() {}

  /** The responses, in the order given. */
  public abstract ImmutableList<SurveyResponse> responses();

  /** A survey of {@code responses}. */
  public static EvaluationSurvey of(Iterable<SurveyResponse> responses) {
    return builder().addAllResponses(responses).build();
  }

  /** A builder of a survey. */
  public static Builder builder() {
    return new Builder();
  }

  /** The groups that have responses, in id order. */
  @Value.Lazy
  public ImmutableSortedSet<GroupId> groups() {
    ImmutableSortedSet.Builder<GroupId> groups = ImmutableSortedSet.naturalOrder();
    for (SurveyResponse response : responses()) {
      groups.add(response.group());
    }
    return groups.build();
  }

  /** The responses of {@code group}'s respondents. */
  public final ImmutableList<SurveyResponse> responses(GroupId group) {
    requireNonNull(group, "group");
    ImmutableList.Builder<SurveyResponse> responses = ImmutableList.builder();
    for (SurveyResponse response : responses()) {
      if (response.group().equals(group)) {
        responses.add(response);
      }
    }
    return responses.build();
  }

  /** The response of {@code respondent} in {@code wave}, if any. */
  public final Optional<SurveyResponse> response(RespondentId respondent, Wave wave) {
    requireNonNull(respondent, "respondent");
    requireNonNull(wave, "wave");
    for (SurveyResponse response : responses()) {
      if (response.respondent().equals(respondent) && response.wave() == wave) {
        return Optional.of(response);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Map<RespondentId, Map<Wave, SurveyResponse>> byRespondent = new HashMap<>();
    for (SurveyResponse response : responses()) {
      Map<Wave, SurveyResponse> waves =
          byRespondent.computeIfAbsent(response.respondent(), r -> new EnumMap<>(Wave.class));
      // The messages name groups, waves and dates, never the respondent.
      for (SurveyResponse earlier : waves.values()) {
        checkState(
            earlier.group().equals(response.group()),
            "a respondent must answer for one group only, was one respondent in groups %s and %s",
            earlier.group(),
            response.group());
      }
      checkState(
          waves.put(response.wave(), response) == null,
          "responses must hold one response per respondent and wave, was a second %s response"
              + " of one respondent in group %s",
          response.wave(),
          response.group());
    }
    for (Map<Wave, SurveyResponse> waves : byRespondent.values()) {
      SurveyResponse baseline = waves.get(Wave.BASELINE);
      SurveyResponse followUp = waves.get(Wave.FOLLOW_UP);
      if (baseline != null && followUp != null) {
        checkState(
            !followUp.answeredOn().isBefore(baseline.answeredOn()),
            "a FOLLOW_UP response must not be dated before the same respondent's BASELINE,"
                + " was %s before %s in group %s",
            followUp.answeredOn(),
            baseline.answeredOn(),
            followUp.group());
      }
    }
  }

  /** Builds an {@link EvaluationSurvey}. */
  public static final class Builder extends ImmutableEvaluationSurvey.Builder {
    Builder() {}
  }
}
