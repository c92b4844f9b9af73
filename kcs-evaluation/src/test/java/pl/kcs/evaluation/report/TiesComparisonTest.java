package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.evaluation.SurveyFixtures.aFollowUp;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.PilotResult;
import pl.kcs.evaluation.SurveyFixtures;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.TiesOutsideGroup;
import pl.kcs.evaluation.stats.Proportion;

/**
 * The pilot found ties kept outside the group in its group for refugee women only (KCS-EFF-TIES):
 * an evaluation compares that finding with its groups for refugees, against a range the
 * observation can fall outside of.
 */
class TiesComparisonTest {

  private static GroupOutcome group(String id, boolean forRefugees) {
    GroupOutcome.Builder group = GroupOutcome.builder().group(GroupId.of(id)).name("Group " + id);
    if (forRefugees) {
      group.addTargetSubgroups(TargetSubgroup.REFUGEES);
    } else {
      group.addTargetSubgroups(TargetSubgroup.SINGLE_PARENTS);
    }
    return group.build();
  }

  private static void answer(
      List<SurveyResponse> responses, String group, int respondents, int withTies) {
    for (int i = 0; i < respondents; i++) {
      responses.add(
          aFollowUp(group + "-r" + i, group)
              .ties(i < withTies ? TiesOutsideGroup.ONE_OR_TWO : TiesOutsideGroup.NONE)
              .build());
    }
  }

  private static PilotComparison ties(List<GroupOutcome> groups, List<SurveyResponse> responses) {
    EvaluationReport report =
        Evaluator.standard()
            .report("KCS", groups, EvaluationSurvey.of(responses), SurveyFixtures.SIX_MONTHS_LATER);
    return report.pilotComparisons().stream()
        .filter(c -> c.pilot() == PilotResult.TIES_OUTSIDE)
        .findFirst()
        .get();
  }

  @Test
  void should_compare_ties_with_the_groups_for_refugees_only() {
    List<SurveyResponse> responses = new ArrayList<>();
    answer(responses, "g-refugees", 12, 6);
    answer(responses, "g-parents", 10, 5);

    PilotComparison ties =
        ties(List.of(group("g-refugees", true), group("g-parents", false)), responses);

    // 6 of 12 in the refugee group, not 11 of 22 over all groups.
    assertThat(ties.observed().get().proportion()).isEqualTo(Proportion.of(6, 12));
    assertThat(ties.verdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void should_not_apply_where_the_kcs_has_no_group_for_refugees() {
    List<SurveyResponse> responses = new ArrayList<>();
    answer(responses, "g-parents", 12, 6);

    PilotComparison ties = ties(List.of(group("g-parents", false)), responses);

    assertThat(ties.observed()).isEmpty();
    assertThat(ties.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void should_say_suppressed_rather_than_pool_a_refugee_group_the_report_hides() {
    // The refugee group's 7 of 10 leaves a complement of 3: suppressed. Pooling it would publish
    // a figure from which the suppressed cell follows.
    List<SurveyResponse> responses = new ArrayList<>();
    answer(responses, "g-refugees", 10, 7);
    answer(responses, "g-parents", 20, 10);

    PilotComparison ties =
        ties(List.of(group("g-refugees", true), group("g-parents", false)), responses);

    assertThat(ties.observed()).isEmpty();
    assertThat(ties.verdict()).isEqualTo(Verdict.NOT_AVAILABLE);
    // Both groups' ties cells are suppressed, the refugee group's and, so that it cannot be
    // subtracted from the total, the parents'; the report counts them.
    EvaluationReport report =
        Evaluator.standard()
            .report(
                "KCS",
                List.of(group("g-refugees", true), group("g-parents", false)),
                EvaluationSurvey.of(responses),
                SurveyFixtures.SIX_MONTHS_LATER);
    assertThat(report.ties().allGroups().isShown()).isTrue();
    assertThat(report.suppressedCells()).isEqualTo(2);
  }

  @Test
  void should_have_nothing_to_compare_when_the_refugee_group_was_not_asked_about_ties() {
    List<SurveyResponse> responses = new ArrayList<>();
    answer(responses, "g-parents", 20, 10);
    responses.add(
        aFollowUp("g-refugees-r0", "g-refugees")
            .lessLonely(pl.kcs.evaluation.LessLonelyAnswer.LESS_LONELY)
            .build());

    PilotComparison ties =
        ties(List.of(group("g-refugees", true), group("g-parents", false)), responses);

    assertThat(ties.observed()).isEmpty();
    assertThat(ties.verdict()).isEqualTo(Verdict.NOT_AVAILABLE);
  }

  @Test
  void should_pool_the_refugee_groups_that_answered_when_another_was_not_asked() {
    List<SurveyResponse> responses = new ArrayList<>();
    answer(responses, "g-a", 12, 6);
    answer(responses, "g-c", 10, 5);
    responses.add(
        aFollowUp("g-b-r0", "g-b")
            .lessLonely(pl.kcs.evaluation.LessLonelyAnswer.LESS_LONELY)
            .build());

    PilotComparison ties =
        ties(List.of(group("g-a", true), group("g-b", true), group("g-c", false)), responses);

    assertThat(ties.observed().get().proportion()).isEqualTo(Proportion.of(6, 12));
  }

  @Test
  void should_use_the_all_groups_figure_when_every_group_is_for_refugees() {
    List<SurveyResponse> responses = new ArrayList<>();
    answer(responses, "g-a", 6, 3);
    answer(responses, "g-b", 6, 3);

    PilotComparison ties = ties(List.of(group("g-a", true), group("g-b", true)), responses);

    assertThat(ties.observed().get().proportion()).isEqualTo(Proportion.of(6, 12));
  }

  @Test
  void should_pool_several_refugee_groups_whose_cells_are_shown() {
    List<SurveyResponse> responses = new ArrayList<>();
    answer(responses, "g-a", 10, 5);
    answer(responses, "g-b", 12, 6);
    answer(responses, "g-c", 10, 5);

    PilotComparison ties =
        ties(List.of(group("g-a", true), group("g-b", true), group("g-c", false)), responses);

    assertThat(ties.observed().get().proportion()).isEqualTo(Proportion.of(11, 22));
  }

  @Test
  void should_disagree_with_the_pilot_when_few_in_the_refugee_groups_keep_ties() {
    // KCS-EFF-TIES, library reading: at least one in five. 5 of 60 (Wilson 95 % upper bound
    // about 18 %) lies wholly below it.
    List<SurveyResponse> responses = new ArrayList<>();
    answer(responses, "g-refugees", 60, 5);

    PilotComparison ties = ties(List.of(group("g-refugees", true)), responses);

    assertThat(ties.verdict()).isEqualTo(Verdict.DIFFERENT);
    assertThat(PilotResult.TIES_OUTSIDE.plausibleShares().contains(0.2)).isTrue();
    assertThat(PilotResult.TIES_OUTSIDE.plausibleShares().contains(0.19)).isFalse();
    assertThat(PilotResult.TIES_OUTSIDE.isAboutRefugeeGroupsOnly()).isTrue();
    assertThat(PilotResult.LESS_LONELY.isAboutRefugeeGroupsOnly()).isFalse();
  }

  @Test
  void should_say_in_both_languages_that_ties_are_compared_in_the_groups_for_refugees() {
    List<SurveyResponse> responses = new ArrayList<>();
    answer(responses, "g-refugees", 12, 6);
    answer(responses, "g-parents", 10, 5);
    EvaluationReport report =
        Evaluator.standard()
            .report(
                "KCS",
                List.of(group("g-refugees", true), group("g-parents", false)),
                EvaluationSurvey.of(responses),
                SurveyFixtures.SIX_MONTHS_LATER);

    assertThat(report.render(Language.ENGLISH))
        .contains(
            "[KCS-EFF-TIES]. Here, in the groups for refugees: 6 of 12 (50%; 95% CI 25–75%). Verdict: consistent");
    assertThat(report.render(Language.POLISH))
        .contains(
            "[KCS-EFF-TIES]. Tutaj, w grupach dla osób z doświadczeniem uchodźstwa: 6 z 12 (50%; 95% PU 25–75%). Ocena: zgodne");
  }
}
