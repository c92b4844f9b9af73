package pl.kcs.rules.club;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.kcs.core.Programme;
import pl.kcs.core.Requirement;
import pl.kcs.core.club.ClubGoal;
import pl.kcs.core.club.ClubValue;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.core.group.BeneficiaryCategory;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.core.legal.LegalAct;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.partner.PartnerKind;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.ClubAnimatorTask;
import pl.kcs.core.people.CoordinatorDuty;

/**
 * The facts the club rules read, worked out from a {@link SelfHelpClub} once: what is there and
 * what is missing, each list in a fixed order so that a report reads the same whatever the order
 * of the input. Rules of an embedding system read the same facts, and the whole {@link #club()}
 * where they need more.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClubFacts {

  /**
   * The key partners of a club (KS-PARTNERS): NGOs, labour-market institutions, public medical
   * services, local-government units, local entrepreneurs, volunteers, other self-help or
   * social-integration clubs.
   */
  public static final ImmutableSet<PartnerKind> KEY_PARTNER_KINDS =
      Sets.immutableEnumSet(
          PartnerKind.NGO,
          PartnerKind.LABOUR_MARKET_INSTITUTION,
          PartnerKind.HEALTH_INSTITUTION,
          PartnerKind.LOCAL_GOVERNMENT_UNIT,
          PartnerKind.LOCAL_ENTREPRENEUR,
          PartnerKind.VOLUNTEERS,
          PartnerKind.OTHER_CLUB);

  /** The acts behind the club's funding and volunteering (KS-LAW), besides its basis. */
  static final ImmutableSet<LegalAct> OTHER_ACTS =
      Sets.immutableEnumSet(LegalAct.SOBRIETY_ACT, LegalAct.PUBLIC_BENEFIT_AND_VOLUNTEERING_ACT);

  private final SelfHelpClub club;
  private final ImmutableList<String> ownRooms;
  private final ImmutableList<String> accessibleRooms;
  private final ImmutableList<String> fieldMeetingPoints;
  private final ImmutableSet<TargetGroup> targetGroups;
  private final ImmutableList<SelfHelpGroup> groupsOutsideBeneficiaries;
  private final ImmutableList<String> keyPartners;
  private final ImmutableSet<PartnerKind> missingKeyPartnerKinds;
  private final ImmutableSet<ClubAnimatorTask> uncoveredAnimatorTasks;

  private ClubFacts(SelfHelpClub club) {
    this.club = club;
    List<String> own = new ArrayList<>();
    List<String> accessible = new ArrayList<>();
    List<String> field = new ArrayList<>();
    for (Room room : club.host().rooms()) {
      if (room.kind() == RoomKind.FIELD_MEETING_POINT) {
        field.add(room.name());
      } else {
        own.add(room.name());
        if (room.has(RoomFeature.ACCESSIBLE)) {
          accessible.add(room.name());
        }
      }
    }
    this.ownRooms = sorted(own);
    this.accessibleRooms = sorted(accessible);
    this.fieldMeetingPoints = sorted(field);

    Set<TargetGroup> mapped = EnumSet.noneOf(TargetGroup.class);
    for (BeneficiaryCategory category : club.beneficiaries()) {
      mapped.addAll(category.targetGroups());
    }
    this.targetGroups = Sets.immutableEnumSet(mapped);
    List<SelfHelpGroup> outside = new ArrayList<>();
    for (SelfHelpGroup group : club.groups()) {
      if (!mapped.containsAll(group.targetGroups())) {
        outside.add(group);
      }
    }
    outside.sort((a, b) -> a.name().compareTo(b.name()));
    this.groupsOutsideBeneficiaries = ImmutableList.copyOf(outside);

    List<String> key = new ArrayList<>();
    Set<PartnerKind> kinds = EnumSet.noneOf(PartnerKind.class);
    for (Partner partner : club.partners()) {
      PartnerKind kind = keyKind(partner.kind());
      if (partner.status().isInvited() && KEY_PARTNER_KINDS.contains(kind)) {
        key.add(partner.name());
        kinds.add(kind);
      }
    }
    this.keyPartners = sorted(key);
    this.missingKeyPartnerKinds = Sets.immutableEnumSet(Sets.difference(KEY_PARTNER_KINDS, kinds));

    Set<ClubAnimatorTask> tasks = EnumSet.allOf(ClubAnimatorTask.class);
    for (Animator animator : club.animators()) {
      tasks.removeAll(animator.clubTasks());
    }
    this.uncoveredAnimatorTasks = Sets.immutableEnumSet(tasks);
  }

  /** The facts of {@code club}. */
  public static ClubFacts of(SelfHelpClub club) {
    return new ClubFacts(requireNonNull(club, "club"));
  }

  /**
   * The kind of key partner {@code kind} counts as: an organisation supporting refugees is an NGO
   * (library reading of KS-PARTNERS, which names NGOs in general).
   */
  static PartnerKind keyKind(PartnerKind kind) {
    return kind == PartnerKind.REFUGEE_SUPPORT ? PartnerKind.NGO : kind;
  }

  /** The club these facts are of. */
  public SelfHelpClub club() {
    return club;
  }

  /** The opening hours of the information point, if recorded (KS-HOURS). */
  public Optional<WeeklySchedule> openingHours() {
    return club.openingHours();
  }

  /** The names of the club's own rooms, meeting points in the field left out, sorted (KS-ROOM). */
  public ImmutableList<String> ownRooms() {
    return ownRooms;
  }

  /** The names of the own rooms adapted for people with disabilities, sorted (KS-ROOM). */
  public ImmutableList<String> accessibleRooms() {
    return accessibleRooms;
  }

  /** The names of the meeting points in the field, sorted (KS-ROOM). */
  public ImmutableList<String> fieldMeetingPoints() {
    return fieldMeetingPoints;
  }

  /** The KCS target groups (KCS-WHO) the club's beneficiaries (KS-WHO) map to. */
  public ImmutableSet<TargetGroup> targetGroups() {
    return targetGroups;
  }

  /**
   * The club's groups for a KCS target group that none of the club's beneficiaries maps to
   * (KS-WHO ↔ KCS-WHO), by name.
   */
  public ImmutableList<SelfHelpGroup> groupsOutsideBeneficiaries() {
    return groupsOutsideBeneficiaries;
  }

  /** The goals of the model the club has not adopted (KS-GOALS), in order. */
  public ImmutableSet<ClubGoal> missingGoals() {
    return Sets.immutableEnumSet(Sets.difference(EnumSet.allOf(ClubGoal.class), club.goals()));
  }

  /** The values of the model the club is not built on (KS-VALUES), in order. */
  public ImmutableSet<ClubValue> missingValues() {
    return Sets.immutableEnumSet(Sets.difference(EnumSet.allOf(ClubValue.class), club.values()));
  }

  /** The acts behind funding and volunteering not known (KS-LAW), in order. */
  public ImmutableSet<LegalAct> unknownOtherActs() {
    return Sets.immutableEnumSet(Sets.difference(OTHER_ACTS, club.legalContext().knownActs()));
  }

  /** The coordinator's duties of the model not assigned, in order; all of them without a coordinator (KS-PEOPLE). */
  public ImmutableSet<CoordinatorDuty> missingCoordinatorDuties() {
    Set<CoordinatorDuty> missing = EnumSet.allOf(CoordinatorDuty.class);
    club.coordinator().ifPresent(c -> missing.removeAll(c.duties()));
    return Sets.immutableEnumSet(missing);
  }

  /** The tasks of the model no animator of the club has, in order (KS-PEOPLE). */
  public ImmutableSet<ClubAnimatorTask> uncoveredAnimatorTasks() {
    return uncoveredAnimatorTasks;
  }

  /** The items the club model requires that the centre lacks (KS-EQUIPMENT). */
  public ImmutableSet<Equipment> missingRequiredEquipment() {
    return club.host().missingEquipment(Programme.KS, Requirement.REQUIRED);
  }

  /** The items the club model recommends that the centre lacks (KS-EQUIPMENT). */
  public ImmutableSet<Equipment> missingRecommendedEquipment() {
    return club.host().missingEquipment(Programme.KS, Requirement.RECOMMENDED);
  }

  /** The names of the partners of a key kind at least invited, sorted (KS-PARTNERS). */
  public ImmutableList<String> keyPartners() {
    return keyPartners;
  }

  /** The kinds of key partner not among the invited partners, in order (KS-PARTNERS). */
  public ImmutableSet<PartnerKind> missingKeyPartnerKinds() {
    return missingKeyPartnerKinds;
  }

  private static ImmutableList<String> sorted(List<String> names) {
    Collections.sort(names);
    return ImmutableList.copyOf(names);
  }

  @Override
  public String toString() {
    return "ClubFacts{" + club.host().name() + "}";
  }
}
