package pl.kcs.evaluation.report;

import static pl.kcs.evaluation.SurveyFixtures.aBaseline;
import static pl.kcs.evaluation.SurveyFixtures.aFollowUp;
import static pl.kcs.evaluation.SurveyFixtures.uclaTotal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.LessLonelyAnswer;
import pl.kcs.evaluation.OrganiserConfidence;
import pl.kcs.evaluation.SurveyResponse;

/**
 * A small evaluation whose every number is worked out by hand in {@link EvaluatorTest}: groups
 * g-a and g-b of ten respondents each and g-c of three, all answering the UCLA scale at the start
 * and after, and kcs's questions on the pilot's effects after.
 */
final class WorkedExample {

  static final LocalDate AS_OF = LocalDate.of(2024, 9, 30);

  private WorkedExample() {}

  static List<GroupOutcome> groups() {
    return List.of(
        GroupOutcome.builder().group(GroupId.of("g-c")).name("Seniors").build(),
        GroupOutcome.builder()
            .group(GroupId.of("g-a"))
            .name("Parents")
            .meetsWithoutAnimatorSince(LocalDate.of(2024, 5, 6))
            .build(),
        GroupOutcome.builder()
            .group(GroupId.of("g-b"))
            .name("Refugee women")
            .addTargetSubgroups(TargetSubgroup.REFUGEES)
            .meetsWithoutAnimatorSince(LocalDate.of(2024, 6, 3))
            .independentSince(LocalDate.of(2024, 8, 1))
            .build());
  }

  static EvaluationSurvey survey() {
    List<SurveyResponse> responses = new ArrayList<>();
    // g-a: all 7 at the start; five fall to 5, five stay at 7. Nine less lonely, one cannot say.
    // Five confident.
    for (int i = 0; i < 10; i++) {
      String id = "a-" + i;
      responses.add(aBaseline(id, "g-a").ucla(uclaTotal(7)).build());
      responses.add(
          aFollowUp(id, "g-a")
              .ucla(uclaTotal(i < 5 ? 5 : 7))
              .lessLonely(i < 9 ? LessLonelyAnswer.LESS_LONELY : LessLonelyAnswer.CANNOT_SAY)
              .confidence(i < 5 ? OrganiserConfidence.RATHER_YES : OrganiserConfidence.RATHER_NOT)
              .build());
    }
    // g-b: all 6 at the start; five fall to 4, five stay at 6. Eight less lonely. Five confident.
    for (int i = 0; i < 10; i++) {
      String id = "b-" + i;
      responses.add(aBaseline(id, "g-b").ucla(uclaTotal(6)).build());
      responses.add(
          aFollowUp(id, "g-b")
              .ucla(uclaTotal(i < 5 ? 4 : 6))
              .lessLonely(i < 8 ? LessLonelyAnswer.LESS_LONELY : LessLonelyAnswer.NO_DIFFERENCE)
              .confidence(
                  i < 5 ? OrganiserConfidence.DEFINITELY_YES : OrganiserConfidence.HARD_TO_SAY)
              .build());
    }
    // g-c: three respondents from 9 to 3, all less lonely, none confident.
    for (int i = 0; i < 3; i++) {
      String id = "c-" + i;
      responses.add(aBaseline(id, "g-c").ucla(uclaTotal(9)).build());
      responses.add(
          aFollowUp(id, "g-c")
              .ucla(uclaTotal(3))
              .lessLonely(LessLonelyAnswer.LESS_LONELY)
              .confidence(OrganiserConfidence.DEFINITELY_NOT)
              .build());
    }
    return EvaluationSurvey.of(responses);
  }
}
