package pl.kcs.rules.club;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pl.kcs.core.Programme;
import pl.kcs.core.Requirement;
import pl.kcs.core.club.ClubActivityForm;
import pl.kcs.core.club.ClubFormalSetUp;
import pl.kcs.core.club.ClubGoal;
import pl.kcs.core.club.ClubValue;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.core.group.BeneficiaryCategory;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
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
import pl.kcs.core.partner.Partner;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.partner.PartnerKind;
import pl.kcs.core.partner.PartnerStatus;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.ClubAnimatorTask;
import pl.kcs.core.people.Coordinator;
import pl.kcs.core.people.CoordinatorDuty;
import pl.kcs.core.people.ExpertKind;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.StaffId;

/**
 * The self-help club of a municipal social-assistance centre that meets every requirement of the
 * KS model (KS-FORMAL … KS-PARTNERS), less the given {@link ClubGap gaps}: set up by an order, two
 * animators, a coordinator on ½ post, an accessible club room and a field point, open Monday 8–11
 * and Thursday 15–18 (exactly 6 hours, half in the morning), a single mothers' support group, and
 * a partner of every key kind.
 */
final class ClubFixture {

  static final String CENTRE = "Miejski Ośrodek Pomocy Społecznej w Lipowie";
  static final String ROOM = "sala klubowa";
  static final String FIELD_POINT = "punkt w świetlicy osiedlowej";
  static final String STRATEGY = "Gminna strategia rozwiązywania problemów społecznych 2021–2027";
  static final String GROUP = "Grupa wsparcia samotnych matek";
  static final String NEIGHBOURS = "Sąsiedzi z Zielonego Osiedla";
  static final String OPENING_HOURS = "MONDAY 08:00-11:00, THURSDAY 15:00-18:00";

  private ClubFixture() {}

  /** A complete club. */
  static SelfHelpClub complete() {
    return with(EnumSet.noneOf(ClubGap.class));
  }

  /** A club lacking {@code gap}. */
  static SelfHelpClub lacking(ClubGap gap) {
    return with(EnumSet.of(gap));
  }

  /** A club lacking every gap of {@code gaps}. */
  static SelfHelpClub with(Set<ClubGap> gaps) {
    SelfHelpClub.Builder club =
        SelfHelpClub.builder()
            .host(centre(gaps))
            .formalSetUp(formal(gaps))
            .legalContext(legal(gaps))
            .teamKnowsIdea(!gaps.contains(ClubGap.TEAM_UNAWARE))
            .addAllAnimators(animators(gaps));
    if (!gaps.contains(ClubGap.NO_COORDINATOR)) {
      club.coordinator(coordinator(gaps));
    }
    if (!gaps.contains(ClubGap.NO_EXPERTS)) {
      club.addExperts(ExpertKind.PSYCHOLOGIST, ExpertKind.CAREER_ADVISER);
    }
    for (ClubGoal goal : ClubGoal.values()) {
      boolean missing =
          (goal == ClubGoal.STRENGTHEN_GROUPS && gaps.contains(ClubGap.NO_GROUPS_GOAL))
              || (goal == ClubGoal.SELF_BELIEF && gaps.contains(ClubGap.SELF_BELIEF_GOAL_MISSING));
      if (!missing) {
        club.addGoals(goal);
      }
    }
    for (ClubValue value : ClubValue.values()) {
      if (value != ClubValue.PARTNERSHIP || !gaps.contains(ClubGap.PARTNERSHIP_VALUE_MISSING)) {
        club.addValues(value);
      }
    }
    if (!gaps.contains(ClubGap.NO_GROUP_FORMS)) {
      club.addActivityForms(ClubActivityForm.SELF_HELP_GROUPS, ClubActivityForm.SUPPORT_GROUPS);
    }
    club.addActivityForms(ClubActivityForm.COUNSELLING, ClubActivityForm.SERVICE_EXCHANGE);
    if (!gaps.contains(ClubGap.NO_BENEFICIARIES)) {
      club.addBeneficiaries(
          BeneficiaryCategory.UNEMPLOYED,
          BeneficiaryCategory.SINGLE_MOTHERS,
          BeneficiaryCategory.PEOPLE_WITH_DISABILITIES);
    }
    boolean animators = !gaps.contains(ClubGap.NO_ANIMATORS);
    club.addGroups(
        group(
            "samotne-matki",
            GROUP,
            TargetGroup.SOCIAL_PROBLEMS,
            TargetSubgroup.SINGLE_PARENTS,
            animators));
    if (gaps.contains(ClubGap.NEIGHBOURHOOD_GROUP)) {
      club.addGroups(group("sasiedzi", NEIGHBOURS, TargetGroup.LOCAL_COMMUNITY, null, animators));
    }
    club.addAllPartners(partners(gaps));
    if (!gaps.contains(ClubGap.HOURS_NOT_RECORDED)) {
      club.openingHours(
          WeeklySchedule.parse(
              gaps.contains(ClubGap.HOURS_ONLY_IN_THE_MORNING)
                  ? "MONDAY 08:00-11:00, THURSDAY 09:00-12:00"
                  : OPENING_HOURS));
    }
    return club.build();
  }

  private static HostInstitution centre(Set<ClubGap> gaps) {
    HostInstitution.Builder centre =
        HostInstitution.builder().name(CENTRE).kind(HostKind.SOCIAL_ASSISTANCE_CENTRE);
    if (!gaps.contains(ClubGap.ONLY_FIELD_POINT)) {
      Room.Builder room = Room.builder().name(ROOM).kind(RoomKind.MEETING_ROOM).capacity(15);
      room.addFeatures(RoomFeature.COMFORTABLE);
      if (!gaps.contains(ClubGap.ROOM_NOT_ACCESSIBLE)) {
        room.addFeatures(RoomFeature.ACCESSIBLE);
      }
      centre.addRooms(room.build());
    }
    if (!gaps.contains(ClubGap.NO_FIELD_POINT)) {
      centre.addRooms(
          Room.builder().name(FIELD_POINT).kind(RoomKind.FIELD_MEETING_POINT).capacity(10).build());
    }
    for (Equipment item : Equipment.values()) {
      Requirement requirement = item.requirementFor(Programme.KS);
      boolean wanted =
          (requirement == Requirement.REQUIRED && !gaps.contains(ClubGap.NO_FURNITURE))
              || (requirement == Requirement.RECOMMENDED
                  && !(item == Equipment.PROJECTOR && gaps.contains(ClubGap.NO_PROJECTOR)));
      if (wanted) {
        centre.addEquipment(item);
      }
    }
    return centre.build();
  }

  private static ClubFormalSetUp formal(Set<ClubGap> gaps) {
    ClubFormalSetUp.Builder formal =
        ClubFormalSetUp.builder().separateUnit(!gaps.contains(ClubGap.NOT_SEPARATE_UNIT));
    if (!gaps.contains(ClubGap.NO_ORDER)) {
      formal.establishedByOrderOn(LocalDate.of(2023, 3, 1));
    }
    return formal.build();
  }

  private static LegalContext legal(Set<ClubGap> gaps) {
    LegalContext.Builder legal = LegalContext.builder();
    if (!gaps.contains(ClubGap.SOCIAL_ASSISTANCE_ACT_UNKNOWN)) {
      legal.addKnownActs(LegalAct.SOCIAL_ASSISTANCE_ACT);
    }
    if (!gaps.contains(ClubGap.SOBRIETY_ACT_UNKNOWN)) {
      legal.addKnownActs(LegalAct.SOBRIETY_ACT);
    }
    legal.addKnownActs(LegalAct.PUBLIC_BENEFIT_AND_VOLUNTEERING_ACT);
    legal.addStrategies(
        LocalStrategy.builder()
            .kind(StrategyKind.SOCIAL_PROBLEMS_STRATEGY)
            .title(STRATEGY)
            .programmeWrittenIn(!gaps.contains(ClubGap.NOT_IN_STRATEGY))
            .build());
    return legal.build();
  }

  private static Coordinator coordinator(Set<ClubGap> gaps) {
    Coordinator.Builder coordinator =
        Coordinator.builder()
            .id(StaffId.of("koordynator-1"))
            .postFraction(PostFraction.HALF)
            .employedAtCentre(true)
            .clubInWrittenDuties(!gaps.contains(ClubGap.COORDINATOR_DUTIES_UNWRITTEN))
            .addDuties(CoordinatorDuty.SUPERVISE_AND_MONITOR, CoordinatorDuty.DEVELOP_CLUB);
    if (!gaps.contains(ClubGap.COORDINATOR_NOT_ORGANISING_GROUPS)) {
      coordinator.addDuties(CoordinatorDuty.ORGANISE_GROUPS);
    }
    return coordinator.build();
  }

  private static List<Animator> animators(Set<ClubGap> gaps) {
    List<Animator> animators = new ArrayList<>();
    if (gaps.contains(ClubGap.NO_ANIMATORS)) {
      return animators;
    }
    animators.add(
        animator("anim-1")
            .addClubTasks(ClubAnimatorTask.START_NEW_GROUPS, ClubAnimatorTask.RUN_FIRST_MEETINGS)
            .build());
    Animator.Builder second = animator("anim-2");
    if (!gaps.contains(ClubGap.NO_ONE_GIVES_INFORMATION)) {
      second.addClubTasks(ClubAnimatorTask.GIVE_INFORMATION);
    }
    animators.add(second.build());
    return animators;
  }

  private static Animator.Builder animator(String id) {
    return Animator.builder()
        .id(AnimatorId.of(id))
        .postFraction(PostFraction.QUARTER)
        .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
        .ownMotivation(true);
  }

  private static SelfHelpGroup group(
      String id, String name, TargetGroup target, TargetSubgroup subgroup, boolean withAnimator) {
    SelfHelpGroup.Builder group =
        SelfHelpGroup.builder()
            .id(GroupId.of(id))
            .name(name)
            .addTargetGroups(target)
            .participantCount(7)
            .maturity(GroupMaturity.EARLY)
            .foundedOn(LocalDate.of(2023, 9, 1));
    if (subgroup != null) {
      group.addTargetSubgroups(subgroup);
    }
    if (withAnimator) {
      group.addAnimators(AnimatorId.of("anim-1"));
    }
    return group.build();
  }

  private static List<Partner> partners(Set<ClubGap> gaps) {
    PartnerStatus status =
        gaps.contains(ClubGap.NO_KEY_PARTNER_INVITED)
            ? PartnerStatus.IDENTIFIED
            : PartnerStatus.COOPERATING;
    List<Partner> partners = new ArrayList<>();
    partners.add(
        partner("fundacja", "Fundacja Pomocy Uchodźcom", PartnerKind.REFUGEE_SUPPORT, status));
    partners.add(
        partner(
            "pup",
            "Powiatowy Urząd Pracy w Lipowie",
            PartnerKind.LABOUR_MARKET_INSTITUTION,
            status));
    partners.add(
        partner(
            "poradnia", "Poradnia Zdrowia Psychicznego", PartnerKind.HEALTH_INSTITUTION, status));
    partners.add(partner("gmina", "Urząd Gminy Lipowo", PartnerKind.LOCAL_GOVERNMENT_UNIT, status));
    partners.add(partner("piekarnia", "Piekarnia Kłos", PartnerKind.LOCAL_ENTREPRENEUR, status));
    partners.add(
        partner("wolontariusze", "Szkolne Koło Wolontariatu", PartnerKind.VOLUNTEERS, status));
    if (!gaps.contains(ClubGap.NO_OTHER_CLUB)) {
      partners.add(
          partner("kis", "Klub Integracji Społecznej w Brzozowie", PartnerKind.OTHER_CLUB, status));
    }
    // A partner outside the key kinds counts for nothing here.
    partners.add(
        partner(
            "dom-kultury",
            "Dom Kultury w Lipowie",
            PartnerKind.CULTURE_INSTITUTION,
            PartnerStatus.COOPERATING));
    return partners;
  }

  private static Partner partner(String id, String name, PartnerKind kind, PartnerStatus status) {
    return Partner.builder().id(PartnerId.of(id)).name(name).kind(kind).status(status).build();
  }
}
