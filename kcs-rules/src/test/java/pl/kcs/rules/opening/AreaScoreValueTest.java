package pl.kcs.rules.opening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;

/**
 * An area's score (OPEN-PRACTICES, OPEN-COHOST) is a value: the same answers give equal scores,
 * and a score differs from another area's or from the same area answered otherwise.
 */
class AreaScoreValueTest {

  @Test
  void the_same_answers_give_equal_area_scores_and_any_difference_tells_them_apart() {
    SelfAssessment fully = SelfAssessment.allAnswered(PracticeLevel.FULLY);
    OpeningArea area = OpeningArea.values()[0];
    OpeningPractice first = OpeningPractice.in(area).get(0);

    AreaScore score = OpeningFacts.of(fully).score(area);
    AreaScore same = OpeningFacts.of(SelfAssessment.allAnswered(PracticeLevel.FULLY)).score(area);
    AreaScore lower = OpeningFacts.of(fully.withAnswer(first, PracticeLevel.NOT_YET)).score(area);
    AreaScore unanswered = OpeningFacts.of(SelfAssessment.empty()).score(area);
    AreaScore other = OpeningFacts.of(fully).score(OpeningArea.values()[1]);

    assertThat(score).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(score)
        .isNotEqualTo(lower)
        .isNotEqualTo(other)
        .isNotEqualTo(unanswered)
        .isNotEqualTo("score");
    assertThat(lower.points()).isLessThan(score.points());
    assertThat(lower.answered()).isEqualTo(score.answered());
    assertThat(lower.toDevelop()).containsExactly(first);
    assertThat(unanswered.answered()).isZero();
    assertThat(unanswered.maxPoints()).isEqualTo(score.maxPoints());
    assertThat(score.toString()).contains(area.name());
  }
}
