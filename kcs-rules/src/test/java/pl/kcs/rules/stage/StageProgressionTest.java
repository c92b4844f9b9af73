package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.MessageCatalog;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Rule;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

class StageProgressionTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private final StageProgression progression = StageProgression.withDefaultRules();

  @Test
  void should_let_a_complete_library_move_from_stage_one_to_stage_two() {
    StageReport report = progression.assess(LibraryFixture.complete(Stage.PREPARATION));

    assertThat(report.currentStage()).isEqualTo(Stage.PREPARATION);
    assertThat(report.nextStage()).contains(Stage.INAUGURATION);
    assertThat(report.mayAdvance()).isTrue();
    assertThat(report.blockers()).isEmpty();
    assertThat(report.doneCount(Stage.PREPARATION)).isEqualTo(7);
    assertThat(report.missingSteps()).isEmpty();
  }

  @Test
  void should_block_stage_two_when_no_animator_has_supervision_KCS_S1B_SUPERVISION() {
    StageReport report =
        progression.assess(
            LibraryFixture.lacking(Stage.PREPARATION, Gap.SECOND_ANIMATOR_UNSUPERVISED));

    assertThat(report.mayAdvance()).isFalse();
    assertThat(report.blockers())
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.s1b.supervision");
    assertThat(report.blockers().get(0).finding().subjects()).hasSize(1);
  }

  @Test
  void should_count_the_steps_of_stage_one_done_KCS_S1B_TEAM_KCS_S1A() {
    StageReport report =
        progression.assess(
            LibraryFixture.with(
                Stage.PREPARATION,
                EnumSet.of(Gap.NO_LEGAL_CONTEXT, Gap.SECOND_ANIMATOR_UNSUPERVISED)));

    assertThat(report.doneCount(Stage.PREPARATION)).isEqualTo(5);
    assertThat(report.checklist(Stage.PREPARATION))
        .filteredOn(step -> !step.isDone())
        .extracting(StepProgress::step)
        .containsExactly(Step.S1A_ROOTING, Step.S1B_SUPERVISION);
    assertThat(report.render(Locale.ENGLISH))
        .contains("Stage 1: preparing the institution: steps done: 5 of 7");
    assertThat(report.render(PL))
        .contains("Etap 1. Przygotowanie instytucji kultury: wykonane kroki: 5 z 7");
  }

  @Test
  void should_list_the_missing_steps_in_the_method_order_and_no_more_than_the_blockers_name() {
    StageReport report =
        progression.assess(
            LibraryFixture.with(
                Stage.PREPARATION,
                EnumSet.of(
                    Gap.SECOND_ANIMATOR_UNSUPERVISED,
                    Gap.NO_FLIPCHART,
                    Gap.NO_REFRESHMENTS,
                    Gap.NO_SCALE_DECISION)));

    // Refreshments are advice: their step is missing only because of the flipchart.
    assertThat(report.missingSteps())
        .extracting(StepProgress::step)
        .containsExactly(Step.S1B_RESOURCES_AND_SCALE, Step.S1B_EQUIPMENT, Step.S1B_SUPERVISION);
  }

  @Test
  void should_report_a_condition_lost_later_as_a_blocker_of_the_current_stage() {
    // In stage 2 the only appointed animator is gone: a stage-1 requirement, reported in stage 2.
    StageReport report =
        progression.assess(LibraryFixture.lacking(Stage.INAUGURATION, Gap.NO_APPOINTED_ANIMATOR));

    assertThat(report.currentStage()).isEqualTo(Stage.INAUGURATION);
    assertThat(report.mayAdvance()).isFalse();
    assertThat(report.blockers())
        .extracting(o -> o.ruleId().value())
        .contains("kcs.s1b.animator-appointed");
    assertThat(report.missingSteps())
        .extracting(StepProgress::step)
        .containsExactly(Step.S1B_ANIMATORS);
  }

  @Test
  void should_report_supervision_that_stops_in_stage_three_KCS_REM_SUPPORT() {
    KcsImplementation operating =
        LibraryFixture.lacking(Stage.OPERATION, Gap.SECOND_ANIMATOR_UNSUPERVISED);

    StageReport report = progression.assess(operating);

    assertThat(report.nextStage()).isEmpty();
    assertThat(report.mayAdvance()).isFalse();
    assertThat(report.hasNoBlockers()).isFalse();
    assertThat(report.render(Locale.ENGLISH))
        .contains("This is the last stage. Blockers to remove: 1.");
    assertThat(report.render(PL)).contains("To ostatni etap. Blokady do usunięcia: 1.");
  }

  @Test
  void should_call_a_complete_stage_three_healthy() {
    StageReport report = progression.assess(LibraryFixture.complete(Stage.OPERATION));

    assertThat(report.hasNoBlockers()).isTrue();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.advice()).isEmpty();
    assertThat(report.checklist()).hasSize(Step.values().length).allMatch(StepProgress::isDone);
    assertThat(report.render(Locale.ENGLISH)).contains("This is the last stage. No blockers.");
  }

  @Test
  void should_render_the_report_for_a_director_in_polish_and_english() {
    StageReport report =
        progression.assess(
            LibraryFixture.lacking(Stage.INAUGURATION, Gap.SECOND_ANIMATOR_UNTRAINED));

    assertThat(report.render(PL))
        .startsWith(
            "Biblioteka Publiczna w Lipowie — Etap 2. Inauguracja kulturalnego centrum samopomocy\n")
        .contains(
            "Następny etap: Etap 3. Działanie kulturalnego centrum samopomocy. Instytucja może przejść do następnego etapu: nie (1 blokada).")
        .contains(
            "Blokady:\n  - Animatorzy bez żadnego przygotowania (szkolenia): anim-b. (kcs.s2b.prepared, KCS-S2B)")
        .contains(
            "Brakujące kroki do etapu „Etap 3. Działanie kulturalnego centrum samopomocy”, w kolejności\n  1. 2b szkolenie animatorów i animatorek");
    assertThat(report.render(Locale.ENGLISH))
        .contains(
            "Next stage: Stage 3: operation. The institution may move on to the next stage: no (1 blocker).")
        .contains(
            "Blockers:\n  - Animators with no preparation (training) at all: anim-b. (kcs.s2b.prepared, KCS-S2B)")
        .contains("Missing steps to reach Stage 3: operation, in order\n  1. 2b animators trained");
  }

  @Test
  void should_show_a_custom_rule_and_a_disabled_built_in_rule_in_the_report() {
    // A municipality asks for an accessible room and does not care about refreshments.
    Rule<StageFacts> accessibleRoom =
        Rule.<StageFacts>builder("city.accessible-room")
            .source("KS-ROOM")
            .severity(Severity.WARNING)
            .condition(
                Condition.holds(
                    f ->
                        f.implementation().host().rooms().stream()
                            .anyMatch(r -> r.has(RoomFeature.ACCESSIBLE))))
            .messages(
                MessageCatalog.builder()
                    .add(
                        "rule.city.accessible-room.passed",
                        "Jest sala dostępna.",
                        "There is an accessible room.")
                    .add(
                        "rule.city.accessible-room.failed",
                        "Brak sali dostępnej dla osób z niepełnosprawnościami.",
                        "No room is accessible for people with disabilities.")
                    .add("rule.city.accessible-room.action", "Dostosujcie salę.", "Adapt a room.")
                    .build())
            .build();
    RuleSet<StageFacts> cityRules =
        StageProgression.defaultRules().with(accessibleRoom).disabling("kcs.s1b.refreshments");

    StageReport report =
        StageProgression.withRules(cityRules)
            .assess(LibraryFixture.lacking(Stage.PREPARATION, Gap.NO_REFRESHMENTS));

    Outcome custom = report.evaluation().outcome("city.accessible-room").orElseThrow();
    assertThat(custom.status()).isEqualTo(Status.FAILED);
    assertThat(custom.message(PL))
        .isEqualTo("Brak sali dostępnej dla osób z niepełnosprawnościami.");
    assertThat(report.warnings()).contains(custom);
    Outcome disabled = report.evaluation().outcome("kcs.s1b.refreshments").orElseThrow();
    assertThat(disabled.status()).isEqualTo(Status.DISABLED);
    assertThat(disabled.message(Locale.ENGLISH))
        .isEqualTo("Switched off by the system that uses the library.");
    assertThat(disabled.finding()).isEqualTo(Finding.none());
    assertThat(report.advice()).noneMatch(o -> o.ruleId().value().equals("kcs.s1b.refreshments"));
    assertThat(report.evaluation().outcomes())
        .hasSize(StageProgression.defaultRules().rules().size() + 1);
    // The default set is untouched.
    assertThat(StageProgression.defaultRules().disabled()).isEmpty();
  }

  @Test
  void
      should_let_a_municipality_replace_the_supervision_rule_with_a_stricter_one_KCS_S1B_SUPERVISION() {
    Rule<StageFacts> monthly =
        Rule.<StageFacts>builder("kcs.s1b.supervision")
            .source("KCS-S1B-SUPERVISION")
            .severity(Severity.BLOCKER)
            .appliesTo(Step.S1B_SUPERVISION)
            .condition(
                Condition.holds(
                    f ->
                        f.implementation().animators().stream()
                            .allMatch(
                                a -> a.supervision().frequency().scheduledSessionsPerYear() >= 12)))
            .messages(
                MessageCatalog.builder()
                    .add(
                        "rule.kcs.s1b.supervision.passed",
                        "Superwizja co miesiąc.",
                        "Monthly supervision.")
                    .add(
                        "rule.kcs.s1b.supervision.failed",
                        "Superwizja rzadziej niż co miesiąc.",
                        "Supervision less often than monthly.")
                    .add("rule.kcs.s1b.supervision.action", "Co miesiąc.", "Monthly.")
                    .build())
            .build();
    KcsImplementation quarterly =
        LibraryFixture.complete(Stage.PREPARATION)
            .withAnimators(
                LibraryFixture.complete(Stage.PREPARATION).animators().stream()
                    .map(
                        a ->
                            a.withSupervision(
                                pl.kcs.core.people.SupervisionArrangement.of(
                                    SupervisionFrequency.QUARTERLY)))
                    .collect(com.google.common.collect.ImmutableList.toImmutableList()));

    assertThat(progression.assess(quarterly).mayAdvance()).isTrue();
    StageReport strict =
        StageProgression.withRules(StageProgression.defaultRules().replacing(monthly))
            .assess(quarterly);
    assertThat(strict.mayAdvance()).isFalse();
    assertThat(strict.blockers())
        .extracting(o -> o.message(Locale.ENGLISH))
        .containsExactly("Supervision less often than monthly.");
  }
}
