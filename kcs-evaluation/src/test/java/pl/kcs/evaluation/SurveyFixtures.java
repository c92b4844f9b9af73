package pl.kcs.evaluation;

import java.time.LocalDate;
import pl.kcs.core.group.GroupId;
import pl.kcs.evaluation.instrument.UclaAnswer;
import pl.kcs.evaluation.instrument.UclaResponse;

/** Intention-revealing fixtures of survey data for the tests of kcs-evaluation. */
public final class SurveyFixtures {

  /** The baseline date of the fixtures. */
  public static final LocalDate START = LocalDate.of(2024, 3, 4);

  /** The follow-up date, six months later. */
  public static final LocalDate SIX_MONTHS_LATER = LocalDate.of(2024, 9, 2);

  private SurveyFixtures() {}

  /** A group without self-running or independence. */
  public static GroupOutcome aGroup(String id) {
    return GroupOutcome.builder().group(GroupId.of(id)).name("Group " + id).build();
  }

  /** A baseline response of {@code respondent} in {@code group}, dated {@link #START}, still without answers. */
  public static SurveyResponse.Builder aBaseline(String respondent, String group) {
    return SurveyResponse.builder()
        .respondent(RespondentId.of(respondent))
        .group(GroupId.of(group))
        .wave(Wave.BASELINE)
        .answeredOn(START);
  }

  /** A follow-up response, dated {@link #SIX_MONTHS_LATER}, still without answers. */
  public static SurveyResponse.Builder aFollowUp(String respondent, String group) {
    return SurveyResponse.builder()
        .respondent(RespondentId.of(respondent))
        .group(GroupId.of(group))
        .wave(Wave.FOLLOW_UP)
        .answeredOn(SIX_MONTHS_LATER);
  }

  /** UCLA answers worth {@code total} points (3 to 9), spread over the items. */
  public static UclaResponse uclaTotal(int total) {
    int[] points = {1, 1, 1};
    for (int extra = total - 3, i = 0; extra > 0; extra--, i = (i + 1) % 3) {
      points[i]++;
    }
    return UclaResponse.of(answer(points[0]), answer(points[1]), answer(points[2]));
  }

  private static UclaAnswer answer(int points) {
    return UclaAnswer.values()[points - 1];
  }
}
