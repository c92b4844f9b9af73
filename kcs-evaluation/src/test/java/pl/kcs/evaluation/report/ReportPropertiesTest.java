package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.group.GroupId;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.LessLonelyAnswer;
import pl.kcs.evaluation.OrganiserConfidence;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.TiesOutsideGroup;
import pl.kcs.evaluation.Wave;
import pl.kcs.evaluation.instrument.DjgAnswer;
import pl.kcs.evaluation.instrument.DjgForm;
import pl.kcs.evaluation.instrument.DjgItem;
import pl.kcs.evaluation.instrument.DjgResponse;
import pl.kcs.evaluation.instrument.UclaAnswer;
import pl.kcs.evaluation.instrument.UclaItem;
import pl.kcs.evaluation.instrument.UclaResponse;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/**
 * Properties of reports over generated evaluations (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE,
 * KCS-EFF-TIES): a report never shows a count below the threshold — neither in a cell, nor as a
 * complement, nor as the total minus the shown groups — and never names a respondent.
 */
class ReportPropertiesTest {

  private static final LocalDate START = LocalDate.of(2024, 3, 1);
  private static final LocalDate AFTER = LocalDate.of(2024, 9, 1);

  /** A generated evaluation: its groups, its survey and the policy to report it with. */
  record Case(List<GroupOutcome> groups, EvaluationSurvey survey, SuppressionPolicy policy) {
    EvaluationReport report() {
      return Evaluator.builder().suppression(policy).build().report("KCS", groups, survey, AFTER);
    }

    @Override
    public String toString() {
      return groups.size() + " groups, " + survey.responses().size() + " responses, " + policy;
    }
  }

  private static final Gen<Case> CASES =
      random -> {
        int groupCount = 1 + random.nextInt(4);
        List<GroupOutcome> groups = new ArrayList<>();
        List<SurveyResponse> responses = new ArrayList<>();
        // Skews each group so that shares near 0 and 1 are common.
        for (int g = 0; g < groupCount; g++) {
          String group = "g-" + g;
          groups.add(GroupOutcome.builder().group(GroupId.of(group)).name("Group " + g).build());
          int size = random.nextInt(16);
          double lean = random.nextDouble();
          for (int r = 0; r < size; r++) {
            String id = "resp-" + g + "-" + r + "-x" + random.nextInt(1000);
            boolean baseline = random.nextInt(10) > 0;
            if (baseline) {
              responses.add(response(id, group, Wave.BASELINE, random, lean));
            }
            if (!baseline || random.nextInt(5) > 0) {
              responses.add(response(id, group, Wave.FOLLOW_UP, random, lean));
            }
          }
        }
        SuppressionPolicy policy =
            SuppressionPolicy.builder()
                .minimumCellSize(1 + random.nextInt(8))
                .protectComplement(random.nextInt(4) > 0)
                .build();
        return new Case(groups, EvaluationSurvey.of(responses), policy);
      };

  private static SurveyResponse response(
      String id, String group, Wave wave, SplittableRandom random, double lean) {
    SurveyResponse.Builder response =
        SurveyResponse.builder()
            .respondent(RespondentId.of(id))
            .group(GroupId.of(group))
            .wave(wave)
            .answeredOn(wave == Wave.BASELINE ? START : AFTER);
    UclaResponse.Builder ucla = UclaResponse.builder();
    for (UclaItem item : UclaItem.values()) {
      ucla.putAnswers(item, UclaAnswer.values()[random.nextDouble() < lean ? 2 : random.nextInt(2)]);
    }
    response.ucla(ucla.build());
    if (random.nextBoolean()) {
      DjgResponse.Builder djg = DjgResponse.builder().form(DjgForm.SIX_ITEM);
      for (DjgItem item : DjgForm.SIX_ITEM.items()) {
        if (item != DjgItem.SENSE_OF_EMPTINESS && random.nextInt(8) > 0) {
          djg.putAnswers(item, random.nextDouble() < lean ? DjgAnswer.MORE_OR_LESS : DjgAnswer.YES);
        }
      }
      // Always one answer, so the response is valid; its other answers may be missing.
      djg.putAnswers(DjgItem.SENSE_OF_EMPTINESS, DjgAnswer.NO);
      response.djg(djg.build());
    }
    if (wave == Wave.FOLLOW_UP) {
      if (random.nextInt(5) > 0) {
        response.lessLonely(random.nextDouble() < lean ? LessLonelyAnswer.LESS_LONELY : Gens.enumValues(LessLonelyAnswer.class).next(random));
      }
      if (random.nextInt(5) > 0) {
        response.confidence(random.nextDouble() < lean ? OrganiserConfidence.RATHER_YES : OrganiserConfidence.HARD_TO_SAY);
      }
      if (random.nextInt(5) > 0) {
        response.ties(random.nextDouble() < lean ? TiesOutsideGroup.NONE : TiesOutsideGroup.ONE_OR_TWO);
      }
    }
    return response.build();
  }

  @Test
  void a_report_never_shows_a_count_below_the_threshold() {
    Property.check()
        .forAll(
            CASES,
            input -> {
              EvaluationReport report = input.report();
              SuppressionPolicy policy = input.policy();
              checkShares(report.lessLonely(), policy);
              checkShares(report.confident(), policy);
              checkShares(report.ties(), policy);
              for (ScaleSection scale : report.scales()) {
                checkShares(scale.improved(), policy);
                checkShares(scale.lonelyBefore(), policy);
                checkShares(scale.lonelyAfter(), policy);
                checkMeans(scale.scores(), policy);
              }
            });
  }

  @Test
  void a_report_never_names_a_respondent() {
    Property.check()
        .trials(100)
        .forAll(
            CASES,
            input -> {
              EvaluationReport report = input.report();
              String everything =
                  report.render(Language.POLISH) + report.render(Language.ENGLISH) + report;
              assertThat(everything).doesNotContain("resp-");
            });
  }

  private static void checkShares(MeasureTable<ShareEstimate> table, SuppressionPolicy policy) {
    int shownSuccesses = 0;
    int shownRespondents = 0;
    for (GroupRow<ShareEstimate> row : table.groups()) {
      if (row.cell().isShown()) {
        ShareEstimate share = row.cell().value().get();
        assertShown(share.proportion().successes(), share.proportion().trials(), policy);
        shownSuccesses += share.proportion().successes();
        shownRespondents += share.proportion().trials();
      }
    }
    if (table.allGroups().isShown()) {
      ShareEstimate total = table.allGroups().value().get();
      assertShown(total.proportion().successes(), total.proportion().trials(), policy);
      int hiddenRespondents = total.proportion().trials() - shownRespondents;
      int hiddenSuccesses = total.proportion().successes() - shownSuccesses;
      if (hiddenRespondents > 0) {
        assertShown(hiddenSuccesses, hiddenRespondents, policy);
      } else {
        assertThat(hiddenRespondents).isZero();
      }
    }
  }

  private static void assertShown(int successes, int respondents, SuppressionPolicy policy) {
    int threshold = policy.minimumCellSize();
    assertThat(respondents).isGreaterThanOrEqualTo(threshold);
    assertThat(successes).isGreaterThanOrEqualTo(threshold);
    if (policy.protectComplement()) {
      assertThat(respondents - successes).isGreaterThanOrEqualTo(threshold);
    }
  }

  private static void checkMeans(MeasureTable<MeanScores> table, SuppressionPolicy policy) {
    int shown = 0;
    for (GroupRow<MeanScores> row : table.groups()) {
      if (row.cell().isShown()) {
        assertThat(row.cell().value().get().respondents()).isGreaterThanOrEqualTo(policy.minimumCellSize());
        shown += row.cell().value().get().respondents();
      }
    }
    if (table.allGroups().isShown()) {
      int total = table.allGroups().value().get().respondents();
      assertThat(total).isGreaterThanOrEqualTo(policy.minimumCellSize());
      assertThat(total - shown).satisfiesAnyOf(
          hidden -> assertThat(hidden).isZero(),
          hidden -> assertThat(hidden).isGreaterThanOrEqualTo(policy.minimumCellSize()));
    }
  }
}
