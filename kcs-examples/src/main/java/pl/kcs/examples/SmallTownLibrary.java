package pl.kcs.examples;

import java.time.LocalDate;
import pl.kcs.core.group.CulturalNeed;
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
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.core.legal.LegalAct;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.partner.ContributionKind;
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
 * The embedded example: the public library of a small town (a made-up one) on its way through the
 * three stages of the KCS method. Each method gives the library as it stands at one moment.
 */
public final class SmallTownLibrary {

  static final LocalDate START = LocalDate.of(2024, 1, 15);

  private SmallTownLibrary() {}

  /** Stage 1, two months in: premises and equipment ready, no supervision arranged yet. */
  public static KcsImplementation inPreparation() {
    return KcsImplementation.builder()
        .host(library(false))
        .stage(Stage.PREPARATION)
        .addStepRecords(StepRecord.done(Step.S1B_TEAM_CONVERSATION, START))
        .scaleDecision(scale())
        .addAnimators(
            ewaAsAppointed()
                .supervision(SupervisionArrangement.of(SupervisionFrequency.OCCASIONAL))
                .build())
        .build();
  }

  /**
   * Stage 2: everything of stage 1 in place and a refugee group started by anim-ewa, trained; but
   * anim-jan, appointed since to take a second group, has had no preparation at all yet, which
   * the method says is needed (KCS-S2B: a blocker), and no partner is invited yet, which the method
   * says would make recruitment easier (KCS-S2A: advice, no blocker).
   */
  public static KcsImplementation inInauguration() {
    return inInauguration(newAnimator("anim-jan"));
  }

  /** Stage 3: the KCS runs; both animators are trained, a partner cooperates, the refugee group meets on its own. */
  public static KcsImplementation inOperation() {
    return inInauguration(trainedAnimator("anim-jan", TrainerKind.PROFESSIONAL))
        .withStage(Stage.OPERATION)
        .withGroups(refugeeWomen(GroupMaturity.RUNNING_ITSELF))
        .withPartners(
            Partner.builder()
                .id(PartnerId.of("fundacja"))
                .name("Fundacja Pomocy Uchodźcom")
                .kind(PartnerKind.REFUGEE_SUPPORT)
                .status(PartnerStatus.COOPERATING)
                .invitedOn(START.plusMonths(3))
                .addContributions(ContributionKind.SPECIALISTS)
                .build());
  }

  /**
   * What the library can give its groups: 6 free hours a week of the workshop room, training,
   * animation and its own cultural programme (readings, meetings with authors).
   */
  public static InstitutionOffer offer() {
    return InstitutionOffer.of(
        6,
        InstitutionCapability.TRAINING,
        InstitutionCapability.ANIMATION,
        InstitutionCapability.CULTURAL_PROGRAMME,
        InstitutionCapability.PUBLIC_EVENTS);
  }

  private static KcsImplementation inInauguration(Animator jan) {
    return KcsImplementation.builder()
        .host(library(true))
        .stage(Stage.INAUGURATION)
        .addStepRecords(StepRecord.done(Step.S1B_TEAM_CONVERSATION, START))
        .scaleDecision(scale())
        .legalContext(LegalContext.builder().addKnownActs(LegalAct.ACCESSIBILITY_ACT).build())
        .addAnimators(ewa(), jan)
        .addGroups(refugeeWomen(GroupMaturity.EARLY))
        .addPartners(
            Partner.builder()
                .id(PartnerId.of("ops"))
                .name("Miejski Ośrodek Pomocy Społecznej")
                .kind(PartnerKind.SOCIAL_ASSISTANCE_CENTRE)
                .status(PartnerStatus.IDENTIFIED)
                .build())
        .build();
  }

  private static HostInstitution library(boolean refreshments) {
    HostInstitution.Builder library =
        HostInstitution.builder()
            .name("Biblioteka Publiczna w Lipowie")
            .kind(HostKind.LIBRARY)
            .addRooms(
                Room.builder()
                    .name("czytelnia")
                    .addFeatures(RoomFeature.BRIGHT)
                    .capacity(30)
                    .build(),
                Room.builder()
                    .name("sala warsztatowa")
                    .kind(RoomKind.WORKSHOP_HALL)
                    .addFeatures(
                        RoomFeature.COMFORTABLE, RoomFeature.NON_WALK_THROUGH, RoomFeature.SAFE)
                    .capacity(14)
                    .build())
            .addEquipment(
                Equipment.FLIPCHART, Equipment.CHAIRS, Equipment.TABLE, Equipment.OFFICE_SUPPLIES);
    if (refreshments) {
      library.addEquipment(Equipment.ELECTRIC_KETTLE, Equipment.TEA);
    }
    return library.build();
  }

  private static ScaleDecision scale() {
    return ScaleDecision.builder()
        .maxGroups(3)
        .addPreferredModels(
            OperatingModel.M2_CULTURE_OF_SUPPORT, OperatingModel.M3_SUPPORT_OF_CULTURE)
        .decidedOn(START.plusWeeks(3))
        .build();
  }

  /** Experienced in running meetings (as in stage 1), trained in theory and, by an expert by experience, in practice. */
  private static Animator ewa() {
    return ewaAsAppointed()
        .supervision(SupervisionArrangement.of(SupervisionFrequency.MONTHLY))
        .addTrainings(
            Training.of(TrainingKind.THEORY, TrainerKind.PROFESSIONAL, START.plusMonths(2)),
            Training.of(
                TrainingKind.PRACTICAL_SKILLS,
                TrainerKind.EXPERT_BY_EXPERIENCE,
                START.plusMonths(2).plusDays(7)))
        .build();
  }

  /** anim-ewa as appointed in stage 1: a dedicated quarter of a post, experienced in running meetings. */
  private static Animator.Builder ewaAsAppointed() {
    return Animator.builder()
        .id(AnimatorId.of("anim-ewa"))
        .postFraction(PostFraction.QUARTER)
        .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
        .ownMotivation(true)
        .addExperience(ExperienceKind.RUNNING_MEETINGS);
  }

  /** Appointed in stage 2, on a dedicated quarter of a post and in supervision, before any training. */
  private static Animator newAnimator(String id) {
    return newAnimatorBuilder(id).build();
  }

  /** {@link #newAnimator} once trained: in theory by a professional, in practice by {@code practiceTrainer}. */
  private static Animator trainedAnimator(String id, TrainerKind practiceTrainer) {
    return newAnimatorBuilder(id)
        .addTrainings(
            Training.of(TrainingKind.THEORY, TrainerKind.PROFESSIONAL, START.plusMonths(7)),
            Training.of(
                TrainingKind.PRACTICAL_SKILLS, practiceTrainer, START.plusMonths(7).plusDays(7)))
        .build();
  }

  private static Animator.Builder newAnimatorBuilder(String id) {
    return Animator.builder()
        .id(AnimatorId.of(id))
        .postFraction(PostFraction.QUARTER)
        .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
        .ownMotivation(true)
        .supervision(SupervisionArrangement.of(SupervisionFrequency.MONTHLY));
  }

  private static SelfHelpGroup refugeeWomen(GroupMaturity maturity) {
    SelfHelpGroup.Builder group =
        SelfHelpGroup.builder()
            .id(GroupId.of("uchodzczynie"))
            .name("Grupa kobiet z doświadczeniem uchodźczym")
            .addTargetGroups(TargetGroup.MINORITIES)
            .addTargetSubgroups(TargetSubgroup.REFUGEES)
            .participantCount(9)
            .maturity(maturity)
            .foundedOn(START.plusMonths(4))
            .recruitedThrough(RecruitmentChannel.INSTITUTIONAL_PARTNERS)
            .addAnimators(AnimatorId.of("anim-ewa"))
            .addCulturalNeeds(CulturalNeed.OUTINGS)
            .rules(
                GroupRules.builder()
                    .addElements(RulesElement.GOALS, RulesElement.RULES)
                    .agreedOn(START.plusMonths(5))
                    .formulatedWithParticipants(true)
                    .build());
    if (maturity.isAtLeast(GroupMaturity.RUNNING_ITSELF)) {
      group.meetsWithoutAnimatorSince(START.plusMonths(9));
    }
    return group.build();
  }
}
