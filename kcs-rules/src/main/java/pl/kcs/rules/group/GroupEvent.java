package pl.kcs.rules.group;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.core.group.GroupMaturity;

/**
 * What happens in a group's life that changes its maturity, with the transition each event makes.
 *
 * <table>
 *   <caption>Transitions (from → to)</caption>
 *   <tr><th>event</th><th>forming</th><th>early</th><th>developing</th><th>running itself</th><th>independent</th></tr>
 *   <tr><td>{@link #FIRST_MEETING}</td><td>early</td><td>–</td><td>–</td><td>–</td><td>–</td></tr>
 *   <tr><td>{@link #RULES_AGREED}</td><td>–</td><td>developing</td><td>developing</td><td>–</td><td>–</td></tr>
 *   <tr><td>{@link #MET_WITHOUT_ANIMATOR}</td><td>–</td><td>–</td><td>running itself</td><td>–</td><td>–</td></tr>
 *   <tr><td>{@link #BECAME_INDEPENDENT}</td><td>–</td><td>–</td><td>–</td><td>independent</td><td>–</td></tr>
 *   <tr><td>{@link #NEWCOMERS_AFTER_BONDING}</td><td>forming</td><td>early</td><td>developing</td><td><b>developing</b></td><td>independent</td></tr>
 *   <tr><td>{@link #ANIMATOR_LOST}</td><td>forming</td><td><b>forming</b></td><td><b>early</b></td><td>running itself</td><td>independent</td></tr>
 * </table>
 *
 * A dash is an impossible transition. Bold marks the only backward moves. The forward steps come
 * from the sources; the backward ones are the library's reading, not in the source method:
 * newcomers after bonding reopen the group's rules (KCS-DIF-NEWCOMERS), so a group that met
 * without the animator goes back to {@link LibraryDefaults#NEWCOMER_SETBACK developing} (a kcs
 * default, shared with kcs-simulation) until it agrees them again — a developing group may
 * re-agree its rules and stays developing; losing its animator sets back one step a
 * group that does not yet meet without the animator, while a group that runs itself or is
 * independent goes on (KCS-EFF-SELFRUN).
 */
public enum GroupEvent implements DomainTerm {
  /** The group's first meeting took place, animated by the institution. (KCS-M2) */
  FIRST_MEETING("KCS-M2"),
  /** The group agreed (or re-agreed) its rules with its participants. (KCS-REM-RULES) */
  RULES_AGREED("KCS-REM-RULES"),
  /** The group began meeting in the premises without the animator. (KCS-EFF-SELFRUN) */
  MET_WITHOUT_ANIMATOR("KCS-EFF-SELFRUN"),
  /** The group became independent. (KCS-EFF-INDEPENDENT) */
  BECAME_INDEPENDENT("KCS-EFF-INDEPENDENT"),
  /** New people joined after the group had bonded. (KCS-DIF-NEWCOMERS) */
  NEWCOMERS_AFTER_BONDING("KCS-DIF-NEWCOMERS"),
  /** The group lost its animator, with no other to take over. (KCS-S1B-ANIMATORS) */
  ANIMATOR_LOST("KCS-S1B-ANIMATORS");

  private final FactId source;

  GroupEvent(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }

  @Override
  public String label(Locale locale) {
    return GroupLifeRules.WORDS.text(locale, "GroupEvent." + name());
  }

  /** Whether this event may move a group back (see the table above). */
  public boolean isSetback() {
    return this == NEWCOMERS_AFTER_BONDING || this == ANIMATOR_LOST;
  }

  /** The maturity this event leads to from {@code from}; empty if the transition is impossible. */
  public Optional<GroupMaturity> next(GroupMaturity from) {
    requireNonNull(from, "from");
    switch (this) {
      case FIRST_MEETING:
        return step(from, GroupMaturity.FORMING, GroupMaturity.EARLY);
      case RULES_AGREED:
        // Re-agreeing reopened rules keeps a developing group developing.
        return from == GroupMaturity.DEVELOPING
            ? Optional.of(GroupMaturity.DEVELOPING)
            : step(from, GroupMaturity.EARLY, GroupMaturity.DEVELOPING);
      case MET_WITHOUT_ANIMATOR:
        return step(from, GroupMaturity.DEVELOPING, GroupMaturity.RUNNING_ITSELF);
      case BECAME_INDEPENDENT:
        return step(from, GroupMaturity.RUNNING_ITSELF, GroupMaturity.INDEPENDENT);
      case NEWCOMERS_AFTER_BONDING:
        return Optional.of(
            from == GroupMaturity.RUNNING_ITSELF ? LibraryDefaults.NEWCOMER_SETBACK.value() : from);
      default:
        if (from == GroupMaturity.EARLY) {
          return Optional.of(GroupMaturity.FORMING);
        }
        return Optional.of(from == GroupMaturity.DEVELOPING ? GroupMaturity.EARLY : from);
    }
  }

  /** The maturity this event applies from, for a forward event; empty for a setback. */
  public Optional<GroupMaturity> appliesFrom() {
    switch (this) {
      case FIRST_MEETING:
        return Optional.of(GroupMaturity.FORMING);
      case RULES_AGREED:
        return Optional.of(GroupMaturity.EARLY);
      case MET_WITHOUT_ANIMATOR:
        return Optional.of(GroupMaturity.DEVELOPING);
      case BECAME_INDEPENDENT:
        return Optional.of(GroupMaturity.RUNNING_ITSELF);
      default:
        return Optional.empty();
    }
  }

  private static Optional<GroupMaturity> step(
      GroupMaturity from, GroupMaturity expected, GroupMaturity to) {
    return from == expected ? Optional.of(to) : Optional.empty();
  }
}
