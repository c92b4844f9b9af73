package pl.kcs.rules.opening;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.rules.PinnedText;

/** The rendered self-assessment reports (OPEN-*) of the fixtures, pinned byte for byte. */
class OpeningTextPinnedTest {

  @Test
  @DisplayName("OPEN-*: every self-assessment report of the fixtures stands as pinned")
  void the_opening_texts_stand_as_pinned() {
    PinnedText pins = new PinnedText();
    OpeningAssessment assessment = OpeningAssessment.withDefaultRules();
    SelfAssessment open = AssessmentFixture.fullyOpen();
    pins.add("fully open", assessment.assess(open)::render);
    for (HostKind kind : HostKind.values()) {
      pins.add("fully open, " + kind, assessment.assess(open, kind)::render);
    }
    SelfAssessment weaker = open;
    for (OpeningArea area : OpeningArea.values()) {
      for (PracticeLevel level : PracticeLevel.values()) {
        pins.add(
            area + " " + level,
            assessment.assess(AssessmentFixture.withArea(open, area, level))::render);
      }
      weaker = AssessmentFixture.withArea(weaker, area, PracticeLevel.values()[area.ordinal() % 2]);
      pins.add("weaker up to " + area, assessment.assess(weaker)::render);
    }
    for (OpeningPractice condition : OpeningPractice.startingConditions()) {
      pins.add(
          "no answer " + condition,
          assessment.assess(AssessmentFixture.withoutAnswer(open, condition))::render);
    }
    pins.assertSameAs("opening.txt");
  }
}
