package pl.kcs.rules.models;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.host.Room;

/**
 * The facts model selection reads: one self-help group and what the institution can offer
 * (KCS-S3: the model depends on the institution's resources and on the group's needs and
 * maturity), with the derived facts the built-in rules share. Rules of an embedding system read
 * the same facts.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelFacts {

  /** What KCS-M2 helps a group agree: goals, rules and a contract. */
  private static final ImmutableSet<RulesElement> M2_AGREEMENTS =
      Sets.immutableEnumSet(RulesElement.GOALS, RulesElement.RULES, RulesElement.CONTRACT);

  private final SelfHelpGroup group;
  private final InstitutionOffer offer;
  private final ImmutableSet<RulesElement> missingAgreements;
  private final ImmutableSet<CulturalNeed> needs;
  private final ImmutableSet<CulturalNeed> needsWithMeans;
  private final Optional<ImmutableList<Room>> rooms;

  private ModelFacts(
      SelfHelpGroup group, InstitutionOffer offer, Optional<ImmutableList<Room>> rooms) {
    this.group = group;
    this.offer = offer;
    this.rooms = rooms;
    Set<RulesElement> missing = EnumSet.copyOf(M2_AGREEMENTS);
    if (hasRulesAgreedWithParticipants()) {
      GroupRules rules = group.rules().get();
      missing.removeAll(rules.elements());
      // Written regulations (regulamin, KCS-DIF-RULES) hold the rules and the contract in writing.
      if (rules.has(RulesElement.WRITTEN_REGULATIONS)) {
        missing.remove(RulesElement.RULES);
        missing.remove(RulesElement.CONTRACT);
      }
    }
    this.missingAgreements = Sets.immutableEnumSet(missing);
    this.needs = Sets.immutableEnumSet(group.culturalNeeds());
    Set<CulturalNeed> withMeans = EnumSet.noneOf(CulturalNeed.class);
    for (CulturalNeed need : group.culturalNeeds()) {
      if (hasMeansFor(need)) {
        withMeans.add(need);
      }
    }
    this.needsWithMeans = Sets.immutableEnumSet(withMeans);
  }

  /** The facts of {@code group} and {@code offer}, without the host's rooms (room rules are then unknown). */
  public static ModelFacts of(SelfHelpGroup group, InstitutionOffer offer) {
    return new ModelFacts(
        requireNonNull(group, "group"), requireNonNull(offer, "offer"), Optional.empty());
  }

  /** The facts of {@code group} and {@code offer} at a host with {@code rooms}. */
  public static ModelFacts of(SelfHelpGroup group, InstitutionOffer offer, List<Room> rooms) {
    return new ModelFacts(
        requireNonNull(group, "group"),
        requireNonNull(offer, "offer"),
        Optional.of(ImmutableList.copyOf(requireNonNull(rooms, "rooms"))));
  }

  /** The host's rooms, where known. */
  public Optional<ImmutableList<Room>> rooms() {
    return rooms;
  }

  /**
   * Whether the group runs its own meetings, whatever maturity label it carries: its members lead
   * them, it meets without the animator, or it runs itself or is independent (KCS-M1: an existing
   * peer-led group wanting a room is the typical case).
   */
  public boolean leadsOwnMeetings() {
    return runsItself() || group.meetingsLedBy() == MeetingLead.PEERS;
  }

  /** The group. */
  public SelfHelpGroup group() {
    return group;
  }

  /** What the institution can offer. */
  public InstitutionOffer offer() {
    return offer;
  }

  /** The group's maturity. */
  public GroupMaturity maturity() {
    return group.maturity();
  }

  /**
   * Whether the group already runs itself: it runs itself or is independent, or it meets without
   * the animator (KCS-M1, KCS-EFF-SELFRUN).
   */
  public boolean runsItself() {
    return group.maturity().isAtLeast(GroupMaturity.RUNNING_ITSELF)
        || group.meetsWithoutAnimatorSince().isPresent();
  }

  /** Whether the group is forming or at its early stage (KCS-M2). */
  public boolean isForming() {
    return !group.maturity().isAtLeast(GroupMaturity.DEVELOPING);
  }

  /** Whether the group has rules formulated together with its participants (KCS-REM-RULES). */
  public boolean hasRulesAgreedWithParticipants() {
    return group.rules().map(GroupRules::formulatedWithParticipants).orElse(false);
  }

  /**
   * Which of goals, rules and contract the group has not agreed with its participants (KCS-M2);
   * all three when it has no rules formulated with the participants. Written regulations
   * (KCS-DIF-RULES) count as rules and contract: the library's reading. In their enum order.
   */
  public ImmutableSet<RulesElement> missingAgreements() {
    return missingAgreements;
  }

  /** The cultural needs the group has stated (KCS-M3), in their enum order. */
  public ImmutableSet<CulturalNeed> culturalNeeds() {
    return needs;
  }

  /** The stated cultural needs the institution has the means for (KCS-M3), in their enum order. */
  public ImmutableSet<CulturalNeed> needsWithMeans() {
    return needsWithMeans;
  }

  /**
   * Whether the institution has the means for {@code need} (KCS-M3): its own programme for taking
   * part in its programme; own or external instructors for art therapy; help with outings for
   * outings; help with outings or its own programme for cultural events the group chooses. The
   * pairing is the library's reading of the source's sub-list.
   */
  public boolean hasMeansFor(CulturalNeed need) {
    switch (requireNonNull(need, "need")) {
      case INSTITUTION_PROGRAMME:
        return offer.has(InstitutionCapability.CULTURAL_PROGRAMME);
      case ART_THERAPY:
        return offer.hasArtTherapy();
      case OUTINGS:
        return offer.has(InstitutionCapability.OUTINGS_AND_GROUP_TICKETS);
      default:
        return offer.has(InstitutionCapability.OUTINGS_AND_GROUP_TICKETS)
            || offer.has(InstitutionCapability.CULTURAL_PROGRAMME);
    }
  }

  /** Whether the group has stated {@code need}. */
  public boolean hasStated(CulturalNeed need) {
    return needs.contains(requireNonNull(need, "need"));
  }

  @Override
  public String toString() {
    return "ModelFacts{" + group.id() + ", " + group.maturity() + ", " + offer + "}";
  }
}
