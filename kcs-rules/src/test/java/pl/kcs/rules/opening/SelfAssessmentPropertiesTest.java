package pl.kcs.rules.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import pl.kcs.core.opening.CohostPosition;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Status;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/** Properties of the self-assessment's scoring (OPEN-PRACTICES, OPEN-COHOST) over random answers. */
class SelfAssessmentPropertiesTest {

  private static final OpeningAssessment OPENING = OpeningAssessment.withDefaultRules();

  /** Each item unanswered with probability ⅕, else a random level. */
  private static final Gen<SelfAssessment> ASSESSMENTS =
      random -> {
        SelfAssessment.Builder assessment = SelfAssessment.builder();
        for (OpeningPractice practice : OpeningPractice.values()) {
          if (random.nextInt(5) > 0) {
            assessment.putAnswers(practice, Gens.enumValues(PracticeLevel.class).next(random));
          }
        }
        return assessment.build();
      };

  /** {@code assessment} with one item answered better than before (an unanswered one: any answer). */
  private static Optional<SelfAssessment> oneBetter(
      SelfAssessment assessment, SplittableRandom random) {
    OpeningPractice practice = Gens.enumValues(OpeningPractice.class).next(random);
    Optional<PracticeLevel> before = assessment.answer(practice);
    if (before.isPresent() && before.get() == PracticeLevel.FULLY) {
      return Optional.empty();
    }
    int from = before.map(l -> l.ordinal() + 1).orElse(0);
    PracticeLevel better =
        PracticeLevel.values()[from + random.nextInt(PracticeLevel.values().length - from)];
    return Optional.of(assessment.withAnswer(practice, better));
  }

  @Test
  void answering_one_practice_better_never_lowers_a_score_OPEN_PRACTICES_OPEN_COHOST() {
    Property.check()
        .forAllWithRandom(
            ASSESSMENTS,
            (assessment, random) -> {
              Optional<SelfAssessment> improved = oneBetter(assessment, random);
              if (improved.isEmpty()) {
                return;
              }
              OpeningFacts before = OpeningFacts.of(assessment);
              OpeningFacts after = OpeningFacts.of(improved.get());

              for (OpeningArea area : OpeningArea.values()) {
                assertThat(after.score(area).points())
                    .as(area.name())
                    .isGreaterThanOrEqualTo(before.score(area).points());
                assertThat(after.score(area).percent())
                    .as(area.name())
                    .isGreaterThanOrEqualTo(before.score(area).percent());
              }
              assertThat(after.percent()).isGreaterThanOrEqualTo(before.percent());
              assertThat(after.position()).isGreaterThanOrEqualTo(before.position());
            });
  }

  @Test
  void answering_one_practice_better_never_turns_a_passed_rule_into_a_problem_OPEN_START() {
    Property.check()
        .forAllWithRandom(
            ASSESSMENTS,
            (assessment, random) -> {
              Optional<SelfAssessment> improved = oneBetter(assessment, random);
              if (improved.isEmpty()) {
                return;
              }
              List<Outcome> before = OPENING.assess(assessment).evaluation().outcomes();
              List<Outcome> after = OPENING.assess(improved.get()).evaluation().outcomes();
              for (int i = 0; i < before.size(); i++) {
                if (before.get(i).status() == Status.PASSED) {
                  assertThat(after.get(i).status())
                      .as(before.get(i).ruleId().value())
                      .isEqualTo(Status.PASSED);
                }
              }
            });
  }

  /**
   * The other side of {@link #answering_one_practice_better_never_turns_a_passed_rule_into_a_problem_OPEN_START()},
   * which rules that always pass would satisfy: whatever the other answers, a starting condition
   * answered "partly" or "fully" passes its rule, and one answered "just starting" or "not yet"
   * fails it (OPEN-START).
   */
  @Test
  void
      a_starting_condition_passes_from_partly_on_and_fails_below_whatever_the_other_answers_OPEN_START() {
    List<OpeningPractice> conditions = List.copyOf(OpeningPractice.startingConditions());
    Property.check()
        .forAllWithRandom(
            ASSESSMENTS,
            (assessment, random) -> {
              OpeningPractice condition = conditions.get(random.nextInt(conditions.size()));
              PracticeLevel level =
                  PracticeLevel.values()[random.nextInt(PracticeLevel.values().length)];
              String rule =
                  "open.start."
                      + condition.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
              Status status =
                  OPENING
                      .assess(assessment.withAnswer(condition, level))
                      .evaluation()
                      .outcome(rule)
                      .orElseThrow()
                      .status();

              boolean inPlace = level == PracticeLevel.PARTLY || level == PracticeLevel.FULLY;
              assertThat(status)
                  .as("%s answered %s", condition, level)
                  .isEqualTo(inPlace ? Status.PASSED : Status.FAILED);
            });
  }

  @Test
  void the_scores_add_up_and_the_position_follows_the_overall_score_OPEN_COHOST() {
    Property.check()
        .forAll(
            ASSESSMENTS,
            assessment -> {
              OpeningFacts facts = OpeningFacts.of(assessment);
              int points = 0;
              int max = 0;
              for (AreaScore score : facts.scores()) {
                assertThat(score.percent()).isBetween(0, 100);
                assertThat(score.answered()).isBetween(0, score.items());
                assertThat(score.toDevelop())
                    .allMatch(
                        p ->
                            p.area() == score.area()
                                && assessment.levelOf(p) != PracticeLevel.FULLY);
                points += score.points();
                max += score.maxPoints();
              }
              assertThat(points).isEqualTo(facts.points());
              assertThat(max).isEqualTo(117);
              CohostPosition byScore = CohostPosition.forPercent(facts.percent());
              assertThat(facts.position())
                  .isEqualTo(
                      byScore == CohostPosition.CO_HOST
                              && facts.score(OpeningArea.COHOSTING_AND_INITIATIVE).percent() < 75
                          ? CohostPosition.PARTNER
                          : byScore);
            });
  }

  @Test
  void the_report_reads_the_same_whatever_the_order_the_answers_were_given_in() {
    Property.check()
        .forAllWithRandom(
            ASSESSMENTS,
            (assessment, random) -> {
              SelfAssessment.Builder reordered = SelfAssessment.builder();
              for (OpeningPractice practice :
                  Gens.shuffled(List.copyOf(assessment.answers().keySet()), random)) {
                reordered.putAnswers(practice, assessment.answers().get(practice));
              }
              SelfAssessment other = reordered.build();

              assertThat(other).isEqualTo(assessment);
              assertThat(OPENING.assess(other).render(java.util.Locale.ENGLISH))
                  .isEqualTo(OPENING.assess(assessment).render(java.util.Locale.ENGLISH));
            });
  }
}
