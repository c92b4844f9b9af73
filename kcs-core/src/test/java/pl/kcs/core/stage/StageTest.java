package pl.kcs.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.fixtures.Fixtures;

class StageTest {

  @Test
  @DisplayName("KCS-S1A, KCS-S2A, KCS-S3: three stages in order, none skipped")
  void stages_in_order() {
    assertThat(Stage.PREPARATION.next()).contains(Stage.INAUGURATION);
    assertThat(Stage.INAUGURATION.next()).contains(Stage.OPERATION);
    assertThat(Stage.OPERATION.next()).isEmpty();
    assertThat(Stage.values()).filteredOn(Stage::isLast).containsExactly(Stage.OPERATION);
    assertThat(Stage.values()).extracting(Stage::number).containsExactly(1, 2, 3);
    assertThat(Stage.PREPARATION.source()).isEqualTo(FactId.of("KCS-S1A"));
    assertThat(Stage.INAUGURATION.source()).isEqualTo(FactId.of("KCS-S2A"));
    assertThat(Stage.OPERATION.source()).isEqualTo(FactId.of("KCS-S3"));
  }

  @Test
  @DisplayName("KCS-S1A … KCS-S1B-SUPERVISION: stage 1 has seven steps in the source's order")
  void stage_one_steps() {
    assertThat(Stage.PREPARATION.steps())
        .containsExactly(
            Step.S1A_ROOTING,
            Step.S1B_TEAM_CONVERSATION,
            Step.S1B_RESOURCES_AND_SCALE,
            Step.S1B_PREMISES,
            Step.S1B_EQUIPMENT,
            Step.S1B_ANIMATORS,
            Step.S1B_SUPERVISION)
        .extracting(step -> step.source().id())
        .containsExactly(
            "KCS-S1A",
            "KCS-S1B-TEAM",
            "KCS-S1B-SCALE",
            "KCS-S1B-PREMISES",
            "KCS-S1B-EQUIPMENT",
            "KCS-S1B-ANIMATORS",
            "KCS-S1B-SUPERVISION");
    assertThat(Stage.PREPARATION.steps())
        .extracting(Step::part)
        .containsExactly("1a", "1b", "1b", "1b", "1b", "1b", "1b");
  }

  @Test
  @DisplayName("KCS-S2A, KCS-S2B, KCS-S2C: stage 2 has three steps; KCS-S3: stage 3 one")
  void later_steps() {
    assertThat(Stage.INAUGURATION.steps())
        .containsExactly(Step.S2A_PARTNERS, Step.S2B_TRAINING, Step.S2C_RECRUITMENT)
        .extracting(Step::part)
        .containsExactly("2a", "2b", "2c");
    assertThat(Step.S2B_TRAINING.source()).isEqualTo(FactId.of("KCS-S2B"));
    assertThat(Step.S2C_RECRUITMENT.source()).isEqualTo(FactId.of("KCS-S2C"));
    assertThat(Stage.OPERATION.steps()).containsExactly(Step.S3_OPERATION);
    for (Stage stage : Stage.values()) {
      assertThat(stage.steps()).allMatch(step -> step.stage() == stage);
    }
  }

  @Test
  @DisplayName(
      "KCS-S3, KCS-M1 … KCS-M4: the four models and the forms of support of each, from the source's sub-lists")
  void operating_models() {
    assertThat(OperatingModel.M1_OPEN_DOORS.formsOfSupport())
        .containsExactly(SupportForm.SPACE_WITH_NIGHT_WATCHMAN);
    assertThat(OperatingModel.M2_CULTURE_OF_SUPPORT.formsOfSupport())
        .containsExactly(
            SupportForm.PROMOTION_AND_RECRUITMENT,
            SupportForm.KNOWLEDGE_AND_AGENCY,
            SupportForm.FIRST_MEETING,
            SupportForm.GOALS_RULES_CONTRACT);
    assertThat(OperatingModel.M3_SUPPORT_OF_CULTURE.formsOfSupport())
        .containsExactly(
            SupportForm.PROGRAMME_PARTICIPATION,
            SupportForm.ART_THERAPY,
            SupportForm.OUTINGS,
            SupportForm.GROUP_STATED_NEEDS);
    assertThat(OperatingModel.M4_CO_CREATING_PROGRAMME.formsOfSupport())
        .containsExactly(
            SupportForm.CO_CREATED_EVENTS, SupportForm.ART_MAKING, SupportForm.PUBLIC_WORKSHOPS);
    assertThat(OperatingModel.values())
        .extracting(model -> model.source().id())
        .containsExactly("KCS-M1", "KCS-M2", "KCS-M3", "KCS-M4");
    for (SupportForm form : SupportForm.values()) {
      assertThat(form.source()).as(form.name()).isEqualTo(form.model().source());
      assertThat(form.model().formsOfSupport()).contains(form);
    }
    assertThat(EnumSet.allOf(SupportForm.class)).hasSize(12);
  }

  @Test
  @DisplayName(
      "KCS-S1B-SCALE: a decision on how many groups and which forms of support, for at least one group")
  void scale_decision() {
    ScaleDecision decision = Fixtures.aScaleDecision();

    assertThat(decision.maxGroups()).isEqualTo(3);
    // KCS-S3: the models overlap, so a decision may prefer several.
    assertThat(decision.preferredModels()).hasSize(2);
    assertThatThrownBy(() -> decision.withMaxGroups(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxGroups must be positive, was 0");
    assertThatThrownBy(() -> ScaleDecision.builder().maxGroups(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build ScaleDecision, some of required attributes are not set [decidedOn]");
    assertThatThrownBy(() -> ScaleDecision.builder().maxGroups(1).maxGroups(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of ScaleDecision is strict, attribute is already set: maxGroups");
  }

  @Test
  void step_records() {
    LocalDate day = LocalDate.of(2024, 1, 8);

    assertThat(StepRecord.done(Step.S1A_ROOTING, day).done()).isTrue();
    assertThat(StepRecord.done(Step.S1A_ROOTING, day).doneOn()).contains(day);
    assertThat(StepRecord.notDone(Step.S1A_ROOTING).done()).isFalse();
    assertThat(StepRecord.notDone(Step.S1A_ROOTING).doneOn()).isEmpty();
    assertThatThrownBy(() -> StepRecord.notDone(Step.S1B_TEAM_CONVERSATION).withDoneOn(day))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "doneOn must be empty for step S1B_TEAM_CONVERSATION that is not done, was 2024-01-08");
    assertThatThrownBy(() -> StepRecord.done(Step.S1A_ROOTING, day).withEvidence(" \n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("evidence must not be blank when present");
    assertThatThrownBy(() -> StepRecord.builder().step(Step.S1A_ROOTING).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build StepRecord, some of required attributes are not set [done]");
    assertThatThrownBy(() -> StepRecord.done(Step.S1A_ROOTING, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("doneOn");
    assertThatThrownBy(() -> StepRecord.builder().done(true).done(false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of StepRecord is strict, attribute is already set: done");
  }

  @Test
  void step_record_never_prints_its_evidence_note() {
    StepRecord record =
        StepRecord.done(Step.S1B_TEAM_CONVERSATION, LocalDate.of(2023, 9, 25))
            .withEvidence("Pani Maria z czytelni opowiadała o swojej depresji.");

    assertThat(record.evidence()).contains("Pani Maria z czytelni opowiadała o swojej depresji.");
    assertThat(record.toString())
        .isEqualTo(
            "StepRecord{step=S1B_TEAM_CONVERSATION, done=true, doneOn=2023-09-25, evidence=[redacted]}")
        .doesNotContain("Maria", "depresji");
  }
}
