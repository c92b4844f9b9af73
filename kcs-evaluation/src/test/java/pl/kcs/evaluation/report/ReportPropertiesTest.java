package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.evaluation.SurveyFixtures.uclaTotal;

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
import pl.kcs.evaluation.instrument.Instrument;
import pl.kcs.evaluation.instrument.UclaAnswer;
import pl.kcs.evaluation.instrument.UclaItem;
import pl.kcs.evaluation.instrument.UclaResponse;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/**
 * Properties of reports over generated evaluations (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE,
 * KCS-EFF-TIES): a report never shows a count below the threshold — neither in a cell, nor as a
 * complement, nor as the total minus the shown groups — and never names a respondent; and, the
 * other side, it does show groups whose answers are safe to show, and the all-groups figure of a
 * safe population.
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
      ucla.putAnswers(
          item, UclaAnswer.values()[random.nextDouble() < lean ? 2 : random.nextInt(2)]);
    }
    response.ucla(ucla.build());
    if (random.nextBoolean()) {
      DjgForm form = random.nextBoolean() ? DjgForm.SIX_ITEM : DjgForm.ELEVEN_ITEM;
      DjgResponse.Builder djg = DjgResponse.builder().form(form);
      for (DjgItem item : form.items()) {
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
        response.lessLonely(
            random.nextDouble() < lean
                ? LessLonelyAnswer.LESS_LONELY
                : Gens.enumValues(LessLonelyAnswer.class).next(random));
      }
      if (random.nextInt(5) > 0) {
        response.confidence(
            random.nextDouble() < lean
                ? OrganiserConfidence.RATHER_YES
                : OrganiserConfidence.HARD_TO_SAY);
      }
      if (random.nextInt(5) > 0) {
        response.ties(
            random.nextDouble() < lean ? TiesOutsideGroup.NONE : TiesOutsideGroup.ONE_OR_TWO);
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
  void no_shown_mean_nor_total_minus_shown_means_pins_answers_down() {
    Property.check()
        .forAll(
            CASES,
            input -> {
              EvaluationReport report = input.report();
              Evaluator evaluator = Evaluator.builder().suppression(input.policy()).build();
              for (ScaleSection scale : report.scales()) {
                PrePostComparison comparison =
                    evaluator.compare(input.survey(), scale.instrument());
                List<RespondentChange> remainder = new ArrayList<>(comparison.changes());
                for (GroupRow<MeanScores> row : scale.scores().groups()) {
                  if (row.cell().isShown()) {
                    List<RespondentChange> changes = comparison.changes(row.group());
                    assertSafeMeans(
                        changes, scale.instrument(), input.policy(), row.group().value());
                    remainder.removeAll(changes);
                  }
                }
                if (scale.scores().allGroups().isShown()) {
                  assertSafeMeans(
                      comparison.changes(), scale.instrument(), input.policy(), "all groups");
                  if (!remainder.isEmpty()) {
                    assertSafeMeans(
                        remainder, scale.instrument(), input.policy(), "total minus shown groups");
                  }
                }
              }
            });
  }

  /**
   * The extreme-value rule, from the respondents' own scores: at each wave at least the threshold
   * below the top and above the bottom of their band, and room in the sum for one respondent in
   * each band.
   */
  private static void assertSafeMeans(
      List<RespondentChange> changes,
      Instrument instrument,
      SuppressionPolicy policy,
      String where) {
    int threshold = policy.minimumCellSize();
    int lonelyFrom = instrument == Instrument.UCLA_3 ? 6 : instrument == Instrument.DJG_6 ? 2 : 3;
    int min = instrument.minScore();
    int max = instrument.maxScore();
    int n = changes.size();
    assertThat(n).as("%s: respondents", where).isGreaterThanOrEqualTo(threshold);
    for (boolean before : new boolean[] {true, false}) {
      int belowTop = 0;
      int aboveBottom = 0;
      long sum = 0;
      for (RespondentChange change : changes) {
        int points = (before ? change.before() : change.after()).points();
        boolean lonely = points >= lonelyFrom;
        belowTop += points < (lonely ? max : lonelyFrom - 1) ? 1 : 0;
        aboveBottom += points > (lonely ? lonelyFrom : min) ? 1 : 0;
        sum += points;
      }
      assertThat(belowTop)
          .as("%s: below the top of their band", where)
          .isGreaterThanOrEqualTo(threshold);
      assertThat(aboveBottom)
          .as("%s: above the bottom of their band", where)
          .isGreaterThanOrEqualTo(threshold);
      assertThat(sum)
          .as("%s: room for one lonely respondent", where)
          .isGreaterThanOrEqualTo(lonelyFrom + (long) (n - 1) * min);
      assertThat(sum)
          .as("%s: room for one who is not lonely", where)
          .isLessThanOrEqualTo((long) (n - 1) * max + lonelyFrom - 1);
    }
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
              // The other side: the report does name every group, the unit it reports on.
              for (GroupOutcome group : input.groups()) {
                assertThat(everything).contains("(" + group.group().value() + ")");
              }
            });
  }

  // The other side: a policy that suppressed everything would pass the properties above.

  /**
   * A group of {@code size} respondents whose answers sit away from every end: half of them
   * lonely in the middle of the band at the start and not lonely after, less lonely, with ties
   * and confident; the other half the reverse. Every count, complement and band edge reaches
   * {@code size / 2}.
   */
  private static void safeGroup(
      List<SurveyResponse> responses, String group, int size, SplittableRandom random) {
    for (int r = 0; r < size; r++) {
      boolean first = r < size / 2 + (size % 2 == 1 && random.nextBoolean() ? 1 : 0);
      String id = "resp-" + group + "-" + r;
      int lonely = 7 + random.nextInt(2); // 7 or 8: inside the lonely band 6–9
      int notLonely = 4; // inside the band 3–5
      responses.add(
          SurveyResponse.builder()
              .respondent(RespondentId.of(id))
              .group(GroupId.of(group))
              .wave(Wave.BASELINE)
              .answeredOn(START)
              .ucla(uclaTotal(first ? lonely : notLonely))
              .build());
      responses.add(
          SurveyResponse.builder()
              .respondent(RespondentId.of(id))
              .group(GroupId.of(group))
              .wave(Wave.FOLLOW_UP)
              .answeredOn(AFTER)
              .ucla(uclaTotal(first ? notLonely : lonely))
              .lessLonely(first ? LessLonelyAnswer.LESS_LONELY : LessLonelyAnswer.NO_DIFFERENCE)
              .confidence(first ? OrganiserConfidence.RATHER_YES : OrganiserConfidence.RATHER_NOT)
              .ties(first ? TiesOutsideGroup.ONE_OR_TWO : TiesOutsideGroup.NONE)
              .build());
    }
  }

  @Test
  void groups_whose_answers_are_away_from_every_end_are_all_shown() {
    Property.check()
        .trials(100)
        .forAllWithRandom(
            Gens.ints(1, 6),
            (threshold, random) -> {
              SuppressionPolicy policy = SuppressionPolicy.ofMinimumCellSize(threshold);
              List<GroupOutcome> groups = new ArrayList<>();
              List<SurveyResponse> responses = new ArrayList<>();
              int groupCount = 1 + random.nextInt(4);
              for (int g = 0; g < groupCount; g++) {
                groups.add(
                    GroupOutcome.builder().group(GroupId.of("g-" + g)).name("Group " + g).build());
                safeGroup(responses, "g-" + g, 2 * threshold + random.nextInt(6), random);
              }

              EvaluationReport report =
                  new Case(groups, EvaluationSurvey.of(responses), policy).report();

              assertThat(report.suppressedCells()).isZero();
              assertThat(report.lessLonely().groups())
                  .allSatisfy(row -> assertThat(row.cell().isShown()).isTrue());
              assertThat(report.scales().get(0).scores().groups())
                  .allSatisfy(row -> assertThat(row.cell().isShown()).isTrue());
            });
  }

  @Test
  void the_all_groups_figure_of_a_safe_population_is_shown_whatever_its_small_groups() {
    Property.check()
        .trials(100)
        .forAllWithRandom(
            Gens.ints(1, 6),
            (threshold, random) -> {
              SuppressionPolicy policy = SuppressionPolicy.ofMinimumCellSize(threshold);
              List<GroupOutcome> groups = new ArrayList<>();
              List<SurveyResponse> responses = new ArrayList<>();
              groups.add(
                  GroupOutcome.builder().group(GroupId.of("g-safe")).name("Safe group").build());
              safeGroup(responses, "g-safe", 2 * threshold + random.nextInt(6), random);
              // Small groups with any answers, at the ends of the scale or not.
              int small = random.nextInt(4);
              for (int g = 0; g < small; g++) {
                String group = "g-small-" + g;
                groups.add(
                    GroupOutcome.builder().group(GroupId.of(group)).name("Small " + g).build());
                double lean = random.nextDouble();
                int size = random.nextInt(threshold);
                for (int r = 0; r < size; r++) {
                  String id = "resp-" + group + "-" + r;
                  responses.add(response(id, group, Wave.BASELINE, random, lean));
                  responses.add(response(id, group, Wave.FOLLOW_UP, random, lean));
                }
              }

              EvaluationReport report =
                  new Case(groups, EvaluationSurvey.of(responses), policy).report();

              // Small groups only add to each count, so the total stays safe and is shown.
              assertThat(report.lessLonely().allGroups().isShown()).isTrue();
              assertThat(report.confident().allGroups().isShown()).isTrue();
              assertThat(report.ties().allGroups().isShown()).isTrue();
              ScaleSection ucla = report.scales().get(0);
              assertThat(ucla.scores().allGroups().isShown()).isTrue();
              assertThat(ucla.improved().allGroups().isShown()).isTrue();
              assertThat(ucla.lonelyBefore().allGroups().isShown()).isTrue();
              assertThat(ucla.lonelyAfter().allGroups().isShown()).isTrue();
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
    // 100 % is an answer about everyone, whatever the complement setting.
    assertThat(successes).isLessThan(respondents);
    if (policy.protectComplement()) {
      assertThat(respondents - successes).isGreaterThanOrEqualTo(threshold);
    }
  }

  private static void checkMeans(MeasureTable<MeanScores> table, SuppressionPolicy policy) {
    int shown = 0;
    for (GroupRow<MeanScores> row : table.groups()) {
      if (row.cell().isShown()) {
        assertThat(row.cell().value().get().respondents())
            .isGreaterThanOrEqualTo(policy.minimumCellSize());
        shown += row.cell().value().get().respondents();
      }
    }
    if (table.allGroups().isShown()) {
      int total = table.allGroups().value().get().respondents();
      assertThat(total).isGreaterThanOrEqualTo(policy.minimumCellSize());
      assertThat(total - shown)
          .satisfiesAnyOf(
              hidden -> assertThat(hidden).isZero(),
              hidden -> assertThat(hidden).isGreaterThanOrEqualTo(policy.minimumCellSize()));
    }
  }
}
