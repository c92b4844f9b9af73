package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.group.GroupLife;
import pl.kcs.rules.opening.OpeningFacts;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.rules.stage.StageReport;

/**
 * The readings of the source corrected by issue 12, each named after the source's words, in both
 * directions: what now passes, and what still fails. The per-rule tables (StageRulesTest,
 * ClubRulesTest, ModelRulesTest, GroupLifeRulesTest, AutonomyRulesTest) pin every rule's messages;
 * this class pins the verdicts a municipal system acts on.
 */
class SourceReadingsTest {

  private static final StageProgression STAGES = StageProgression.withDefaultRules();

  private static KcsImplementation readyForStageTwo() {
    return Fixtures.aLibraryReadyForStageTwo();
  }

  @Test
  @DisplayName(
      "KCS-REM-FTE \"łącznie wystarczy ½ etatu\": ¼ of a post in total is no warning, ½ is not a minimum")
  void a_quarter_post_in_total_is_enough_to_advance_KCS_REM_FTE() {
    KcsImplementation quarter =
        readyForStageTwo()
            .withAnimators(
                readyForStageTwo().animators().get(0).withPostFraction(PostFraction.QUARTER));

    StageReport report = STAGES.assess(quarter);

    assertThat(report.blockers()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.evaluation().outcome("kcs.rem.post-total")).isEmpty();
  }

  @Test
  @DisplayName(
      "KCS-S1B-TEAM \"warto przeprowadzić\": an unrecorded conversation advises, never blocks")
  void the_team_conversation_is_advice_KCS_S1B_TEAM() {
    KcsImplementation noRecord = readyForStageTwo().withStepRecords();

    StageReport report = STAGES.assess(noRecord);

    Outcome conversation = report.evaluation().outcome("kcs.s1b.team-conversation").orElseThrow();
    assertThat(conversation.status()).isEqualTo(Status.UNKNOWN);
    assertThat(conversation.severity()).isEqualTo(Severity.ADVICE);
    assertThat(report.blockers()).doesNotContain(conversation);
  }

  @Test
  @DisplayName(
      "KCS-S1B-ANIMATORS \"nie może się odbywać »przy okazji«\": any animator counted for the KCS by the way blocks")
  void an_animator_by_the_way_blocks_even_beside_a_dedicated_one_KCS_S1B_ANIMATORS() {
    KcsImplementation base = readyForStageTwo();
    KcsImplementation withHelper =
        base.withAnimators(
            com.google.common.collect.ImmutableList.<pl.kcs.core.people.Animator>builder()
                .addAll(base.animators())
                .add(
                    Fixtures.anAnimatorDoingItByTheWay(
                        pl.kcs.core.people.AnimatorId.of("anim-pomoc")))
                .build());

    StageReport report = STAGES.assess(withHelper);

    assertThat(report.mayAdvance()).isFalse();
    assertThat(report.blockers())
        .extracting(o -> o.ruleId().value())
        .contains("kcs.s1b.animators-dedicated");
    assertThat(STAGES.assess(base).blockers()).isEmpty();
  }

  @Test
  @DisplayName(
      "KCS-S1B-SUPERVISION \"Konieczne … regularnych superwizji\": still a blocker, and the quarterly minimum is named as kcs's")
  void supervision_still_blocks_and_its_quarterly_minimum_is_kcs_s_default_KCS_S1B_SUPERVISION() {
    KcsImplementation occasional =
        readyForStageTwo()
            .withAnimators(
                readyForStageTwo()
                    .animators()
                    .get(0)
                    .withSupervision(
                        pl.kcs.core.people.SupervisionArrangement.of(
                            SupervisionFrequency.OCCASIONAL)));

    Outcome supervision =
        STAGES.assess(occasional).evaluation().outcome("kcs.s1b.supervision").orElseThrow();

    assertThat(supervision.status()).isEqualTo(Status.FAILED);
    assertThat(supervision.severity()).isEqualTo(Severity.BLOCKER);
    assertThat(supervision.action(Locale.forLanguageTag("pl")))
        .contains("kcs proponuje co najmniej raz na kwartał");
    assertThat(supervision.action(Locale.ENGLISH)).contains("kcs suggests at least once a quarter");
    assertThat(SupervisionFrequency.QUARTERLY.scheduledSessionsPerYear())
        .isEqualTo(LibraryDefaults.MIN_SUPERVISION_SESSIONS_PER_YEAR.value());
  }

  @Test
  @DisplayName(
      "KCS-S2A \"z dużym prawdopodobieństwem ułatwi\": a library without invited partners may still move to stage 3")
  void partners_are_advice_KCS_S2A() {
    KcsImplementation inauguration = Fixtures.aLibraryReadyForStageThree().withPartners();

    StageReport report = STAGES.assess(inauguration);

    assertThat(report.evaluation().outcome("kcs.s2a.partners-invited").orElseThrow().severity())
        .isEqualTo(Severity.ADVICE);
    assertThat(report.blockers())
        .extracting(o -> o.ruleId().value())
        .doesNotContain("kcs.s2a.partners-invited");
  }

  @Test
  @DisplayName(
      "KCS-S1B-SCALE: the decided scale is compared with the groups hosted — exceeding it is a note, never a gate")
  void an_over_scale_institution_gets_a_note_KCS_S1B_SCALE() {
    KcsImplementation base = Fixtures.aLibraryReadyForStageThree();
    KcsImplementation overScale =
        base.withScaleDecision(base.scaleDecision().orElseThrow().withMaxGroups(1))
            .withGroups(Fixtures.aRefugeeWomenGroup(), Fixtures.aSingleParentsGroup());

    StageReport report = STAGES.assess(overScale);

    assertThat(report.notes()).extracting(o -> o.ruleId().value()).contains("kcs.s1b.scale-kept");
    assertThat(report.blockers())
        .extracting(o -> o.ruleId().value())
        .doesNotContain("kcs.s1b.scale-kept");
    assertThat(report.render(Locale.ENGLISH))
        .contains("Notes:\n")
        .contains("(kcs.s1b.scale-kept, KCS-S1B-SCALE)");
  }

  @Test
  @DisplayName(
      "KCS-S3 \"działanie według jednego lub kilku modeli\": a stage-3 report names each group's models")
  void a_stage_three_report_names_each_groups_models_KCS_S3() {
    KcsImplementation stageThree =
        Fixtures.aLibraryReadyForStageThree()
            .withStage(Stage.OPERATION)
            .withGroups(Fixtures.aRefugeeWomenGroup(), Fixtures.aSingleParentsGroup());
    InstitutionOffer offer =
        InstitutionOffer.of(
            6, InstitutionCapability.NIGHT_WATCHMAN, InstitutionCapability.CULTURAL_PROGRAMME);

    StageReport withOffer = STAGES.assess(stageThree, offer);
    StageReport withoutOffer = STAGES.assess(stageThree);

    assertThat(withOffer.modelPlan()).isPresent();
    assertThat(withOffer.render(Locale.ENGLISH))
        .contains("Operating models of the groups:\n")
        .contains("  - " + Fixtures.aRefugeeWomenGroup().name() + ": ")
        .contains("Model 3: support of culture");
    assertThat(withoutOffer.modelPlan()).isEmpty();
    assertThat(withoutOffer.evaluation().outcome("kcs.s3.group-models").orElseThrow().status())
        .isEqualTo(Status.UNKNOWN);
    // Without an offer nothing fits: a group with no model is a note, never a blocker.
    StageReport nothingOffered = STAGES.assess(stageThree, InstitutionOffer.of(0));
    Outcome models = nothingOffered.evaluation().outcome("kcs.s3.group-models").orElseThrow();
    assertThat(models.status()).isEqualTo(Status.FAILED);
    assertThat(models.severity()).isEqualTo(Severity.NOTE);
    assertThat(nothingOffered.blockers()).doesNotContain(models);
  }

  @Test
  @DisplayName(
      "KCS-DIF-RULES: a mental-health group without a regulamin may meet without the animator; the difficulty is noted")
  void a_mental_health_group_without_regulations_may_meet_alone_KCS_DIF_RULES() {
    var group =
        Fixtures.aMentalHealthPeerGroup()
            .withMaturity(pl.kcs.core.group.GroupMaturity.DEVELOPING)
            .withMeetsWithoutAnimatorSince(java.util.Optional.empty())
            .withRules(
                pl.kcs.core.group.GroupRules.builder()
                    .addElements(pl.kcs.core.group.RulesElement.RULES)
                    .agreedOn(java.time.LocalDate.of(2024, 3, 1))
                    .formulatedWithParticipants(true)
                    .build());

    var transition =
        GroupLife.withDefaults()
            .check(
                group,
                pl.kcs.rules.group.GroupEvent.MET_WITHOUT_ANIMATOR,
                java.time.LocalDate.of(2024, 9, 1));

    assertThat(transition.isAllowed()).isTrue();
    assertThat(transition.evaluation().outcome("kcs.life.regulations").orElseThrow().severity())
        .isEqualTo(Severity.NOTE);
  }

  @Test
  @DisplayName(
      "OPEN-TOOLS-SOCIAL \"szczególnie w pomocy społecznej\", OPEN-TOOLS-CULTURE \"szczególnie w kulturze\": each host is scored on its own sector's tools")
  void each_host_is_scored_on_its_own_sectors_tools_OPEN_TOOLS() {
    SelfAssessment socialToolsOnly =
        SelfAssessment.allAnswered(PracticeLevel.FULLY)
            .withAnswer(OpeningPractice.SOCIAL_CAFE, PracticeLevel.NOT_YET)
            .withAnswer(OpeningPractice.FLEXIBLE_HOURS, PracticeLevel.NOT_YET);

    OpeningFacts library = OpeningFacts.of(socialToolsOnly, HostKind.LIBRARY);
    OpeningFacts centre = OpeningFacts.of(socialToolsOnly, HostKind.SOCIAL_ASSISTANCE_CENTRE);

    // A social-assistance centre is not marked down for culture tools it does not use…
    assertThat(centre.percent()).isEqualTo(100);
    // …a library is.
    assertThat(library.percent()).isLessThan(100);
    assertThat(centre.items()).isLessThan(OpeningPractice.values().length);
    assertThat(OpeningFacts.of(socialToolsOnly).items()).isEqualTo(OpeningPractice.values().length);
  }
}
