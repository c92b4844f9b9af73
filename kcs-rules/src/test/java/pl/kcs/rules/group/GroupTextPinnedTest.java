package pl.kcs.rules.group;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.PinnedText;

/**
 * The rendered group-life reports (KCS-REM-RULES, KCS-DIF-*, KCS-EFF-*) and transition messages
 * of the fixtures, pinned byte for byte.
 */
class GroupTextPinnedTest {

  @Test
  @DisplayName("KCS-M2: every group-life report and transition message stands as pinned")
  void the_group_texts_stand_as_pinned() {
    PinnedText pins = new PinnedText();
    GroupLife life = GroupLife.withDefaults();
    LocalDate on = LifeFixture.INDEPENDENT.plusMonths(1);
    for (GroupMaturity maturity : GroupMaturity.values()) {
      SelfHelpGroup plain = LifeFixture.group(maturity).build();
      SelfHelpGroup withRules = LifeFixture.withRules(maturity);
      SelfHelpGroup mentalHealth = LifeFixture.mentalHealth(maturity).build();
      for (SelfHelpGroup group : new SelfHelpGroup[] {plain, withRules, mentalHealth}) {
        pins.add(maturity + " " + group.id(), life.assess(group, on)::render);
        for (GroupEvent event : GroupEvent.values()) {
          pins.add(
              maturity + " " + group.id() + " " + event, life.check(group, event, on)::message);
        }
      }
    }
    for (GroupLifeReport report : life.assess(Fixtures.aLibraryReadyForStageThree(), on)) {
      pins.add("implementation " + report.group().id(), report::render);
    }
    pins.assertSameAs("group.txt");
  }
}
