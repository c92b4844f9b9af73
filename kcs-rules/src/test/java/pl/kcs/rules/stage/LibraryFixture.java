package pl.kcs.rules.stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.RecruitmentChannel;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.core.legal.LegalAct;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.legal.LocalStrategy;
import pl.kcs.core.legal.StrategyKind;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.partner.PartnerKind;
import pl.kcs.core.partner.PartnerStatus;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.ExperienceKind;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.people.TrainerKind;
import pl.kcs.core.people.Training;
import pl.kcs.core.people.TrainingKind;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.ScaleDecision;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.core.stage.StepRecord;

/**
 * A municipal library whose KCS meets every requirement of every stage, less the given {@link Gap
 * gaps}: two experienced animators on ¼ of a post each, a refugee women's group that runs itself, a refugee
 * support foundation as partner, and a self-assessment of its openness with every practice fully in
 * place (OPEN-START, OPEN-PRACTICES).
 */
final class LibraryFixture {

  static final LocalDate START = LocalDate.of(2024, 2, 1);
  static final String ROOM = "sala warsztatowa";
  static final String GROUP = "Kobiety z doświadczeniem uchodźczym";
  static final String PARTNER = "Fundacja Pomocy Uchodźcom";

  private LibraryFixture() {}

  /** A complete library in {@code stage}. */
  static KcsImplementation complete(Stage stage) {
    return with(stage, EnumSet.noneOf(Gap.class));
  }

  /** A library in {@code stage} lacking {@code gap}. */
  static KcsImplementation lacking(Stage stage, Gap gap) {
    return with(stage, EnumSet.of(gap));
  }

  /** A library in {@code stage} lacking every gap of {@code gaps}. */
  static KcsImplementation with(Stage stage, Set<Gap> gaps) {
    KcsImplementation.Builder kcs = KcsImplementation.builder().stage(stage).host(host(gaps));
    if (!gaps.contains(Gap.TEAM_CONVERSATION_NOT_RECORDED)) {
      kcs.addStepRecords(
          gaps.contains(Gap.TEAM_CONVERSATION_NOT_DONE)
              ? StepRecord.notDone(Step.S1B_TEAM_CONVERSATION)
              : StepRecord.done(Step.S1B_TEAM_CONVERSATION, START));
    }
    if (!gaps.contains(Gap.NO_SCALE_DECISION)) {
      kcs.scaleDecision(
          ScaleDecision.builder()
              .maxGroups(3)
              .addPreferredModels(
                  OperatingModel.M3_SUPPORT_OF_CULTURE, OperatingModel.M2_CULTURE_OF_SUPPORT)
              .decidedOn(START.plusWeeks(2))
              .build());
    }
    LegalContext.Builder legal = LegalContext.builder();
    if (!gaps.contains(Gap.NO_LEGAL_CONTEXT)) {
      legal.addKnownActs(LegalAct.ACCESSIBILITY_ACT);
    }
    // Knowing no act or strategy at all rules out having the KCS written into one.
    if (!gaps.contains(Gap.NOT_IN_STRATEGY) && !gaps.contains(Gap.NO_LEGAL_CONTEXT)) {
      legal.addStrategies(
          LocalStrategy.builder()
              .kind(StrategyKind.INSTITUTION_STRATEGY_AND_MISSION)
              .title("Strategia biblioteki 2025–2030")
              .programmeWrittenIn(true)
              .build());
    }
    kcs.legalContext(legal.build());
    kcs.addAllAnimators(animators(gaps));
    if (!gaps.contains(Gap.NO_GROUPS)) {
      kcs.addGroups(group(gaps));
      if (gaps.contains(Gap.MORE_GROUPS_THAN_DECIDED)) {
        // Three more groups like the first: four in all, beyond the decided scale of 3 and beyond
        // the 3 groups that the animators' ½ post carries by the kcs default.
        for (int i = 2; i <= 4; i++) {
          SelfHelpGroup first = group(gaps);
          SelfHelpGroup.Builder copy =
              SelfHelpGroup.builder()
                  .id(GroupId.of("uchodzczynie-" + i))
                  .name(GROUP + " " + i)
                  .addAllTargetGroups(first.targetGroups())
                  .addAllTargetSubgroups(first.targetSubgroups())
                  .participantCount(first.participantCount())
                  .maturity(first.maturity())
                  .foundedOn(first.foundedOn().orElseThrow())
                  .meetsWithoutAnimatorSince(first.meetsWithoutAnimatorSince().orElseThrow())
                  .addAllAnimators(first.animators())
                  .rules(first.rules().orElseThrow());
          first.recruitedThrough().ifPresent(copy::recruitedThrough);
          kcs.addGroups(copy.build());
        }
      }
    }
    if (!gaps.contains(Gap.NO_SELF_ASSESSMENT)) {
      SelfAssessment openness = SelfAssessment.allAnswered(PracticeLevel.FULLY);
      if (gaps.contains(Gap.CLOSED_COMMUNICATION)) {
        openness = openness.withAnswer(OpeningPractice.OPEN_COMMUNICATION, PracticeLevel.STARTING);
      }
      if (gaps.contains(Gap.STAFF_MULTITASKING)) {
        openness = openness.withAnswer(OpeningPractice.LESS_MULTITASKING, PracticeLevel.NOT_YET);
      }
      kcs.selfAssessment(openness);
    }
    kcs.addPartners(
        Partner.builder()
            .id(PartnerId.of("partner-1"))
            .name(gaps.contains(Gap.NO_REFUGEE_SUPPORT_PARTNER) ? "MOPS w Lipowie" : PARTNER)
            .kind(
                gaps.contains(Gap.NO_REFUGEE_SUPPORT_PARTNER)
                    ? PartnerKind.SOCIAL_ASSISTANCE_CENTRE
                    : PartnerKind.REFUGEE_SUPPORT)
            .status(
                gaps.contains(Gap.NO_PARTNER_INVITED)
                    ? PartnerStatus.IDENTIFIED
                    : PartnerStatus.INVITED)
            .build());
    return kcs.build();
  }

  private static HostInstitution host(Set<Gap> gaps) {
    Room.Builder room = Room.builder().name(ROOM).kind(RoomKind.WORKSHOP_HALL).capacity(16);
    room.addFeatures(RoomFeature.COMFORTABLE);
    if (!gaps.contains(Gap.NO_SUITABLE_ROOM)) {
      room.addFeatures(RoomFeature.NON_WALK_THROUGH);
    }
    if (!gaps.contains(Gap.NO_SAFE_ROOM)) {
      room.addFeatures(RoomFeature.SAFE);
    }
    HostInstitution.Builder host =
        HostInstitution.builder()
            .name("Biblioteka Publiczna w Lipowie")
            .kind(HostKind.LIBRARY)
            .addRooms(room.build())
            .addEquipment(Equipment.CHAIRS, Equipment.TABLE, Equipment.OFFICE_SUPPLIES);
    if (!gaps.contains(Gap.NO_FLIPCHART)) {
      host.addEquipment(Equipment.FLIPCHART);
    }
    if (!gaps.contains(Gap.NO_REFRESHMENTS)) {
      host.addEquipment(Equipment.TEA, Equipment.WATER_AND_CUPS);
    }
    return host.build();
  }

  private static List<Animator> animators(Set<Gap> gaps) {
    List<Animator> animators = new ArrayList<>();
    boolean sharing = gaps.contains(Gap.THIRD_ANIMATOR_SHARING_HALF);
    PostFraction post =
        sharing
            ? PostFraction.of(1, 6)
            : gaps.contains(Gap.SMALL_POSTS) ? PostFraction.of(1, 8) : PostFraction.QUARTER;
    animators.add(
        animator(
            "anim-a",
            post,
            gaps.contains(Gap.NO_APPOINTED_ANIMATOR),
            true,
            true,
            true,
            true,
            !gaps.contains(Gap.NO_EXPERT_BY_EXPERIENCE_TRAINER),
            true));
    boolean untrained = gaps.contains(Gap.SECOND_ANIMATOR_UNTRAINED);
    animators.add(
        animator(
            "anim-b",
            post,
            gaps.contains(Gap.SECOND_ANIMATOR_BY_THE_WAY)
                || gaps.contains(Gap.NO_APPOINTED_ANIMATOR),
            !gaps.contains(Gap.SECOND_ANIMATOR_UNMOTIVATED),
            !gaps.contains(Gap.SECOND_ANIMATOR_UNSUPERVISED),
            !gaps.contains(Gap.SECOND_ANIMATOR_NO_THEORY) && !untrained,
            !gaps.contains(Gap.SECOND_ANIMATOR_NO_PRACTICE) && !untrained,
            false,
            !gaps.contains(Gap.SECOND_ANIMATOR_INEXPERIENCED)));
    if (sharing) {
      // A third person who helps "by the way": the gap thins the post out without adding an
      // animator who would meet a requirement the library otherwise lacks.
      animators.add(animator("anim-c", post, true, true, true, true, true, false, true));
    }
    return animators;
  }

  private static Animator animator(
      String id,
      PostFraction post,
      boolean byTheWay,
      boolean motivated,
      boolean supervised,
      boolean theory,
      boolean practice,
      boolean practiceByExpert,
      boolean experienced) {
    Animator.Builder animator =
        Animator.builder()
            .id(AnimatorId.of(id))
            .postFraction(post)
            .duty(byTheWay ? AnimatorDuty.BY_THE_WAY : AnimatorDuty.DEDICATED_PART_OF_POST)
            .ownMotivation(motivated)
            .supervision(
                SupervisionArrangement.of(
                    supervised ? SupervisionFrequency.MONTHLY : SupervisionFrequency.OCCASIONAL));
    if (experienced) {
      animator.addExperience(ExperienceKind.RUNNING_MEETINGS);
    }
    if (theory) {
      animator.addTrainings(
          Training.of(TrainingKind.THEORY, TrainerKind.PROFESSIONAL, START.plusMonths(3)));
    }
    if (practice) {
      animator.addTrainings(
          Training.of(
              TrainingKind.PRACTICAL_SKILLS,
              practiceByExpert ? TrainerKind.EXPERT_BY_EXPERIENCE : TrainerKind.PROFESSIONAL,
              START.plusMonths(3).plusDays(10)));
    }
    return animator.build();
  }

  private static SelfHelpGroup group(Set<Gap> gaps) {
    SelfHelpGroup.Builder group =
        SelfHelpGroup.builder()
            .id(GroupId.of("uchodzczynie"))
            .name(GROUP)
            .addTargetGroups(TargetGroup.MINORITIES)
            .addTargetSubgroups(TargetSubgroup.REFUGEES)
            .participantCount(8)
            .maturity(GroupMaturity.RUNNING_ITSELF)
            .foundedOn(START.plusMonths(5))
            .meetsWithoutAnimatorSince(START.plusMonths(10))
            .addAnimators(AnimatorId.of("anim-a"))
            .rules(
                GroupRules.builder()
                    .addElements(RulesElement.RULES, RulesElement.CONTRACT)
                    .agreedOn(START.plusMonths(6))
                    .formulatedWithParticipants(!gaps.contains(Gap.RULES_NOT_WITH_PARTICIPANTS))
                    .build());
    if (!gaps.contains(Gap.GROUP_NOT_RECRUITED)) {
      group.recruitedThrough(RecruitmentChannel.INSTITUTIONAL_PARTNERS);
    }
    return group.build();
  }
}
