package pl.kcs.rules.autonomy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.rules.PinnedText;

/** The rendered autonomy reports (MA-*) of the fixtures, pinned byte for byte. */
class AutonomyTextPinnedTest {

  @Test
  @DisplayName("MA-*: every autonomy report of the fixtures stands as pinned")
  void the_autonomy_texts_stand_as_pinned() {
    PinnedText pins = new PinnedText();
    AutonomyAssessment assessment = AutonomyAssessment.withDefaults();
    for (AutonomyReport report : assessment.assess(AutonomyFixture.threeGroups())) {
      pins.add("three groups " + report.group().id(), report::render);
    }
    pins.add("with family alone", assessment.assess(AutonomyFixture.withFamily())::render);
    pins.add(
        "mental health alone",
        assessment.assess(AutonomyFixture.mentalHealthGroup().build())::render);
    pins.assertSameAs("autonomy.txt");
  }
}
