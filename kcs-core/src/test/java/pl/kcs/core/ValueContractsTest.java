package pl.kcs.core;

import static pl.kcs.core.fixtures.Fixtures.FIRST_ANIMATOR;
import static pl.kcs.core.fixtures.Fixtures.REFERENCE_DATE;
import static pl.kcs.core.fixtures.Fixtures.SECOND_ANIMATOR;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.kcs.core.club.ClubFormalSetUp;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.fixtures.CoreContracts;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupLinkKind;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.MemberRelation;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.legal.LegalAct;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.legal.LocalStrategy;
import pl.kcs.core.legal.StrategyKind;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.partner.PartnerStatus;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.Coordinator;
import pl.kcs.core.people.Fte;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.StaffId;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.people.TrainerKind;
import pl.kcs.core.people.Training;
import pl.kcs.core.people.TrainingKind;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.ScaleDecision;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.core.stage.StepRecord;

/**
 * Contract tests of every kcs-core value type (STYLE 17): equal values are equal with equal hash
 * codes, unequal ones are not, and every public factory and method rejects a null argument with a
 * {@link NullPointerException}.
 */
class ValueContractsTest {

  private final NullPointerTester nulls = CoreContracts.nullPointerTester();

  @Test
  void post_fraction() {
    new EqualsTester()
        .addEqualityGroup(
            PostFraction.QUARTER,
            PostFraction.of(1, 4),
            PostFraction.of(25, 100),
            PostFraction.parse("0.25"))
        .addEqualityGroup(PostFraction.HALF, PostFraction.ofDecimal(new BigDecimal("0.50")))
        .addEqualityGroup(PostFraction.FULL, PostFraction.of(3, 3))
        .addEqualityGroup(PostFraction.of(1, 3))
        .addEqualityGroup(Fte.of(1, 3))
        .testEquals();
    nulls.testAllPublicStaticMethods(PostFraction.class);
    nulls.testAllPublicInstanceMethods(PostFraction.of(2, 3));
  }

  @Test
  void fte() {
    new EqualsTester()
        .addEqualityGroup(
            Fte.of(1, 2), Fte.of(2, 4), PostFraction.HALF.toFte(), Fte.ZERO.plus(PostFraction.HALF))
        .addEqualityGroup(Fte.ZERO, Fte.of(0, 5))
        .addEqualityGroup(Fte.of(3, 2))
        .addEqualityGroup(Fte.of(2, 3))
        .testEquals();
    nulls.testAllPublicStaticMethods(Fte.class);
    nulls.testAllPublicInstanceMethods(Fte.of(3, 2));
  }

  @Test
  void fact_id() {
    new EqualsTester()
        .addEqualityGroup(FactId.of("KCS-WHO"), FactId.of("KCS-WHO"))
        .addEqualityGroup(FactId.of("KS-WHO"))
        .testEquals();
    nulls.testAllPublicStaticMethods(FactId.class);
    nulls.testAllPublicInstanceMethods(FactId.of("KCS-WHO"));
  }

  @Test
  void identifiers_equal_only_ids_of_the_same_kind_and_text() {
    new EqualsTester()
        .addEqualityGroup(AnimatorId.of("x-1"), AnimatorId.of("x-1"))
        .addEqualityGroup(AnimatorId.of("X-1"))
        .addEqualityGroup(StaffId.of("x-1"), StaffId.of("x-1"))
        .addEqualityGroup(GroupId.of("x-1"), GroupId.of("x-1"))
        .addEqualityGroup(PartnerId.of("x-1"), PartnerId.of("x-1"))
        .addEqualityGroup(MemberId.of("x-1"), MemberId.of("x-1"))
        .addEqualityGroup(MemberId.of("x-2"))
        .testEquals();
    for (Object id :
        new Object[] {
          AnimatorId.of("a"), StaffId.of("s"), GroupId.of("g"), PartnerId.of("p"), MemberId.of("m")
        }) {
      nulls.testAllPublicStaticMethods(id.getClass().getSuperclass());
      nulls.testAllPublicInstanceMethods(id);
    }
  }

  @Test
  void training() {
    LocalDate day = LocalDate.of(2024, 1, 20);
    new EqualsTester()
        .addEqualityGroup(
            Training.of(TrainingKind.THEORY, TrainerKind.PROFESSIONAL, day),
            Training.builder()
                .kind(TrainingKind.THEORY)
                .trainer(TrainerKind.PROFESSIONAL)
                .completedOn(day)
                .build())
        .addEqualityGroup(Training.of(TrainingKind.PRACTICAL_SKILLS, TrainerKind.PROFESSIONAL, day))
        .addEqualityGroup(Training.of(TrainingKind.THEORY, TrainerKind.EXPERT_BY_EXPERIENCE, day))
        .addEqualityGroup(
            Training.of(TrainingKind.THEORY, TrainerKind.PROFESSIONAL, day.plusDays(1)))
        .addEqualityGroup(Fixtures.aTheoryTraining())
        .testEquals();
    assertNullSafe(Training.class, Fixtures.aTheoryTraining(), Training.builder());
  }

  @Test
  void supervision_arrangement() {
    new EqualsTester()
        .addEqualityGroup(
            SupervisionArrangement.none(), SupervisionArrangement.of(SupervisionFrequency.NONE))
        .addEqualityGroup(
            SupervisionArrangement.of(SupervisionFrequency.MONTHLY),
            SupervisionArrangement.builder()
                .frequency(SupervisionFrequency.MONTHLY)
                .includesGroupLeaders(false)
                .build())
        .addEqualityGroup(
            SupervisionArrangement.builder()
                .frequency(SupervisionFrequency.MONTHLY)
                .includesGroupLeaders(true)
                .build())
        .addEqualityGroup(Fixtures.monthlySupervision(), Fixtures.monthlySupervision())
        .addEqualityGroup(SupervisionArrangement.of(SupervisionFrequency.QUARTERLY))
        .testEquals();
    assertNullSafe(
        SupervisionArrangement.class,
        Fixtures.monthlySupervision(),
        SupervisionArrangement.builder());
  }

  @Test
  void animator() {
    Animator animator = Fixtures.anAnimatorReadyForStageTwo();
    new EqualsTester()
        .addEqualityGroup(
            animator,
            Fixtures.anAnimatorReadyForStageTwo(),
            animator.withPostFraction(PostFraction.of(2, 8)))
        .addEqualityGroup(Fixtures.anAnimatorReadyForStageTwo(SECOND_ANIMATOR))
        .addEqualityGroup(animator.withDuty(AnimatorDuty.BY_THE_WAY))
        .addEqualityGroup(animator.withOwnMotivation(false))
        .addEqualityGroup(animator.withSupervision(SupervisionArrangement.none()))
        .addEqualityGroup(Fixtures.aTrainedAnimator(FIRST_ANIMATOR))
        .testEquals();
    assertNullSafe(Animator.class, animator, Animator.builder());
  }

  @Test
  void coordinator() {
    Coordinator coordinator = Fixtures.aClubCoordinator();
    new EqualsTester()
        .addEqualityGroup(coordinator, Fixtures.aClubCoordinator())
        .addEqualityGroup(coordinator.withClubInWrittenDuties(false))
        .addEqualityGroup(coordinator.withPostFraction(PostFraction.QUARTER))
        .addEqualityGroup(coordinator.withDuties())
        .testEquals();
    assertNullSafe(Coordinator.class, coordinator, Coordinator.builder());
  }

  @Test
  void room_and_host_institution() {
    Room room = Fixtures.aMeetingRoom();
    new EqualsTester()
        .addEqualityGroup(room, Fixtures.aMeetingRoom())
        .addEqualityGroup(room.withCapacity(17))
        .addEqualityGroup(room.withName("sala warsztatowa"))
        .addEqualityGroup(room.withFeatures(RoomFeature.COMFORTABLE))
        .testEquals();
    assertNullSafe(Room.class, room, Room.builder());

    HostInstitution library = Fixtures.aLibrary();
    new EqualsTester()
        .addEqualityGroup(library, Fixtures.aLibrary())
        .addEqualityGroup(library.withKind(HostKind.CULTURE_HOUSE))
        .addEqualityGroup(library.withRooms())
        .addEqualityGroup(library.withEquipment())
        .addEqualityGroup(library.withName("Biblioteka Publiczna Gminy"))
        .testEquals();
    assertNullSafe(HostInstitution.class, library, HostInstitution.builder());
  }

  @Test
  void partner() {
    Partner partner = Fixtures.aRefugeeSupportNgo();
    new EqualsTester()
        .addEqualityGroup(partner, Fixtures.aRefugeeSupportNgo())
        .addEqualityGroup(partner.withId(PartnerId.of("other")))
        .addEqualityGroup(partner.withStatus(PartnerStatus.INVITED))
        .addEqualityGroup(partner.withInvitedOn(Optional.empty()))
        .addEqualityGroup(partner.withContributions())
        .testEquals();
    assertNullSafe(Partner.class, partner, Partner.builder());
  }

  @Test
  void legal_context_and_local_strategy() {
    LegalContext context = Fixtures.aLegalContextForAKcs();
    LocalStrategy strategy = context.strategies().get(0);
    new EqualsTester()
        .addEqualityGroup(strategy, Fixtures.aLegalContextForAKcs().strategies().get(0))
        .addEqualityGroup(strategy.withProgrammeWrittenIn(true))
        .addEqualityGroup(strategy.withKind(StrategyKind.ANTI_DISCRIMINATION))
        .addEqualityGroup(strategy.withAdoptedOn(Optional.empty()))
        .testEquals();
    assertNullSafe(LocalStrategy.class, strategy, LocalStrategy.builder());

    new EqualsTester()
        .addEqualityGroup(context, Fixtures.aLegalContextForAKcs())
        .addEqualityGroup(
            LegalContext.empty(),
            LegalContext.builder().build(),
            context.withKnownActs().withStrategies())
        .addEqualityGroup(context.withKnownActs(LegalAct.SOBRIETY_ACT))
        .testEquals();
    assertNullSafe(LegalContext.class, context, LegalContext.builder());
  }

  @Test
  void membership() {
    MemberId member = MemberId.of("m-1");
    Membership joined = Membership.joined(member, REFERENCE_DATE);
    new EqualsTester()
        .addEqualityGroup(
            joined,
            Membership.builder()
                .member(member)
                .joinedOn(REFERENCE_DATE)
                .relation(MemberRelation.DIRECTLY_AFFECTED)
                .build())
        .addEqualityGroup(Membership.joined(MemberId.of("m-2"), REFERENCE_DATE))
        .addEqualityGroup(joined.withRelation(MemberRelation.FAMILY_OR_CLOSE))
        .addEqualityGroup(joined.withLeftOn(REFERENCE_DATE.plusDays(1)))
        .addEqualityGroup(joined.withJoinedOn(REFERENCE_DATE.minusDays(1)))
        .testEquals();
    assertNullSafe(Membership.class, joined, Membership.builder());
  }

  @Test
  void group_rules_and_links() {
    GroupRules rules = Fixtures.aRefugeeWomenGroup().rules().orElseThrow();
    new EqualsTester()
        .addEqualityGroup(rules, Fixtures.aRefugeeWomenGroup().rules().orElseThrow())
        .addEqualityGroup(rules.withElements(RulesElement.WRITTEN_REGULATIONS))
        .addEqualityGroup(rules.withFormulatedWithParticipants(false))
        .addEqualityGroup(rules.withAgreedOn(REFERENCE_DATE))
        .testEquals();
    assertNullSafe(GroupRules.class, rules, GroupRules.builder());

    GroupLink link =
        GroupLink.of(GroupId.of("a"), GroupId.of("b"), GroupLinkKind.VISIT, REFERENCE_DATE);
    new EqualsTester()
        // A contact has no direction (MA-NETWORK): a link from b to a is the link from a to b.
        .addEqualityGroup(
            link,
            GroupLink.of(GroupId.of("a"), GroupId.of("b"), GroupLinkKind.VISIT, REFERENCE_DATE),
            GroupLink.of(GroupId.of("b"), GroupId.of("a"), GroupLinkKind.VISIT, REFERENCE_DATE))
        .addEqualityGroup(
            GroupLink.of(GroupId.of("a"), GroupId.of("c"), GroupLinkKind.VISIT, REFERENCE_DATE))
        .addEqualityGroup(link.withKind(GroupLinkKind.JOINT_PROJECT))
        .addEqualityGroup(link.withOn(REFERENCE_DATE.plusDays(1)))
        .testEquals();
    assertNullSafe(GroupLink.class, link, GroupLink.builder());
  }

  @Test
  void self_help_group() {
    SelfHelpGroup group = Fixtures.aRefugeeWomenGroup();
    new EqualsTester()
        .addEqualityGroup(group, Fixtures.aRefugeeWomenGroup())
        .addEqualityGroup(group.withParticipantCount(7))
        .addEqualityGroup(group.withMemberships())
        .addEqualityGroup(group.withLeaders())
        .addEqualityGroup(group.withMaturity(GroupMaturity.EARLY))
        .addEqualityGroup(Fixtures.aSingleParentsGroup())
        .addEqualityGroup(Fixtures.aMentalHealthPeerGroup())
        .testEquals();
    assertNullSafe(SelfHelpGroup.class, group, SelfHelpGroup.builder());
  }

  @Test
  void step_record_and_scale_decision() {
    StepRecord done = StepRecord.done(Step.S1A_ROOTING, REFERENCE_DATE);
    new EqualsTester()
        .addEqualityGroup(
            done,
            StepRecord.builder().step(Step.S1A_ROOTING).done(true).doneOn(REFERENCE_DATE).build())
        .addEqualityGroup(
            StepRecord.notDone(Step.S1A_ROOTING),
            StepRecord.builder().step(Step.S1A_ROOTING).done(false).build())
        .addEqualityGroup(done.withEvidence("Uchwała zarządu nr 12."))
        .addEqualityGroup(done.withDoneOn(Optional.empty()))
        .addEqualityGroup(StepRecord.done(Step.S1B_TEAM_CONVERSATION, REFERENCE_DATE))
        .testEquals();
    assertNullSafe(StepRecord.class, done, StepRecord.builder());

    ScaleDecision decision = Fixtures.aScaleDecision();
    new EqualsTester()
        .addEqualityGroup(decision, Fixtures.aScaleDecision())
        .addEqualityGroup(decision.withMaxGroups(4))
        .addEqualityGroup(decision.withPreferredModels())
        .addEqualityGroup(decision.withPreferredForms())
        .addEqualityGroup(decision.withDecidedOn(REFERENCE_DATE))
        .testEquals();
    assertNullSafe(ScaleDecision.class, decision, ScaleDecision.builder());
  }

  @Test
  void kcs_implementation() {
    KcsImplementation ready = Fixtures.aLibraryReadyForStageTwo();
    new EqualsTester()
        .addEqualityGroup(ready, Fixtures.aLibraryReadyForStageTwo())
        .addEqualityGroup(ready.withStage(Stage.INAUGURATION))
        .addEqualityGroup(ready.withAnimators())
        .addEqualityGroup(ready.withScaleDecision(Optional.empty()))
        .addEqualityGroup(ready.withStepRecords())
        .addEqualityGroup(ready.withLegalContext(LegalContext.empty()))
        .addEqualityGroup(Fixtures.aLibraryReadyForStageThree())
        .testEquals();
    assertNullSafe(KcsImplementation.class, ready, KcsImplementation.builder());
    nulls.testAllPublicInstanceMethods(Fixtures.aLibraryReadyForStageThree());
  }

  @Test
  void self_help_club() {
    ClubFormalSetUp setUp = Fixtures.aClubSetUpByOrder();
    new EqualsTester()
        .addEqualityGroup(setUp, Fixtures.aClubSetUpByOrder())
        .addEqualityGroup(setUp.withSeparateUnit(false))
        .addEqualityGroup(setUp.withEstablishedByOrderOn(Optional.empty()))
        .testEquals();
    assertNullSafe(ClubFormalSetUp.class, setUp, ClubFormalSetUp.builder());

    SelfHelpClub club = Fixtures.aMunicipalClub();
    new EqualsTester()
        .addEqualityGroup(club, Fixtures.aMunicipalClub())
        .addEqualityGroup(club.withTeamKnowsIdea(false))
        .addEqualityGroup(club.withCoordinator(Optional.empty()))
        .addEqualityGroup(club.withGroups())
        .addEqualityGroup(club.withLegalContext(LegalContext.empty()))
        .testEquals();
    assertNullSafe(SelfHelpClub.class, club, SelfHelpClub.builder());
  }

  @Test
  void shared_helpers_and_every_enum_reject_nulls() {
    nulls.testAllPublicStaticMethods(Checks.class);
    nulls.testAllPublicStaticMethods(Language.class);
    nulls.testAllPublicStaticMethods(LocalizedBundle.class);
    nulls.testAllPublicInstanceMethods(
        LocalizedBundle.load("pl.kcs.core.labels", getClass().getClassLoader()));
    for (Class<?> type : MainTypes.all()) {
      if (type.isEnum()) {
        nulls.testAllPublicStaticMethods(type);
        for (Object constant : type.getEnumConstants()) {
          nulls.testAllPublicInstanceMethods(constant);
        }
      }
    }
  }

  /** The public factories of {@code type}, the public methods of {@code value}, and of its builder. */
  private void assertNullSafe(Class<?> type, Object value, Object builder) {
    nulls.testAllPublicStaticMethods(type);
    nulls.testAllPublicInstanceMethods(value);
    nulls.testAllPublicInstanceMethods(builder);
  }
}
