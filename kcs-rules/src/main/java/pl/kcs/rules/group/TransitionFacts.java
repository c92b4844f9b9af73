package pl.kcs.rules.group;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.SelfHelpGroup;

/**
 * The facts a transition's guard rules read: the group before the event, the event, its date and
 * the bonding period in force (KCS-DIF-NEWCOMERS).
 *
 * <p>Immutable and thread-safe.
 */
public final class TransitionFacts {

  private final SelfHelpGroup group;
  private final GroupEvent event;
  private final LocalDate on;
  private final Period bondingPeriod;

  TransitionFacts(SelfHelpGroup group, GroupEvent event, LocalDate on, Period bondingPeriod) {
    this.group = group;
    this.event = event;
    this.on = on;
    this.bondingPeriod = bondingPeriod;
  }

  /** The group before the event. */
  public SelfHelpGroup group() {
    return group;
  }

  /** The event. */
  public GroupEvent event() {
    return event;
  }

  /** When it happened. */
  public LocalDate on() {
    return on;
  }

  /** How long after its founding a group counts as bonded (KCS-DIF-NEWCOMERS). */
  public Period bondingPeriod() {
    return bondingPeriod;
  }

  /** The maturity the event leads to; empty if the transition is impossible. */
  public Optional<GroupMaturity> nextMaturity() {
    return event.next(group.maturity());
  }

  /** Whether the group has rules formulated with its participants (KCS-REM-RULES). */
  public boolean hasRulesAgreedWithParticipants() {
    return group.rules().map(GroupRules::formulatedWithParticipants).orElse(false);
  }

  /** The day from which the group counts as bonded; empty if its founding date is not recorded. */
  public Optional<LocalDate> bondedOn() {
    return group.foundedOn().map(founded -> founded.plus(bondingPeriod));
  }

  /**
   * Whether the group leads its own meetings and sets its own agenda: its members, or a
   * professional who belongs through own experience (MA-AUTONOMY).
   */
  public boolean leadsItself() {
    return isOwn(group.meetingsLedBy()) && isOwn(group.agendaSetBy());
  }

  static boolean isOwn(MeetingLead lead) {
    return requireNonNull(lead, "lead") == MeetingLead.PEERS
        || lead == MeetingLead.PROFESSIONAL_WITH_OWN_EXPERIENCE;
  }

  @Override
  public String toString() {
    return "TransitionFacts{"
        + group.id()
        + ", "
        + group.maturity()
        + ", "
        + event
        + ", "
        + on
        + "}";
  }
}
