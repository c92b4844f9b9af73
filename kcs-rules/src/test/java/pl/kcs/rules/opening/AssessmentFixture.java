package pl.kcs.rules.opening;

import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;

/** Self-assessments for the tests: a fully open institution, and ways to take something away. */
final class AssessmentFixture {

  private AssessmentFixture() {}

  /** Every item fully in place: a co-host. */
  static SelfAssessment fullyOpen() {
    return SelfAssessment.allAnswered(PracticeLevel.FULLY);
  }

  /** {@code assessment} with every item of {@code area} answered {@code level}. */
  static SelfAssessment withArea(SelfAssessment assessment, OpeningArea area, PracticeLevel level) {
    SelfAssessment changed = assessment;
    for (OpeningPractice practice : OpeningPractice.in(area)) {
      changed = changed.withAnswer(practice, level);
    }
    return changed;
  }

  /** {@code assessment} without an answer about {@code practice}. */
  static SelfAssessment withoutAnswer(SelfAssessment assessment, OpeningPractice practice) {
    SelfAssessment.Builder without = SelfAssessment.builder();
    assessment
        .answers()
        .forEach(
            (p, level) -> {
              if (p != practice) {
                without.putAnswers(p, level);
              }
            });
    assessment.assessedOn().ifPresent(without::assessedOn);
    return without.build();
  }
}
