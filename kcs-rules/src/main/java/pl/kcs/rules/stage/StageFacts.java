package pl.kcs.rules.stage;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
import pl.kcs.core.stage.ScaleDecision;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.core.stage.StepRecord;
import pl.kcs.rules.models.KcsModelPlan;
import pl.kcs.rules.models.ModelSelection;

/**
 * The facts the stage-progression rules read, worked out from a {@link KcsImplementation}: counts
 * and flags, so that every rule decides in a few instructions. The facts of the institution's
 * stage and the earlier ones are worked out at once, in one pass over each list; those only a
 * later stage's rules read (training, partners, the groups' own rules, models) are worked out
 * when first asked for, so assessing a stage-1 institution reads only what stage 1 needs. Rules of an embedding
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

  private static final ImmutableSet<Equipment> REQUIRED_EQUIPMENT = equipment(true);
  private static final Equipment[] REQUIRED_ITEMS = REQUIRED_EQUIPMENT.toArray(new Equipment[0]);

  private static final ImmutableSet<Equipment> NOT_REFRESHMENTS =
      Sets.immutableEnumSet(EnumSet.complementOf(EnumSet.copyOf(equipment(false))));

  /** The refreshments (KCS-S1B-EQUIPMENT: optional), in the enum's order. */
  static final Equipment[] REFRESHMENT_ITEMS = equipment(false).toArray(new Equipment[0]);

  private static final Fte HALF = PostFraction.HALF.toFte();
  // How many facts are worked out at once in each stage, by the stage's ordinal.
  private static final int[] EAGER_COUNT = eagerCounts();

  private final KcsImplementation implementation;
  private final Optional<KcsModelPlan> modelPlan;
  private final Stage stage;
  // The facts of the current stage and every earlier one, by ordinal (StageFact is in the order of
  // the stages, so they are the first ones), worked out at once: final, published with the
  // object. Sized to them, so that stage 1 allocates a third less than every fact would take.
  private final int[] values;
  // The facts of later stages, worked out only when asked for: all of them by ordinal, a bit per
  // stage (StageFact#section) in `late` once worked out. The volatile write of `late` publishes
  // the array and its values to every reader that sees the bit.
  private int @Nullable [] lateValues;
  private volatile int late;

  private StageFacts(KcsImplementation implementation, @Nullable InstitutionOffer offer) {
    this.implementation = implementation;
    this.stage = implementation.stage();
    this.values = new int[EAGER_COUNT[stage.ordinal()]];
    // Model selection runs only where stage 3 needs it: it is the one costly fact.
    this.modelPlan =
        offer != null && stage.compareTo(Stage.OPERATION) >= 0
            ? Optional.of(ModelSelection.withDefaultRules().plan(implementation, offer))
            : Optional.empty();
    preparation(values);
    if (stage.compareTo(Stage.INAUGURATION) >= 0) {
      inauguration(values);
    }
    if (stage.compareTo(Stage.OPERATION) >= 0) {
      operation(values);
    }
  }

  /** The facts stage 1's rules read, in one pass over each list; into {@code into}. */
  private void preparation(int[] into) {
    set(into, StageFact.STAGE, stage.ordinal());
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
    set(into, StageFact.RECORDED_STEPS, recorded);
    set(into, StageFact.DONE_STEPS, done);
    int team = 1 << Step.S1B_TEAM_CONVERSATION.ordinal();
    set(
        into,
        StageFact.TEAM_CONVERSATION_RECORD,
        (done & team) != 0
            ? StageFact.DONE
            : (recorded & team) != 0 ? StageFact.NOT_DONE : StageFact.NOT_RECORDED);
    LegalContext legal = implementation.legalContext();
    flag(
        into,
        StageFact.LEGAL_CONTEXT_KNOWN,
        !legal.knownActs().isEmpty() || !legal.strategies().isEmpty());
    // Optionals unwrapped where they are got: kcs-core's getters make a new one on every call.
    ScaleDecision scale = implementation.scaleDecision().orElse(null);
    flag(into, StageFact.SCALE_DECIDED, scale != null);

    HostInstitution host = implementation.host();
    int suitable = 0;
    ImmutableList<Room> rooms = host.rooms();
    for (int i = 0; i < rooms.size(); i++) {
      if (isSuitable(rooms.get(i))) {
        suitable++;
      }
    }
    set(into, StageFact.SUITABLE_ROOMS, suitable);
    // A look-up per item the method names: iterating the host's set costs more than the ten
    // look-ups, and an enum set answers "all required there?" in one instruction.
    ImmutableSet<Equipment> equipment = host.equipment();
    set(
        into,
        StageFact.MISSING_REQUIRED_EQUIPMENT,
        equipment.containsAll(REQUIRED_EQUIPMENT) ? 0 : absent(equipment, REQUIRED_ITEMS));
    // No refreshment at all (the common case) is one instruction too: all the host has is
    // something else.
    set(
        into,
        StageFact.REFRESHMENTS,
        NOT_REFRESHMENTS.containsAll(equipment)
            ? 0
            : REFRESHMENT_ITEMS.length - absent(equipment, REFRESHMENT_ITEMS));

    int appointed = 0;
    int unmotivated = 0;
    int unsupervised = 0;
    int inexperienced = 0;
    ImmutableList<Animator> staff = implementation.animators();
    for (int i = 0; i < staff.size(); i++) {
      Animator animator = staff.get(i);
      if (animator.duty() == AnimatorDuty.DEDICATED_PART_OF_POST) {
        appointed++;
      }
      if (!animator.ownMotivation()) {
        unmotivated++;
      }
      if (!animator.hasRegularSupervision()) {
        unsupervised++;
      }
      if (animator.experience().isEmpty()) {
        inexperienced++;
      }
    }
    set(into, StageFact.ANIMATORS, staff.size());
    set(into, StageFact.APPOINTED_ANIMATORS, appointed);
    set(into, StageFact.ANIMATORS_BY_THE_WAY, staff.size() - appointed);
    set(into, StageFact.ANIMATORS_WITHOUT_MOTIVATION, unmotivated);
    set(into, StageFact.ANIMATORS_WITHOUT_SUPERVISION, unsupervised);
    set(into, StageFact.ANIMATORS_WITHOUT_EXPERIENCE, inexperienced);
    Fte totalPost = implementation.totalAnimatorPost();
    // Only the rule about more than two animators reads it; postAboveHalf() works it out itself
    // for fewer.
    flag(into, StageFact.POST_ABOVE_HALF, staff.size() > 2 && isAboveHalf(totalPost));

    int groupCount = implementation.groups().size();
    set(into, StageFact.GROUPS, groupCount);
    set(
        into,
        StageFact.GROUPS_OVER_SCALE,
        scale != null ? Math.max(0, groupCount - scale.maxGroups()) : 0);
    // No group is over any capacity: the division is spared where there are none.
    set(
        into,
        StageFact.GROUPS_OVER_POST_CAPACITY,
        groupCount == 0 ? 0 : Math.max(0, groupCount - groupsCarried(totalPost)));

    SelfAssessment openness = implementation.selfAssessment().orElse(null);
    if (openness != null) {
      flag(into, StageFact.SELF_ASSESSED, true);
      set(
          into,
          StageFact.OPEN_START_MISSING,
          missing(openness, OpeningPractice.startingConditions()));
      set(into, StageFact.OPEN_TEAM_PRACTICES_MISSING, missing(openness, TEAM_PRACTICES));
    }
  }

  /** The facts stage 2's rules read: training, partners, recruitment; into {@code into}. */
  private void inauguration(int[] into) {
    int noTheory = 0;
    int noPractice = 0;
    int untrained = 0;
    boolean expertTraining = false;
    ImmutableList<Animator> staff = implementation.animators();
    for (int i = 0; i < staff.size(); i++) {
      boolean theory = false;
      boolean practice = false;
      ImmutableList<Training> trainings = staff.get(i).trainings();
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
    }
    set(into, StageFact.ANIMATORS_WITHOUT_THEORY, noTheory);
    set(into, StageFact.ANIMATORS_WITHOUT_PRACTICE, noPractice);
    set(into, StageFact.ANIMATORS_WITHOUT_TRAINING, untrained);
    flag(into, StageFact.EXPERT_BY_EXPERIENCE_TRAINING, expertTraining);

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
    set(into, StageFact.INVITED_PARTNERS, invited);
    set(into, StageFact.INVITED_PARTNER_KINDS, kinds);

    int recruited = 0;
    int unmatched = 0;
    ImmutableList<SelfHelpGroup> allGroups = implementation.groups();
    for (int i = 0; i < allGroups.size(); i++) {
      SelfHelpGroup group = allGroups.get(i);
      if (group.recruitedThrough().isPresent()) {
        recruited++;
      }
      if (!PartnerNeeds.isMet(group, kinds)) {
        unmatched++;
      }
    }
    set(into, StageFact.RECRUITED_GROUPS, recruited);
    set(into, StageFact.GROUPS_WITHOUT_MATCHING_PARTNER, unmatched);
  }

  /**
   * The facts stage 3's rules read: the groups' own rules and successes, safe rooms, models; into
   * {@code into}.
   */
  private void operation(int[] into) {
    flag(
        into,
        StageFact.IN_INSTITUTION_STRATEGY,
        implementation
            .legalContext()
            .isProgrammeWrittenInto(StrategyKind.INSTITUTION_STRATEGY_AND_MISSION));
    int safe = 0;
    ImmutableList<Room> rooms = implementation.host().rooms();
    for (int i = 0; i < rooms.size(); i++) {
      Room room = rooms.get(i);
      if (isSuitable(room) && room.has(RoomFeature.SAFE)) {
        safe++;
      }
    }
    set(into, StageFact.SAFE_COMFORTABLE_ROOMS, safe);
    int withoutRules = 0;
    int successful = 0;
    ImmutableList<SelfHelpGroup> allGroups = implementation.groups();
    for (int i = 0; i < allGroups.size(); i++) {
      SelfHelpGroup group = allGroups.get(i);
      if (group.rules().isEmpty() || !group.rules().get().formulatedWithParticipants()) {
        withoutRules++;
      }
      if (group.maturity().isAtLeast(GroupMaturity.RUNNING_ITSELF)) {
        successful++;
      }
    }
    set(into, StageFact.GROUPS_WITHOUT_PARTICIPANT_RULES, withoutRules);
    set(into, StageFact.SUCCESSFUL_GROUPS, successful);
    set(
        into,
        StageFact.GROUPS_WITHOUT_MODEL,
        modelPlan.isPresent() ? modelPlan.get().groupsWithoutModel().size() : StageFact.UNKNOWN);
  }

  /** The value of {@code fact}, working out its stage's facts first where they are not yet. */
  int value(StageFact fact) {
    int index = fact.ordinal();
    return index < values.length ? values[index] : lateValue(fact);
  }

  /** The value of a fact of a stage after the institution's, worked out when first asked for. */
  private int lateValue(StageFact fact) {
    int bit = 1 << fact.section().ordinal();
    int[] later = (late & bit) != 0 ? lateValues : workOut(fact.section());
    return requireNonNull(later)[fact.ordinal()];
  }

  private synchronized int[] workOut(Stage section) {
    int done = late;
    int bit = 1 << section.ordinal();
    int[] later = lateValues;
    if (later == null) {
      later = new int[StageFact.COUNT];
      lateValues = later;
    }
    if ((done & bit) == 0) {
      if (section == Stage.INAUGURATION) {
        inauguration(later);
      } else {
        operation(later);
      }
      // The volatile write publishes the values written above to every later reader.
      late = done | bit;
    }
    return later;
  }

  private static int[] eagerCounts() {
    int[] counts = new int[Stage.values().length];
    for (Stage each : Stage.values()) {
      counts[each.ordinal()] = StageFact.countThrough(each);
    }
    return counts;
  }

  private static int missing(SelfAssessment openness, List<OpeningPractice> practices) {
    int missing = 0;
    for (int i = 0; i < practices.size(); i++) {
      if (!openness.isInPlace(practices.get(i))) {
        missing++;
      }
    }
    return missing;
  }

  /** Whether {@code post} exceeds half a post; in longs where the fraction fits, as it always does. */
  private static boolean isAboveHalf(Fte post) {
    BigInteger numerator = post.numerator();
    BigInteger denominator = post.denominator();
    if (numerator.bitLength() < 31 && denominator.bitLength() < 31) {
      return 2L * numerator.intValue() > denominator.intValue();
    }
    return post.compareTo(HALF) > 0;
  }

  /**
   * How many groups the animators' posts carry together: {@link
   * LibraryDefaults#GROUPS_PER_FULL_POST} per full post, rounded down (a kcs default, not the
   * method's). Exact: the post is a fraction, never a double.
   */
  static int groupsCarried(Fte totalPost) {
    BigInteger numerator = totalPost.numerator();
    BigInteger denominator = totalPost.denominator();
    long perPost = LibraryDefaults.GROUPS_PER_FULL_POST.value();
    if (numerator.bitLength() < 31
        && denominator.bitLength() < 31
        && perPost >= 0
        && perPost < (1 << 30)) {
      // Exact in longs: an int times a count below 2^30 cannot overflow.
      return (int)
          Math.min(Integer.MAX_VALUE, numerator.intValue() * perPost / denominator.intValue());
    }
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
    // The offer unwrapped at once: an Optional handed on is an object made per assessment.
    return new StageFacts(implementation, implementation.offer().orElse(null));
  }

  /**
   * The facts of {@code implementation} of an institution that can give groups {@code offer}, which
   * takes the place of the offer the implementation declares, if any.
   */
  public static StageFacts of(KcsImplementation implementation, InstitutionOffer offer) {
    return new StageFacts(
        requireNonNull(implementation, "implementation"), requireNonNull(offer, "offer"));
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
    return value(StageFact.GROUPS_WITHOUT_MODEL);
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
    return (value(StageFact.RECORDED_STEPS) & (1 << step.ordinal())) != 0;
  }

  /** Whether {@code step} is recorded as done. */
  public boolean isRecordedDone(Step step) {
    return (value(StageFact.DONE_STEPS) & (1 << step.ordinal())) != 0;
  }

  int[] values() {
    return values;
  }

  private static void set(int[] into, StageFact fact, int value) {
    into[fact.ordinal()] = value;
  }

  private static void flag(int[] into, StageFact fact, boolean value) {
    into[fact.ordinal()] = value ? 1 : 0;
  }

  private static ImmutableSet<Equipment> equipment(boolean required) {
    EnumSet<Equipment> items = EnumSet.noneOf(Equipment.class);
    for (Equipment item : Equipment.values()) {
      if (required ? item.kcsRequirement() == Requirement.REQUIRED : item.isRefreshment()) {
        items.add(item);
      }
    }
    return Sets.immutableEnumSet(items);
  }

  /** How many of {@code items} {@code available} lacks. */
  private static int absent(ImmutableSet<Equipment> available, Equipment[] items) {
    int absent = 0;
    for (int i = 0; i < items.length; i++) {
      if (!available.contains(items[i])) {
        absent++;
      }
    }
    return absent;
  }

  /** Whether any legal act or local strategy is known (KCS-S1A). */
  public boolean legalContextKnown() {
    return value(StageFact.LEGAL_CONTEXT_KNOWN) > 0;
  }

  /** Whether the KCS is written into the institution's strategy and mission (KCS-S1A). */
  public boolean inInstitutionStrategy() {
    return value(StageFact.IN_INSTITUTION_STRATEGY) > 0;
  }

  /** Whether the scale of support is decided (KCS-S1B-SCALE). */
  public boolean scaleDecided() {
    return value(StageFact.SCALE_DECIDED) > 0;
  }

  /** Rooms (not field points) that are comfortable and non-walk-through (KCS-S1B-PREMISES). */
  public int suitableRooms() {
    return value(StageFact.SUITABLE_ROOMS);
  }

  /** Suitable rooms that are also safe (KCS-REM-SPACE). */
  public int safeComfortableRooms() {
    return value(StageFact.SAFE_COMFORTABLE_ROOMS);
  }

  /** Items the KCS method requires that the host lacks (KCS-S1B-EQUIPMENT). */
  public int missingRequiredEquipment() {
    return value(StageFact.MISSING_REQUIRED_EQUIPMENT);
  }

  /** Refreshments available (KCS-S1B-EQUIPMENT: optional). */
  public int refreshments() {
    return value(StageFact.REFRESHMENTS);
  }

  /** All animators. */
  public int animators() {
    return value(StageFact.ANIMATORS);
  }

  /** Animators with a dedicated part of a post (KCS-S1B-ANIMATORS, KCS-REM-FTE). */
  public int appointedAnimators() {
    return value(StageFact.APPOINTED_ANIMATORS);
  }

  /** Animators doing the role "by the way" (KCS-S1B-ANIMATORS). */
  public int animatorsByTheWay() {
    return value(StageFact.ANIMATORS_BY_THE_WAY);
  }

  /** Animators without own motivation (KCS-REM-PEOPLE). */
  public int animatorsWithoutMotivation() {
    return value(StageFact.ANIMATORS_WITHOUT_MOTIVATION);
  }

  /** Animators without regular supervision (KCS-S1B-SUPERVISION). */
  public int animatorsWithoutRegularSupervision() {
    return value(StageFact.ANIMATORS_WITHOUT_SUPERVISION);
  }

  /** Animators with no theory training (KCS-S2B). */
  public int animatorsWithoutTheory() {
    return value(StageFact.ANIMATORS_WITHOUT_THEORY);
  }

  /** Animators with no practical-skills training (KCS-S2B). */
  public int animatorsWithoutPractice() {
    return value(StageFact.ANIMATORS_WITHOUT_PRACTICE);
  }

  /** Whether any animator was trained by an expert by experience (KCS-S2B). */
  public boolean expertByExperienceTraining() {
    return value(StageFact.EXPERT_BY_EXPERIENCE_TRAINING) > 0;
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
    return value(StageFact.ANIMATORS_WITHOUT_TRAINING);
  }

  /** Animators with no recorded experience of running meetings, group or workshop work (KCS-S1B-ANIMATORS). */
  public int animatorsWithoutExperience() {
    return value(StageFact.ANIMATORS_WITHOUT_EXPERIENCE);
  }

  /** Groups beyond the scale the institution decided on (KCS-S1B-SCALE); 0 without a decision. */
  public int groupsOverScale() {
    return value(StageFact.GROUPS_OVER_SCALE);
  }

  /**
   * Groups beyond what the animators' posts carry at {@link LibraryDefaults#GROUPS_PER_FULL_POST}
   * groups a full post (KCS-REM-FTE; a kcs default, not the method's).
   */
  public int groupsOverPostCapacity() {
    return value(StageFact.GROUPS_OVER_POST_CAPACITY);
  }

  /** Whether all animators together have more than half a post (KCS-REM-FTE). */
  public boolean postAboveHalf() {
    return animators() > 2
        ? value(StageFact.POST_ABOVE_HALF) > 0
        : isAboveHalf(implementation.totalAnimatorPost());
  }

  /** Partners at least invited (KCS-S2A). */
  public int invitedPartners() {
    return value(StageFact.INVITED_PARTNERS);
  }

  /** Groups. */
  public int groups() {
    return value(StageFact.GROUPS);
  }

  /** Groups recruited through one of the three channels (KCS-S2C). */
  public int recruitedGroups() {
    return value(StageFact.RECRUITED_GROUPS);
  }

  /** Groups without rules formulated with their participants (KCS-REM-RULES). */
  public int groupsWithoutParticipantRules() {
    return value(StageFact.GROUPS_WITHOUT_PARTICIPANT_RULES);
  }

  /** Groups whose needs no invited partner matches (KCS-S2A). */
  public int groupsWithoutMatchingPartner() {
    return value(StageFact.GROUPS_WITHOUT_MATCHING_PARTNER);
  }

  /** Groups that run themselves or are independent: the first successes. */
  public int successfulGroups() {
    return value(StageFact.SUCCESSFUL_GROUPS);
  }

  int invitedPartnerKinds() {
    return value(StageFact.INVITED_PARTNER_KINDS);
  }

  @Override
  public String toString() {
    return "StageFacts{" + stage + ", " + animators() + " animators, " + groups() + " groups}";
  }
}
