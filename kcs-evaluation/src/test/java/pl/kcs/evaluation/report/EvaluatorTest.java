package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.evaluation.SurveyFixtures.aBaseline;
import static pl.kcs.evaluation.SurveyFixtures.aFollowUp;
import static pl.kcs.evaluation.SurveyFixtures.aGroup;
import static pl.kcs.evaluation.SurveyFixtures.uclaTotal;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.PilotResult;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.instrument.DjgAnswer;
import pl.kcs.evaluation.instrument.DjgForm;
import pl.kcs.evaluation.instrument.DjgItem;
import pl.kcs.evaluation.instrument.DjgResponse;
import pl.kcs.evaluation.instrument.Instrument;
import pl.kcs.evaluation.stats.Proportion;

/** Pre/post comparison and the evaluation report, worked by hand (KCS-EFF-*). */
class EvaluatorTest {

  private final Evaluator evaluator = Evaluator.standard();
  private final EvaluationReport report =
      evaluator.report(
          "Biblioteka", WorkedExample.groups(), WorkedExample.survey(), WorkedExample.AS_OF);

  @Test
  void should_compare_each_respondent_before_and_after_on_kcs_eff_loneliness() {
    PrePostComparison comparison = evaluator.compare(WorkedExample.survey(), Instrument.UCLA_3);

    assertThat(comparison.changes()).hasSize(23);
    assertThat(comparison.changes(GroupId.of("g-c")))
        .allSatisfy(
            change -> {
              assertThat(change.change()).isEqualTo(-6);
              assertThat(change.isImproved()).isTrue();
              assertThat(change.isWorse()).isFalse();
              assertThat(change.before().isLonely()).isTrue();
              assertThat(change.after().isLonely()).isFalse();
            });
    assertThat(comparison.changes(GroupId.of("g-a")).stream().filter(RespondentChange::isImproved))
        .hasSize(5);
    // Ordered by group, then respondent.
    assertThat(comparison.changes().get(0).group()).isEqualTo(GroupId.of("g-a"));
    assertThat(comparison.changes().get(0).respondent()).isEqualTo(RespondentId.of("a-0"));
  }

  @Test
  void should_pair_only_respondents_scored_at_both_waves() {
    EvaluationSurvey survey =
        EvaluationSurvey.of(
            List.of(
                aBaseline("r-1", "g-1").ucla(uclaTotal(8)).build(),
                aFollowUp("r-1", "g-1").ucla(uclaTotal(5)).build(),
                aBaseline("r-2", "g-1").ucla(uclaTotal(8)).build(),
                aFollowUp("r-3", "g-1").ucla(uclaTotal(5)).build()));

    PrePostComparison comparison = evaluator.compare(survey, Instrument.UCLA_3);

    assertThat(comparison.changes())
        .singleElement()
        .satisfies(c -> assertThat(c.change()).isEqualTo(-3));
    assertThat(evaluator.compare(survey, Instrument.DJG_6).changes()).isEmpty();
  }

  @Test
  void should_compare_11_item_answers_on_the_6_item_scale() {
    DjgResponse.Builder eleven = DjgResponse.builder().form(DjgForm.ELEVEN_ITEM);
    DjgResponse.Builder six = DjgResponse.builder().form(DjgForm.SIX_ITEM);
    for (DjgItem item : DjgItem.values()) {
      eleven.putAnswers(item, DjgAnswer.MORE_OR_LESS);
      if (item.inSixItemScale()) {
        six.putAnswers(
            item,
            item.subscale() == pl.kcs.evaluation.instrument.DjgSubscale.SOCIAL
                ? DjgAnswer.YES
                : DjgAnswer.NO);
      }
    }
    EvaluationSurvey survey =
        EvaluationSurvey.of(
            List.of(
                aBaseline("r-1", "g-1").djg(eleven.build()).build(),
                aFollowUp("r-1", "g-1").djg(six.build()).build()));

    PrePostComparison comparison = evaluator.compare(survey, Instrument.DJG_6);

    assertThat(comparison.changes())
        .singleElement()
        .satisfies(c -> assertThat(c.change()).isEqualTo(-6));
    assertThat(evaluator.compare(survey, Instrument.DJG_11).changes()).isEmpty();
  }

  @Test
  void should_report_mean_scores_with_secondary_suppression() {
    MeasureTable<MeanScores> scores = report.scales().get(0).scores();

    assertThat(report.scales())
        .extracting(ScaleSection::instrument)
        .containsExactly(Instrument.UCLA_3);
    MeanScores all = scores.allGroups().value().get();
    assertThat(all.respondents()).isEqualTo(23);
    assertThat(all.meanBefore()).isEqualTo(new BigDecimal("6.8"));
    assertThat(all.meanAfter()).isEqualTo(new BigDecimal("5.2"));
    // The change is the difference of the rounded means shown, so the figures agree.
    assertThat(all.meanChange()).isEqualTo(new BigDecimal("-1.6"));
    // g-c (3 respondents) is below the threshold. Every one of g-b's ten scored 6 at the start,
    // the bottom of the lonely band, so its mean would pin their answers down: extreme-value rule.
    // g-a, the only group left shown, goes too, or the total would give g-b and g-c away.
    assertThat(scores.groups())
        .extracting(GroupRow::group)
        .containsExactly(GroupId.of("g-a"), GroupId.of("g-b"), GroupId.of("g-c"));
    assertThat(scores.groups())
        .allSatisfy(row -> assertThat(row.cell()).isInstanceOf(Cell.Suppressed.class));
  }

  @Test
  void should_report_shares_only_where_count_and_complement_reach_the_threshold() {
    ScaleSection ucla = report.scales().get(0);

    assertThat(ucla.improved().allGroups().value().get().proportion())
        .isEqualTo(Proportion.of(13, 23));
    assertThat(ucla.improved().groups().get(1).cell().value().get().proportion())
        .isEqualTo(Proportion.of(5, 10));
    // Everybody was lonely at the start: 23 of 23 leaves a complement of 0.
    assertThat(ucla.lonelyBefore().allGroups()).isInstanceOf(Cell.Suppressed.class);
    assertThat(ucla.lonelyBefore().groups())
        .allSatisfy(row -> assertThat(row.cell()).isInstanceOf(Cell.Suppressed.class));
    assertThat(ucla.lonelyAfter().allGroups().value().get().proportion())
        .isEqualTo(Proportion.of(10, 23));
    // 20 of 23 feel less lonely: the 3 who do not are too few to show (KCS-EFF-LONELINESS).
    assertThat(report.lessLonely().allGroups()).isInstanceOf(Cell.Suppressed.class);
    // KCS-EFF-CONFIDENCE: 10 of 23 confident; g-c's 0 of 3 is suppressed, and g-a with it.
    assertThat(report.confident().allGroups().value().get().proportion())
        .isEqualTo(Proportion.of(10, 23));
    assertThat(report.confident().groups())
        .extracting(row -> row.cell().isShown())
        .containsExactly(false, true, false);
    // KCS-EFF-TIES was not asked.
    assertThat(report.ties().allGroups()).isInstanceOf(Cell.NoAnswers.class);
    assertThat(report.suppressedCells()).isEqualTo(3 + 2 + 4 + 2 + 4 + 2);
  }

  @Test
  void should_report_group_outcomes_kcs_eff_selfrun_and_kcs_eff_independent_on_the_date() {
    assertThat(report.selfRunning().get().proportion()).isEqualTo(Proportion.of(2, 3));
    assertThat(report.independent().get().proportion()).isEqualTo(Proportion.of(1, 3));
    assertThat(report.groups())
        .extracting(g -> g.group().value())
        .containsExactly("g-a", "g-b", "g-c");

    EvaluationReport earlier =
        evaluator.report(
            "Biblioteka",
            WorkedExample.groups(),
            EvaluationSurvey.of(List.of()),
            LocalDate.of(2024, 7, 1));
    assertThat(earlier.independent().get().proportion()).isEqualTo(Proportion.of(0, 3));
  }

  @Test
  void should_compare_with_the_pilot_published_results() {
    assertThat(report.pilotComparisons())
        .extracting(PilotComparison::pilot, PilotComparison::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PilotResult.LESS_LONELY, Verdict.NOT_AVAILABLE),
            org.assertj.core.groups.Tuple.tuple(
                PilotResult.SELF_RUNNING_GROUPS, Verdict.CONSISTENT),
            org.assertj.core.groups.Tuple.tuple(
                PilotResult.INDEPENDENT_GROUPS, Verdict.INCONCLUSIVE),
            org.assertj.core.groups.Tuple.tuple(
                PilotResult.CONFIDENT_TO_ORGANISE, Verdict.INCONCLUSIVE),
            org.assertj.core.groups.Tuple.tuple(PilotResult.TIES_OUTSIDE, Verdict.NOT_AVAILABLE));
  }

  @Test
  void should_render_the_report_in_english() {
    String text = report.render(Language.ENGLISH);

    assertThat(text)
        .startsWith("KCS evaluation report: Biblioteka\nAs of 30 September 2024.\n")
        .contains("Suppressed cells in this report: 17.\n")
        .contains(
            "Loneliness scale: UCLA 3-item loneliness scale (Hughes et al. 2004), scores 3–9,"
                + " higher is lonelier [KCS-EFF-LONELINESS]\n")
        .contains("    All groups: 23 respondents: 6.8 → 5.2 (change −1.6)\n")
        .contains("    Parents (g-a): suppressed to protect respondents\n")
        .contains("    All groups: 13 of 23 (57%; 95% CI 36–75%)\n")
        .contains("    Refugee women (g-b): 5 of 10 (50%; 95% CI 23–77%)\n")
        .contains(
            "  Feel confident enough to organise a new self-help group [KCS-EFF-CONFIDENCE]\n")
        .contains("    All groups: 10 of 23 (43%; 95% CI 25–64%)\n")
        .contains("    All groups: no answers\n")
        .contains(
            "Groups meeting without the animator on 30 September 2024 [KCS-EFF-SELFRUN]\n  2 of 3 groups (67%; 95% CI 20–94%)\n")
        .contains("    Refugee women (g-b): since 1 August 2024\n")
        .contains("    Seniors (g-c): not yet\n")
        .contains(
            "  Pilot: one of three groups became independent [KCS-EFF-INDEPENDENT]. Here: 1 of 3"
                + " groups (33%; 95% CI 6–80%). Verdict: too few to tell: the interval includes values"
                + " both consistent with the pilot’s result and different from it.\n")
        .contains(
            "  Pilot: almost all participants said they felt less lonely than before joining"
                + " [KCS-EFF-LONELINESS]. Here: not available. Verdict: nothing to compare: no"
                + " answers, or suppressed.\n");
  }

  @Test
  void should_render_the_report_in_polish() {
    String text = report.render(Language.POLISH);

    assertThat(text)
        .startsWith("Raport z ewaluacji KCS: Biblioteka\nStan na 30 września 2024 r.\n")
        .contains("    Wszystkie grupy: liczba osób: 23; 6,8 → 5,2 (zmiana −1,6)\n")
        .contains("    Parents (g-a): ukryte, by chronić respondentów\n")
        .contains("    Wszystkie grupy: 13 z 23 (57%; 95% PU 36–75%)\n")
        .contains(
            "  Czują się na tyle pewnie, by samodzielnie zorganizować nową grupę samopomocową [KCS-EFF-CONFIDENCE]\n")
        .contains(
            "Grupy usamodzielnione na dzień 30 września 2024 r. [KCS-EFF-INDEPENDENT]\n  1 z 3 grup (33%; 95% PU 6–80%)\n")
        .contains("    Refugee women (g-b): od 1 sierpnia 2024 r.\n")
        .contains("    Seniors (g-c): jeszcze nie\n")
        .contains(
            "  Pilotaż: jedna z trzech grup się usamodzielniła [KCS-EFF-INDEPENDENT]. Tutaj: 1 z 3 grup");
    assertThat(report.render(java.util.Locale.forLanguageTag("pl-PL"))).isEqualTo(text);
    assertThat(report.render(java.util.Locale.forLanguageTag("tr-TR")))
        .isEqualTo(report.render(Language.ENGLISH));
  }

  @Test
  void should_round_shares_half_up_and_intervals_outwards() {
    assertThat(ReportRenderer.percent(Proportion.of(1, 8))).isEqualTo("13");
    assertThat(ReportRenderer.percent(Proportion.of(1, 3))).isEqualTo("33");
    assertThat(ReportRenderer.percent(Proportion.of(2, 3))).isEqualTo("67");
    assertThat(ReportRenderer.bound(0.0615, java.math.RoundingMode.FLOOR)).isEqualTo("6");
    assertThat(ReportRenderer.bound(0.7923, java.math.RoundingMode.CEILING)).isEqualTo("80");
    assertThat(ReportRenderer.bound(0.3, java.math.RoundingMode.CEILING)).isEqualTo("30");
    assertThat(ReportRenderer.bound(1.0, java.math.RoundingMode.CEILING)).isEqualTo("100");
  }

  @Test
  void should_reject_responses_of_unknown_groups_or_after_the_report_date() {
    EvaluationSurvey survey =
        EvaluationSurvey.of(List.of(aBaseline("r-1", "g-9").ucla(uclaTotal(5)).build()));

    assertThatThrownBy(
            () ->
                evaluator.report(
                    "KCS", List.of(aGroup("g-1"), aGroup("g-2")), survey, WorkedExample.AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "survey responses must be of the report's groups [g-1, g-2], was one of group g-9");
    assertThatThrownBy(
            () -> evaluator.report("KCS", List.of(aGroup("g-9")), survey, LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "survey responses must not be dated after asOf 2024-01-01, was one of 2024-03-04 in group g-9");
    assertThatThrownBy(
            () ->
                evaluator.report(
                    "KCS", List.of(aGroup("g-9"), aGroup("g-9")), survey, WorkedExample.AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups must have distinct ids, was g-9 twice");
  }

  @Test
  void should_reject_nulls() {
    new NullPointerTester()
        .setDefault(EvaluationSurvey.class, WorkedExample.survey())
        .setDefault(LocalDate.class, WorkedExample.AS_OF)
        .setDefault(
            KcsImplementation.class,
            KcsImplementation.builder()
                .host(HostInstitution.builder().name("Biblioteka").kind(HostKind.LIBRARY).build())
                .stage(Stage.OPERATION)
                .build())
        .testAllPublicInstanceMethods(evaluator);
    new NullPointerTester().testAllPublicInstanceMethods(report);
  }
}
