package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.evaluation.SurveyFixtures.aBaseline;
import static pl.kcs.evaluation.SurveyFixtures.aFollowUp;
import static pl.kcs.evaluation.SurveyFixtures.aGroup;
import static pl.kcs.evaluation.SurveyFixtures.uclaTotal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.SurveyFixtures;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.instrument.DjgAnswer;
import pl.kcs.evaluation.instrument.DjgForm;
import pl.kcs.evaluation.instrument.DjgItem;
import pl.kcs.evaluation.instrument.DjgResponse;
import pl.kcs.evaluation.instrument.Instrument;
import pl.kcs.evaluation.instrument.LonelinessBand;
import pl.kcs.evaluation.instrument.ScaleScore;

/**
 * The report's details (KCS-EFF-LONELINESS, KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT): the whole
 * worked report line by line, which scales it reports, how it orders respondents, how it writes
 * no change and a date still to come, and what its values accept.
 */
class ReportDetailsTest {

  private static String golden(String name) throws IOException {
    try (InputStream in = ReportDetailsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_worked_report_reads_line_for_line_as_reviewed_in_both_languages() throws IOException {
    EvaluationReport report =
        Evaluator.standard()
            .report(
                "Biblioteka", WorkedExample.groups(), WorkedExample.survey(), WorkedExample.AS_OF);

    if (Boolean.getBoolean("kcs.regenerate")) {
      // mvn -B -q verify -pl kcs-evaluation -am -Dtest=ReportDetailsTest
      //     -Dsurefire.failIfNoSpecifiedTests=false -Dkcs.regenerate=true
      Path dir = Path.of("src/test/resources/pl/kcs/evaluation/report");
      Files.writeString(
          dir.resolve("worked-report-en.txt"),
          report.render(Language.ENGLISH),
          StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("worked-report-pl.txt"),
          report.render(Language.POLISH),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(report.render(Language.ENGLISH)).isEqualTo(golden("worked-report-en.txt"));
    assertThat(report.render(Language.POLISH)).isEqualTo(golden("worked-report-pl.txt"));
  }

  @Test
  void should_write_no_change_without_a_sign_and_a_negative_change_with_a_true_minus() {
    // Ten respondents, half at 7 and half at 4, the same before and after: mean 5.5 → 5.5.
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int score = i < 5 ? 7 : 4;
      responses.add(aBaseline("r-" + i, "g-1").ucla(uclaTotal(score)).build());
      responses.add(aFollowUp("r-" + i, "g-1").ucla(uclaTotal(score)).build());
    }
    EvaluationReport report =
        Evaluator.standard()
            .report(
                "KCS", List.of(aGroup("g-1")), EvaluationSurvey.of(responses), WorkedExample.AS_OF);

    assertThat(report.render(Language.ENGLISH))
        .contains("All groups: 10 respondents: 5.5 → 5.5 (change 0.0)\n");
    assertThat(report.render(Language.POLISH))
        .contains("Wszystkie grupy: liczba osób: 10; 5,5 → 5,5 (zmiana 0,0)\n");
  }

  @Test
  void
      should_say_not_yet_for_a_group_that_runs_itself_only_after_the_report_date_KCS_EFF_SELFRUN() {
    EvaluationReport earlier =
        Evaluator.standard()
            .report(
                "KCS",
                WorkedExample.groups(),
                EvaluationSurvey.of(List.of()),
                LocalDate.of(2024, 5, 31));

    // g-a meets without the animator from 2024-05-06, g-b only from 2024-06-03.
    assertThat(earlier.render(Language.ENGLISH))
        .contains("    Parents (g-a): since 6 May 2024\n")
        .contains("    Refugee women (g-b): not yet\n")
        .doesNotContain("since 3 June 2024")
        .doesNotContain("since 1 August 2024");
  }

  @Test
  void should_order_changes_by_group_then_respondent_whatever_the_survey_order() {
    List<SurveyResponse> responses = new ArrayList<>();
    for (String group : List.of("g-b", "g-a")) {
      for (String respondent : List.of("r-2", "r-1")) {
        String id = group + "-" + respondent;
        responses.add(aBaseline(id, group).ucla(uclaTotal(7)).build());
        responses.add(aFollowUp(id, group).ucla(uclaTotal(5)).build());
      }
    }

    PrePostComparison comparison =
        Evaluator.standard().compare(EvaluationSurvey.of(responses), Instrument.UCLA_3);

    assertThat(comparison.changes())
        .extracting(change -> change.respondent().value())
        .containsExactly("g-a-r-1", "g-a-r-2", "g-b-r-1", "g-b-r-2");
  }

  private static DjgResponse djg(DjgForm form, DjgAnswer emotional, DjgAnswer social) {
    DjgResponse.Builder response = DjgResponse.builder().form(form);
    for (DjgItem item : form.items()) {
      response.putAnswers(
          item,
          item.subscale() == pl.kcs.evaluation.instrument.DjgSubscale.EMOTIONAL
              ? emotional
              : social);
    }
    return response.build();
  }

  @Test
  void should_report_a_section_per_de_jong_gierveld_form_used_and_compare_each_on_its_own_items() {
    // r-1 answers the 11 items twice, r-2 the 6 items twice: lonely at the start, not after.
    EvaluationSurvey survey =
        EvaluationSurvey.of(
            List.of(
                aBaseline("r-1", "g-1")
                    .djg(djg(DjgForm.ELEVEN_ITEM, DjgAnswer.YES, DjgAnswer.NO))
                    .build(),
                aFollowUp("r-1", "g-1")
                    .djg(djg(DjgForm.ELEVEN_ITEM, DjgAnswer.NO, DjgAnswer.YES))
                    .build(),
                aBaseline("r-2", "g-1")
                    .djg(djg(DjgForm.SIX_ITEM, DjgAnswer.YES, DjgAnswer.NO))
                    .build(),
                aFollowUp("r-2", "g-1")
                    .djg(djg(DjgForm.SIX_ITEM, DjgAnswer.NO, DjgAnswer.YES))
                    .build()));
    Evaluator evaluator = Evaluator.standard();

    EvaluationReport report =
        evaluator.report("KCS", List.of(aGroup("g-1")), survey, WorkedExample.AS_OF);

    assertThat(report.scales())
        .extracting(ScaleSection::instrument)
        .containsExactly(Instrument.DJG_6, Instrument.DJG_11);
    // The 11 items count only on the 11-item scale; both respondents on the 6 items.
    assertThat(evaluator.compare(survey, Instrument.DJG_11).changes())
        .singleElement()
        .satisfies(change -> assertThat(change.change()).isEqualTo(-11));
    assertThat(evaluator.compare(survey, Instrument.DJG_6).changes())
        .extracting(RespondentChange::change)
        .containsExactly(-6, -6);
    assertThat(evaluator.compare(survey, Instrument.UCLA_3).changes()).isEmpty();
  }

  @Test
  void should_report_an_implementation_under_its_host_name_with_its_groups() {
    KcsImplementation implementation =
        KcsImplementation.builder()
            .host(
                HostInstitution.builder().name("Dom Kultury").kind(HostKind.CULTURE_HOUSE).build())
            .stage(Stage.OPERATION)
            .addGroups(
                SelfHelpGroup.builder()
                    .id(GroupId.of("g-1"))
                    .name("Seniorzy")
                    .addTargetGroups(TargetGroup.SOCIAL_PROBLEMS)
                    .participantCount(8)
                    .maturity(GroupMaturity.DEVELOPING)
                    .build())
            .build();

    EvaluationReport report =
        Evaluator.standard()
            .report(
                implementation, EvaluationSurvey.of(List.of()), SurveyFixtures.SIX_MONTHS_LATER);

    assertThat(report.title()).isEqualTo("Dom Kultury");
    assertThat(report.groups()).extracting(g -> g.group().value()).containsExactly("g-1");
    assertThat(report.lessLonely().allGroups()).isInstanceOf(Cell.NoAnswers.class);
  }

  @Test
  void should_keep_mean_sums_within_the_scale_and_take_the_change_from_the_rounded_means() {
    MeanScores means = MeanScores.of(Instrument.UCLA_3, 3, 20, 14);

    // 6.67 → 6.7 and 4.67 → 4.7: the change shown is −2.0, the difference of the figures shown.
    assertThat(means.meanBefore()).isEqualTo(new BigDecimal("6.7"));
    assertThat(means.meanAfter()).isEqualTo(new BigDecimal("4.7"));
    assertThat(means.meanChange()).isEqualTo(new BigDecimal("-2.0"));
    // Sums at either end of the scale are valid values (whether to show them is the policy's call).
    assertThat(MeanScores.of(Instrument.UCLA_3, 2, 6, 18).meanChange())
        .isEqualTo(new BigDecimal("6.0"));
    assertThat(MeanScores.of(Instrument.UCLA_3, 2, 18, 6).meanChange())
        .isEqualTo(new BigDecimal("-6.0"));
    assertThat(MeanScores.of(Instrument.UCLA_3, 1, 9, 3).meanBefore())
        .isEqualTo(new BigDecimal("9.0"));
    assertThatThrownBy(() -> MeanScores.of(Instrument.UCLA_3, 2, 5, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sums must lie within [6, 18] for 2 respondents on UCLA_3, was 5 and 10");
    assertThatThrownBy(() -> MeanScores.of(Instrument.UCLA_3, 2, 10, 19))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sums must lie within [6, 18] for 2 respondents on UCLA_3, was 10 and 19");
    assertThatThrownBy(() -> MeanScores.of(Instrument.UCLA_3, 0, 0, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("respondents must be positive, was 0");
  }

  @Test
  void a_respondent_whose_score_did_not_move_is_neither_improved_nor_worse() {
    RespondentChange same =
        RespondentChange.builder()
            .respondent(RespondentId.of("r-1"))
            .group(GroupId.of("g-1"))
            .instrument(Instrument.UCLA_3)
            .before(ScaleScore.of(6, 3, 9, LonelinessBand.LONELY))
            .after(ScaleScore.of(6, 3, 9, LonelinessBand.LONELY))
            .build();

    assertThat(same.change()).isZero();
    assertThat(same.isImproved()).isFalse();
    assertThat(same.isWorse()).isFalse();
    assertThat(change(6, ScaleScore.of(7, 3, 9, LonelinessBand.LONELY)).isWorse()).isTrue();
    assertThatThrownBy(() -> change(6, ScaleScore.of(3, 0, 6, LonelinessBand.MODERATELY_LONELY)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("scores must range over [3, 9] on UCLA_3, was [0, 6]");
    assertThatThrownBy(
            () ->
                RespondentChange.builder()
                    .respondent(RespondentId.of("r-1"))
                    .group(GroupId.of("g-1"))
                    .instrument(Instrument.UCLA_3)
                    .before(ScaleScore.of(3, 0, 6, LonelinessBand.MODERATELY_LONELY))
                    .after(ScaleScore.of(6, 3, 9, LonelinessBand.LONELY))
                    .build())
        .isInstanceOf(IllegalStateException.class);
  }

  private static RespondentChange change(int before, ScaleScore after) {
    return RespondentChange.builder()
        .respondent(RespondentId.of("r-1"))
        .group(GroupId.of("g-1"))
        .instrument(Instrument.UCLA_3)
        .before(
            ScaleScore.of(
                before, 3, 9, before >= 6 ? LonelinessBand.LONELY : LonelinessBand.NOT_LONELY))
        .after(after)
        .build();
  }
}
