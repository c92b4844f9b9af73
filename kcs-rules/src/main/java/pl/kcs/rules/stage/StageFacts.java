package pl.kcs.rules.stage;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.Optional;
import pl.kcs.core.Requirement;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.legal.StrategyKind;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.Fte;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.TrainerKind;
import pl.kcs.core.people.Training;
import pl.kcs.core.people.TrainingKind;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.core.stage.StepRecord;
import pl.kcs.rules.models.KcsModelPlan;
import pl.kcs.rules.models.ModelSelection;

/**
 * The facts the stage-progression rules read, worked out from a {@link KcsImplementation} in one
 * pass: counts and flags, so that every rule decides in a few instructions. Rules of an embedding
 * system read the same facts, and the whole {@link #implementation()} where they need more.
 *
 * <p>Immutable and thread-safe.
 */
public final class StageFacts {

  /**
   * The practices of an open institution (OPEN-START, OPEN-PRACTICES) that overlap with the
   * conversation with the whole team (KCS-S1B-TEAM): a shared vision, the split of tasks between
   * coordinator and animator, and less multitasking. Library reading of the two sources.
   */
  static final ImmutableList<OpeningPractice> TEAM_PRACTICES =
      ImmutableList.of(
          OpeningPractice.SHARED_VISION,
          OpeningPractice.COORDINATOR_ANIMATOR_SPLIT,
          OpeningPractice.LESS_MULTITASKING);

  private static final int REQUIRED_EQUIPMENT = equipmentMask(true);
  private static final int REFRESHMENT_EQUIPMENT = equipmentMask(false);

  private final KcsImplementation implementation;
  private final Optional<KcsModelPlan> modelPlan;
  private final Stage stage;
  private final int[] values = new int[StageFact.COUNT];

  private StageFacts(KcsImplementation implementation, Optional<InstitutionOffer> offer) {
    this.implementation = implementation;
    // Model selection runs only where stage 3 needs it: it is the one costly fact.
    this.modelPlan =
        offer.isPresent() && implementation.stage().compareTo(Stage.OPERATION) >= 0
            ? Optional.of(ModelSelection.withDefaultRules().plan(implementation, offer.get()))
            : Optional.empty();
    this.stage = implementation.stage();
    set(StageFact.STAGE, stage.ordinal());

    int recorded = 0;
    int done = 0;
    ImmutableList<StepRecord> records = implementation.stepRecords();
    for (int i = 0; i < records.size(); i++) {
      StepRecord record = records.get(i);
      int bit = 1 << record.step().ordinal();
      recorded |= bit;
      if (record.done()) {
        done |= bit;
      }
    }
    set(StageFact.RECORDED_STEPS, recorded);
    set(StageFact.DONE_STEPS, done);
    set(StageFact.TEAM_CONVERSATION_RECORD, recordState(Step.S1B_TEAM_CONVERSATION));
    LegalContext legal = implementation.legalContext();
    flag(
        StageFact.LEGAL_CONTEXT_KNOWN,
        !legal.knownActs().isEmpty() || !legal.strategies().isEmpty());
    flag(
        StageFact.IN_INSTITUTION_STRATEGY,
        legal.isProgrammeWrittenInto(StrategyKind.INSTITUTION_STRATEGY_AND_MISSION));
    flag(StageFact.SCALE_DECIDED, implementation.scaleDecision().isPresent());

    HostInstitution host = implementation.host();
    int suitable = 0;
    int safe = 0;
    ImmutableList<Room> rooms = host.rooms();
    for (int i = 0; i < rooms.size(); i++) {
      Room room = rooms.get(i);
      if (isSuitable(room)) {
        suitable++;
        if (room.has(RoomFeature.SAFE)) {
          safe++;
        }
      }
    }
    set(StageFact.SUITABLE_ROOMS, suitable);
    set(StageFact.SAFE_COMFORTABLE_ROOMS, safe);
    // One pass over what the host has, instead of a set look-up per item the method names.
    int present = 0;
    for (Equipment item : host.equipment()) {
      present |= 1 << item.ordinal();
    }
    set(StageFact.MISSING_REQUIRED_EQUIPMENT, Integer.bitCount(REQUIRED_EQUIPMENT & ~present));
    set(StageFact.REFRESHMENTS, Integer.bitCount(REFRESHMENT_EQUIPMENT & present));

    int appointed = 0;
    int byTheWay = 0;
    int unmotivated = 0;
    int unsupervised = 0;
    int noTheory = 0;
    int noPractice = 0;
    int untrained = 0;
    int inexperienced = 0;
    boolean expertTraining = false;
    ImmutableList<Animator> staff = implementation.animators();
    for (int i = 0; i < staff.size(); i++) {
      Animator animator = staff.get(i);
      boolean dedicated = animator.duty() == AnimatorDuty.DEDICATED_PART_OF_POST;
      if (dedicated) {
        appointed++;
      }
      if (!dedicated) {
        byTheWay++;
      }
      if (!animator.ownMotivation()) {
        unmotivated++;
      }
      if (!animator.hasRegularSupervision()) {
        unsupervised++;
      }
      boolean theory = false;
      boolean practice = false;
      ImmutableList<Training> trainings = animator.trainings();
      for (int t = 0; t < trainings.size(); t++) {
        Training training = trainings.get(t);
        theory |= training.kind() == TrainingKind.THEORY;
        practice |= training.kind() == TrainingKind.PRACTICAL_SKILLS;
        expertTraining |= training.trainer() == TrainerKind.EXPERT_BY_EXPERIENCE;
      }
      if (!theory) {
        noTheory++;
      }
      if (!practice) {
        noPractice++;
      }
      if (trainings.isEmpty()) {
        untrained++;
      }
      if (animator.experience().isEmpty()) {
        inexperienced++;
      }
    }
    set(StageFact.ANIMATORS, staff.size());
    set(StageFact.APPOINTED_ANIMATORS, appointed);
    set(StageFact.ANIMATORS_BY_THE_WAY, byTheWay);
    set(StageFact.ANIMATORS_WITHOUT_MOTIVATION, unmotivated);
    set(StageFact.ANIMATORS_WITHOUT_SUPERVISION, unsupervised);
    set(StageFact.ANIMATORS_WITHOUT_THEORY, noTheory);
    set(StageFact.ANIMATORS_WITHOUT_PRACTICE, noPractice);
    set(StageFact.ANIMATORS_WITHOUT_TRAINING, untrained);
    set(StageFact.ANIMATORS_WITHOUT_EXPERIENCE, inexperienced);
    flag(StageFact.EXPERT_BY_EXPERIENCE_TRAINING, expertTraining);
    Fte totalPost = implementation.totalAnimatorPost();
    flag(StageFact.POST_ABOVE_HALF, totalPost.compareTo(PostFraction.HALF.toFte()) > 0);

    int invited = 0;
    int kinds = 0;
    ImmutableList<Partner> partners = implementation.partners();
    for (int i = 0; i < partners.size(); i++) {
      Partner partner = partners.get(i);
      if (partner.status().isInvited()) {
        invited++;
        kinds |= 1 << partner.kind().ordinal();
      }
    }
    set(StageFact.INVITED_PARTNERS, invited);
    set(StageFact.INVITED_PARTNER_KINDS, kinds);

    int recruited = 0;
    int withoutRules = 0;
    int unmatched = 0;
    int successful = 0;
    ImmutableList<SelfHelpGroup> allGroups = implementation.groups();
    for (int i = 0; i < allGroups.size(); i++) {
      SelfHelpGroup group = allGroups.get(i);
      if (group.recruitedThrough().isPresent()) {
        recruited++;
      }
      if (group.rules().isEmpty() || !group.rules().get().formulatedWithParticipants()) {
        withoutRules++;
      }
      if (!PartnerNeeds.isMet(group, kinds)) {
        unmatched++;
      }
      if (group.maturity().isAtLeast(GroupMaturity.RUNNING_ITSELF)) {
        successful++;
      }
    }
    set(StageFact.GROUPS, allGroups.size());
    set(StageFact.RECRUITED_GROUPS, recruited);
    set(StageFact.GROUPS_WITHOUT_PARTICIPANT_RULES, withoutRules);
    set(StageFact.GROUPS_WITHOUT_MATCHING_PARTNER, unmatched);
    set(StageFact.SUCCESSFUL_GROUPS, successful);
    int groupCount = allGroups.size();
    set(
        StageFact.GROUPS_OVER_SCALE,
        implementation.scaleDecision().map(d -> Math.max(0, groupCount - d.maxGroups())).orElse(0));
    set(StageFact.GROUPS_OVER_POST_CAPACITY, Math.max(0, groupCount - groupsCarried(totalPost)));
    set(
        StageFact.GROUPS_WITHOUT_MODEL,
        modelPlan.map(plan -> plan.groupsWithoutModel().size()).orElse(StageFact.UNKNOWN));

    if (implementation.selfAssessment().isPresent()) {
      SelfAssessment openness = implementation.selfAssessment().get();
      flag(StageFact.SELF_ASSESSED, true);
      set(StageFact.OPEN_START_MISSING, openness.notInPlace(OpeningPractice.startingConditions()).size());
      set(StageFact.OPEN_TEAM_PRACTICES_MISSING, openness.notInPlace(TEAM_PRACTICES).size());
    }
  }

  /**
   * How many groups the animators' posts carry together: {@link
   * LibraryDefaults#GROUPS_PER_FULL_POST} per full post, rounded down (a kcs default, not the
   * method's). Exact: the post is a fraction, never a double.
   */
  static int groupsCarried(Fte totalPost) {
    BigInteger carried =
        totalPost
            .numerator()
            .multiply(BigInteger.valueOf(LibraryDefaults.GROUPS_PER_FULL_POST.value()))
            .divide(totalPost.denominator());
    // Saturate: more groups than an int holds are more than any KCS hosts.
    return carried.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValueExact();
  }

  /**
   * The facts of {@code implementation} with the offer it declares ({@link
   * KcsImplementation#offer()}); where it declares none, which model each group fits is unknown.
   */
  public static StageFacts of(KcsImplementation implementation) {
    requireNonNull(implementation, "implementation");
    return new StageFacts(implementation, implementation.offer());
  }

  /**
   * The facts of {@code implementation} of an institution that can give groups {@code offer}, which
   * takes the place of the offer the implementation declares, if any.
   */
  public static StageFacts of(KcsImplementation implementation, InstitutionOffer offer) {
    return new StageFacts(
        requireNonNull(implementation, "implementation"), Optional.of(requireNonNull(offer, "offer")));
  }

  /**
   * The models each group fits (KCS-S3), where the offer was given and the institution is in
   * stage 3; empty otherwise.
   */
  public Optional<KcsModelPlan> modelPlan() {
    return modelPlan;
  }

  /** Groups that fit no operating model (KCS-S3); -1 where unknown (no offer, or before stage 3). */
  public int groupsWithoutModel() {
    return values[StageFact.GROUPS_WITHOUT_MODEL.ordinal()];
  }

  static boolean isSuitable(Room room) {
    return room.kind() != RoomKind.FIELD_MEETING_POINT
        && room.has(RoomFeature.COMFORTABLE)
        && room.has(RoomFeature.NON_WALK_THROUGH);
  }

  /** The implementation these facts are of. */
  public KcsImplementation implementation() {
    return implementation;
  }

  /** The stage the institution says it is in. */
  public Stage stage() {
    return stage;
  }

  /** Whether the institution is in {@code other} or a later stage. */
  public boolean isAtLeast(Stage other) {
    return stage.compareTo(other) >= 0;
  }

  /** Whether {@code step} has a record, done or not. */
  public boolean isRecorded(Step step) {
    return (values[StageFact.RECORDED_STEPS.ordinal()] & (1 << step.ordinal())) != 0;
  }

  /** Whether {@code step} is recorded as done. */
  public boolean isRecordedDone(Step step) {
    return (values[StageFact.DONE_STEPS.ordinal()] & (1 << step.ordinal())) != 0;
  }

  private int recordState(Step step) {
    return isRecordedDone(step)
        ? StageFact.DONE
        : isRecorded(step) ? StageFact.NOT_DONE : StageFact.NOT_RECORDED;
  }

  int[] values() {
    return values;
  }

  private void set(StageFact fact, int value) {
    values[fact.ordinal()] = value;
  }

  private void flag(StageFact fact, boolean value) {
    values[fact.ordinal()] = value ? 1 : 0;
  }

  private static int equipmentMask(boolean required) {
    int mask = 0;
    for (Equipment item : Equipment.values()) {
      if (required ? item.kcsRequirement() == Requirement.REQUIRED : item.isRefreshment()) {
        mask |= 1 << item.ordinal();
      }
    }
    return mask;
  }

  /** Whether any legal act or local strategy is known (KCS-S1A). */
  public boolean legalContextKnown() {
    return values[StageFact.LEGAL_CONTEXT_KNOWN.ordinal()] > 0;
  }

  /** Whether the KCS is written into the institution's strategy and mission (KCS-S1A). */
  public boolean inInstitutionStrategy() {
    return values[StageFact.IN_INSTITUTION_STRATEGY.ordinal()] > 0;
  }

  /** Whether the scale of support is decided (KCS-S1B-SCALE). */
  public boolean scaleDecided() {
    return values[StageFact.SCALE_DECIDED.ordinal()] > 0;
  }

  /** Rooms (not field points) that are comfortable and non-walk-through (KCS-S1B-PREMISES). */
  public int suitableRooms() {
    return values[StageFact.SUITABLE_ROOMS.ordinal()];
  }

  /** Suitable rooms that are also safe (KCS-REM-SPACE). */
  public int safeComfortableRooms() {
    return values[StageFact.SAFE_COMFORTABLE_ROOMS.ordinal()];
  }

  /** Items the KCS method requires that the host lacks (KCS-S1B-EQUIPMENT). */
  public int missingRequiredEquipment() {
    return values[StageFact.MISSING_REQUIRED_EQUIPMENT.ordinal()];
  }

  /** Refreshments available (KCS-S1B-EQUIPMENT: optional). */
  public int refreshments() {
    return values[StageFact.REFRESHMENTS.ordinal()];
  }

  /** All animators. */
  public int animators() {
    return values[StageFact.ANIMATORS.ordinal()];
  }

  /** Animators with a dedicated part of a post (KCS-S1B-ANIMATORS, KCS-REM-FTE). */
  public int appointedAnimators() {
    return values[StageFact.APPOINTED_ANIMATORS.ordinal()];
  }

  /** Animators doing the role "by the way" (KCS-S1B-ANIMATORS). */
  public int animatorsByTheWay() {
    return values[StageFact.ANIMATORS_BY_THE_WAY.ordinal()];
  }

  /** Animators without own motivation (KCS-REM-PEOPLE). */
  public int animatorsWithoutMotivation() {
    return values[StageFact.ANIMATORS_WITHOUT_MOTIVATION.ordinal()];
  }

  /** Animators without regular supervision (KCS-S1B-SUPERVISION). */
  public int animatorsWithoutRegularSupervision() {
    return values[StageFact.ANIMATORS_WITHOUT_SUPERVISION.ordinal()];
  }

  /** Animators with no theory training (KCS-S2B). */
  public int animatorsWithoutTheory() {
    return values[StageFact.ANIMATORS_WITHOUT_THEORY.ordinal()];
  }

  /** Animators with no practical-skills training (KCS-S2B). */
  public int animatorsWithoutPractice() {
    return values[StageFact.ANIMATORS_WITHOUT_PRACTICE.ordinal()];
  }

  /** Whether any animator was trained by an expert by experience (KCS-S2B). */
  public boolean expertByExperienceTraining() {
    return values[StageFact.EXPERT_BY_EXPERIENCE_TRAINING.ordinal()] > 0;
  }

  /**
   * Whether all animators together have at least half a post (KCS-REM-FTE). Half a post is what
   * the method finds enough, not a minimum: no built-in rule requires it.
   */
  public boolean postAtLeastHalf() {
    return implementation.totalAnimatorPost().compareTo(PostFraction.HALF.toFte()) >= 0;
  }

  /** Animators with no training at all (KCS-S2B: "potrzebne jest odpowiednie przygotowanie"). */
  public int animatorsWithoutTraining() {
    return values[StageFact.ANIMATORS_WITHOUT_TRAINING.ordinal()];
  }

  /** Animators with no recorded experience of running meetings, group or workshop work (KCS-S1B-ANIMATORS). */
  public int animatorsWithoutExperience() {
    return values[StageFact.ANIMATORS_WITHOUT_EXPERIENCE.ordinal()];
  }

  /** Groups beyond the scale the institution decided on (KCS-S1B-SCALE); 0 without a decision. */
  public int groupsOverScale() {
    return values[StageFact.GROUPS_OVER_SCALE.ordinal()];
  }

  /**
   * Groups beyond what the animators' posts carry at {@link LibraryDefaults#GROUPS_PER_FULL_POST}
   * groups a full post (KCS-REM-FTE; a kcs default, not the method's).
   */
  public int groupsOverPostCapacity() {
    return values[StageFact.GROUPS_OVER_POST_CAPACITY.ordinal()];
  }

  /** Whether all animators together have more than half a post (KCS-REM-FTE). */
  public boolean postAboveHalf() {
    return values[StageFact.POST_ABOVE_HALF.ordinal()] > 0;
  }

  /** Partners at least invited (KCS-S2A). */
  public int invitedPartners() {
    return values[StageFact.INVITED_PARTNERS.ordinal()];
  }

  /** Groups. */
  public int groups() {
    return values[StageFact.GROUPS.ordinal()];
  }

  /** Groups recruited through one of the three channels (KCS-S2C). */
  public int recruitedGroups() {
    return values[StageFact.RECRUITED_GROUPS.ordinal()];
  }

  /** Groups without rules formulated with their participants (KCS-REM-RULES). */
  public int groupsWithoutParticipantRules() {
    return values[StageFact.GROUPS_WITHOUT_PARTICIPANT_RULES.ordinal()];
  }

  /** Groups whose needs no invited partner matches (KCS-S2A). */
  public int groupsWithoutMatchingPartner() {
    return values[StageFact.GROUPS_WITHOUT_MATCHING_PARTNER.ordinal()];
  }

  /** Groups that run themselves or are independent: the first successes. */
  public int successfulGroups() {
    return values[StageFact.SUCCESSFUL_GROUPS.ordinal()];
  }

  int invitedPartnerKinds() {
    return values[StageFact.INVITED_PARTNER_KINDS.ordinal()];
  }

  @Override
  public String toString() {
    return "StageFacts{" + stage + ", " + animators() + " animators, " + groups() + " groups}";
  }
}
