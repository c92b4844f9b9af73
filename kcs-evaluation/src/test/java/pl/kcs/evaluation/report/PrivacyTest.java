package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.evaluation.SurveyFixtures.aBaseline;
import static pl.kcs.evaluation.SurveyFixtures.aFollowUp;
import static pl.kcs.evaluation.SurveyFixtures.aGroup;
import static pl.kcs.evaluation.SurveyFixtures.uclaTotal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.LessLonelyAnswer;
import pl.kcs.evaluation.OrganiserConfidence;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.TiesOutsideGroup;
import pl.kcs.evaluation.instrument.Instrument;

/**
 * Planted values must not come out: a respondent id that looks like a name, and a small group of
 * two whose answers differ from everybody else's (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE,
 * KCS-EFF-TIES). Neither the report in either language, nor any {@code toString()}, nor the log
 * may show the id or the small group's numbers.
 */
class PrivacyTest {

  private static final String PLANTED_ID = "Anna.Kowalska.1970-03-08";
  private static final String SMALL_GROUP = "g-small";

  private static EvaluationSurvey plantedSurvey() {
    List<SurveyResponse> responses = new ArrayList<>();
    for (String group : List.of("g-big-1", "g-big-2")) {
      for (int i = 0; i < 12; i++) {
        String id = group + "-r" + i;
        responses.add(aBaseline(id, group).ucla(uclaTotal(6)).build());
        responses.add(
            aFollowUp(id, group)
                .ucla(uclaTotal(i < 6 ? 5 : 6))
                .lessLonely(i < 6 ? LessLonelyAnswer.LESS_LONELY : LessLonelyAnswer.NO_DIFFERENCE)
                .confidence(i < 6 ? OrganiserConfidence.RATHER_YES : OrganiserConfidence.RATHER_NOT)
                .ties(i < 6 ? TiesOutsideGroup.ONE_OR_TWO : TiesOutsideGroup.NONE)
                .build());
      }
    }
    // The planted pair: from the top of the scale to the bottom, a change no one else has.
    for (String id : List.of(PLANTED_ID, "Jan.Nowak.1955-11-30")) {
      responses.add(aBaseline(id, SMALL_GROUP).ucla(uclaTotal(9)).build());
      responses.add(
          aFollowUp(id, SMALL_GROUP)
              .ucla(uclaTotal(3))
              .lessLonely(LessLonelyAnswer.MORE_LONELY)
              .confidence(OrganiserConfidence.DEFINITELY_YES)
              .ties(TiesOutsideGroup.THREE_OR_MORE)
              .build());
    }
    return EvaluationSurvey.of(responses);
  }

  private static List<GroupOutcome> groups() {
    return List.of(aGroup("g-big-1"), aGroup("g-big-2"), aGroup(SMALL_GROUP));
  }

  @Test
  void should_not_name_a_respondent_in_any_report_string_or_log_line() {
    EvaluationSurvey survey = plantedSurvey();
    PrintStream originalErr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    EvaluationReport report;
    try {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      report = Evaluator.standard().report("KCS", groups(), survey, WorkedExample.AS_OF);
    } finally {
      System.setErr(originalErr);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    PrePostComparison comparison = Evaluator.standard().compare(survey, Instrument.UCLA_3);

    // The log line is there, so the check below reads real output.
    assertThat(logged).contains("Evaluation report for KCS as of 2024-09-30");
    for (String text :
        List.of(
            report.render(Language.POLISH),
            report.render(Language.ENGLISH),
            report.toString(),
            comparison.toString(),
            survey.toString(),
            logged)) {
      assertThat(text).doesNotContain(PLANTED_ID).doesNotContain("Anna").doesNotContain("Kowalska");
    }
    assertThat(comparison.changes()).hasSize(26);
  }

  @Test
  void should_show_no_number_of_the_planted_pair() {
    EvaluationReport report =
        Evaluator.standard().report("KCS", groups(), plantedSurvey(), WorkedExample.AS_OF);

    // Every cell of the small group is suppressed, in every table.
    List<MeasureTable<?>> tables =
        new ArrayList<>(List.of(report.lessLonely(), report.confident(), report.ties()));
    for (ScaleSection scale : report.scales()) {
      tables.addAll(
          List.of(scale.scores(), scale.improved(), scale.lonelyBefore(), scale.lonelyAfter()));
    }
    for (MeasureTable<?> table : tables) {
      assertThat(table.groups().get(2).group().value()).isEqualTo(SMALL_GROUP);
      assertThat(table.groups().get(2).cell()).isInstanceOf(Cell.Suppressed.class);
      // And the total cannot give it away: it is suppressed too, or so is another group.
      if (table.allGroups().isShown()) {
        assertThat(table.groups().stream().filter(row -> !row.cell().isShown()))
            .hasSizeGreaterThan(1);
      }
    }
    // The pair's mean change (−6.0) appears nowhere; the text says what was suppressed.
    for (Language language : Language.values()) {
      String text = report.render(language);
      assertThat(text).doesNotContain("−6.0").doesNotContain("−6,0").doesNotContain("9.0 → 3.0");
    }
    assertThat(report.render(Language.ENGLISH))
        .contains("Group g-small (g-small): suppressed to protect respondents");
    assertThat(report.render(Language.POLISH))
        .contains("Group g-small (g-small): ukryte, by chronić respondentów");
  }
}
