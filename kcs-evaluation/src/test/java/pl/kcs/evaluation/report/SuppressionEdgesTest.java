package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.evaluation.SurveyFixtures.aBaseline;
import static pl.kcs.evaluation.SurveyFixtures.aFollowUp;
import static pl.kcs.evaluation.SurveyFixtures.aGroup;
import static pl.kcs.evaluation.SurveyFixtures.uclaTotal;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.instrument.DjgAnswer;
import pl.kcs.evaluation.instrument.DjgForm;
import pl.kcs.evaluation.instrument.DjgItem;
import pl.kcs.evaluation.instrument.DjgResponse;
import pl.kcs.evaluation.instrument.DjgSubscale;
import pl.kcs.evaluation.instrument.Instrument;

/**
 * The suppression rules at their edges (KCS-EFF-LONELINESS): what is just safe is shown, and
 * complementary suppression hides no more groups than it must. Each test is the other side of a
 * rule that, pushed one step further, would hide figures a report may publish.
 */
class SuppressionEdgesTest {

  private static void respondent(
      List<SurveyResponse> responses, String id, String group, int before, int after) {
    responses.add(aBaseline(id, group).ucla(uclaTotal(before)).build());
    responses.add(aFollowUp(id, group).ucla(uclaTotal(after)).build());
  }

  @Test
  void a_mean_whose_sum_leaves_exactly_room_for_one_respondent_in_the_other_band_is_shown() {
    // Threshold 3. At the start four at 8 and six at 9: 86 = 10 × 9 − 4, just room for one
    // respondent at 5 (not lonely) with the rest at 9. After, three at 4 and seven at 3: 33, just
    // room for one at 6 (lonely) with the rest at 3. Neither mean says everybody or nobody is
    // lonely.
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      respondent(responses, "r-" + i, "g-1", i < 4 ? 8 : 9, i < 3 ? 4 : 3);
    }
    EvaluationReport report =
        Evaluator.builder()
            .suppression(SuppressionPolicy.ofMinimumCellSize(3))
            .build()
            .report(
                "KCS", List.of(aGroup("g-1")), EvaluationSurvey.of(responses), WorkedExample.AS_OF);

    MeanScores means = report.scales().get(0).scores().allGroups().value().orElseThrow();
    assertThat(means.meanBefore()).isEqualByComparingTo("8.6");
    assertThat(means.meanAfter()).isEqualByComparingTo("3.3");
  }

  @Test
  void complementary_suppression_hides_only_as_many_groups_as_it_must() {
    // g-a, g-b, g-c: ten or twelve respondents each, half lonely in the middle of the band and
    // half not, so each is safe alone. g-d: three respondents, suppressed. The total minus the
    // shown groups would be g-d alone, so the smallest shown group, g-a, goes too — and no more.
    List<SurveyResponse> responses = new ArrayList<>();
    int[] sizes = {10, 10, 12};
    String[] groups = {"g-a", "g-b", "g-c"};
    for (int g = 0; g < 3; g++) {
      for (int i = 0; i < sizes[g]; i++) {
        boolean first = i < sizes[g] / 2;
        respondent(responses, groups[g] + "-" + i, groups[g], first ? 7 : 4, first ? 4 : 7);
      }
    }
    for (int i = 0; i < 3; i++) {
      respondent(responses, "g-d-" + i, "g-d", 9, 3);
    }
    EvaluationReport report =
        Evaluator.standard()
            .report(
                "KCS",
                List.of(aGroup("g-a"), aGroup("g-b"), aGroup("g-c"), aGroup("g-d")),
                EvaluationSurvey.of(responses),
                WorkedExample.AS_OF);

    MeasureTable<MeanScores> scores = report.scales().get(0).scores();
    assertThat(scores.allGroups().isShown()).isTrue();
    assertThat(scores.groups())
        .extracting(row -> row.cell().isShown())
        .containsExactly(false, true, true, false);
    assertThat(report.scales().get(0).improved().groups())
        .extracting(row -> row.cell().isShown())
        .containsExactly(false, true, true, false);
  }

  private static DjgResponse elevenItems(int lonelyAnswers) {
    DjgResponse.Builder response = DjgResponse.builder().form(DjgForm.ELEVEN_ITEM);
    int given = 0;
    for (DjgItem item : DjgForm.ELEVEN_ITEM.items()) {
      boolean lonely = given++ < lonelyAnswers;
      boolean emotional = item.subscale() == DjgSubscale.EMOTIONAL;
      response.putAnswers(item, lonely == emotional ? DjgAnswer.YES : DjgAnswer.NO);
    }
    return response.build();
  }

  @Test
  void an_11_item_mean_is_judged_by_the_11_item_bands() {
    // Six respondents score 1 (not lonely: 0–2) and four score 5 (moderately lonely: 3–8), at
    // both waves: every one of them lies inside their band, so the mean is safe to show.
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      DjgResponse answers = elevenItems(i < 6 ? 1 : 5);
      responses.add(aBaseline("r-" + i, "g-1").djg(answers).build());
      responses.add(aFollowUp("r-" + i, "g-1").djg(answers).build());
    }
    EvaluationReport report =
        Evaluator.standard()
            .report(
                "KCS", List.of(aGroup("g-1")), EvaluationSurvey.of(responses), WorkedExample.AS_OF);

    ScaleSection eleven =
        report.scales().stream()
            .filter(s -> s.instrument() == Instrument.DJG_11)
            .findFirst()
            .orElseThrow();
    assertThat(eleven.scores().allGroups().value().orElseThrow().meanBefore())
        .isEqualByComparingTo("2.6");
  }
}
