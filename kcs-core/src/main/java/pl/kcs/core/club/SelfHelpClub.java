package pl.kcs.core.club;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.group.BeneficiaryCategory;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.Coordinator;
import pl.kcs.core.people.ExpertKind;

/**
 * A self-help club (Klub Samopomocy, KS) run inside a municipal social-assistance centre (section
 * 2 of the domain): its formal set-up (KS-FORMAL), legal basis (KS-LAW), goals (KS-GOALS), values
 * (KS-VALUES), beneficiaries (KS-WHO), forms of activity (KS-FORMS), people (KS-PEOPLE), rooms and
 * equipment (KS-ROOM, KS-EQUIPMENT), opening hours of its information point (KS-HOURS), partners
 * (KS-PARTNERS) and groups.
 *
 * <p>It shares the types of a KCS where the concepts are shared: {@link HostInstitution}, {@link
 * Animator}, {@link Partner}, {@link SelfHelpGroup}. Whether a club complies with the source is
 * answered by kcs-rules.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfHelpClub implements WithSelfHelpClub {

  SelfHelpClub() {}

  /** The social-assistance centre that runs the club, with its rooms and equipment. */
  public abstract HostInstitution host();

  /** The club's formal set-up (KS-FORMAL). */
  public abstract ClubFormalSetUp formalSetUp();

  /** Legal acts and strategies (KS-LAW, KS-FORMAL). */
  @Value.Default
  public LegalContext legalContext() {
    return LegalContext.empty();
  }

  /** Whether the whole team of the centre knows and understands the idea of the club (KS-PEOPLE). */
  public abstract boolean teamKnowsIdea();

  /** The coordinator, once appointed (KS-PEOPLE). */
  public abstract Optional<Coordinator> coordinator();

  /** The club's animators (KS-PEOPLE), each id once. */
  public abstract ImmutableList<Animator> animators();

  /** Experts the club works with (KS-PEOPLE). */
  public abstract ImmutableSet<ExpertKind> experts();

  /** The club's goals (KS-GOALS). */
  public abstract ImmutableSet<ClubGoal> goals();

  /** The values the club is built on (KS-VALUES). */
  public abstract ImmutableSet<ClubValue> values();

  /** The club's forms of activity (KS-FORMS). */
  public abstract ImmutableSet<ClubActivityForm> activityForms();

  /** Whom the club is for (KS-WHO). */
  public abstract ImmutableSet<BeneficiaryCategory> beneficiaries();

  /**
   * The weekly opening hours of the club's information point (KS-HOURS); empty when not recorded,
   * which is not the same as never open ({@link WeeklySchedule#empty()}).
   */
  public abstract Optional<WeeklySchedule> openingHours();

  /** The club's partners (KS-PARTNERS). */
  public abstract ImmutableList<Partner> partners();

  /** The groups the club hosts, each id once. */
  public abstract ImmutableList<SelfHelpGroup> groups();

  /** A builder of a self-help club. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkState(
        host().kind() == HostKind.SOCIAL_ASSISTANCE_CENTRE,
        "host kind must be SOCIAL_ASSISTANCE_CENTRE for a self-help club (KS-FORMAL), was %s",
        host().kind());
    Set<AnimatorId> animatorIds = Checks.checkDistinctIds("animators", animators(), Animator::id);
    Set<GroupId> groupIds = new HashSet<>();
    for (SelfHelpGroup group : groups()) {
      checkState(
          groupIds.add(group.id()), "groups must have distinct ids, was %s twice", group.id());
      for (AnimatorId animator : group.animators()) {
        checkState(
            animatorIds.contains(animator),
            "group %s names animator %s, who is not among the club's animators",
            group.id(),
            animator);
      }
    }
  }

  /** Builds a {@link SelfHelpClub}; host, formal set-up and whether the team knows the idea are required. */
  public static final class Builder extends ImmutableSelfHelpClub.Builder {
    Builder() {}
  }
}
