package pl.kcs.rules.group;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Severity;

/**
 * The life of a self-help group: a state machine of its maturity, forming → early → developing →
 * running itself → independent, moved by {@link GroupEvent}s under explicit guard rules, and a
 * report of what the group's life asks of the KCS.
 *
 * <h2>Transitions</h2>
 *
 * {@link #advance(SelfHelpGroup, GroupEvent, LocalDate)} returns the group after the event, or
 * throws {@link IllegalTransitionException} with the reasons; {@link #check(SelfHelpGroup,
 * GroupEvent, LocalDate)} gives the same answer as a {@link Transition} without throwing. Where
 * each event leads from each maturity is the table of {@link GroupEvent}; the guards are rules of
 * the engine: rules formulated with the participants before the group develops and before it meets
 * on its own (KCS-REM-RULES), written regulations before a group of people with mental-health
 * disorders meets on its own (KCS-DIF-RULES), leading its own meetings and agenda before
 * independence (KCS-EFF-INDEPENDENT, MA-AUTONOMY), having bonded before newcomers can set it back
 * (KCS-DIF-NEWCOMERS). What each event changes besides the maturity: the first meeting records the
 * founding date if none (the event's date, or an earlier date already recorded on the group); agreeing rules records the date they were (re-)agreed; meeting without the
 * animator and independence record their dates; a setback to below "running itself" clears the
 * date since when the group meets without the animator; losing the animator clears the group's
 * animators. Events are applied in time order: a date before one already recorded on the group is
 * a bad argument.
 *
 * <h2>Bonding</h2>
 *
 * A group counts as bonded {@link #DEFAULT_BONDING_PERIOD four months} after it was founded: a
 * library default, not in the source method ({@link LibraryDefaults#BONDING_PERIOD}, the same as
 * the simulation's), which the user changes with {@link #withBondingPeriod(Period)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupLife {

  /** How long after its founding a group counts as bonded: library default, not in the source method. */
  public static final Period DEFAULT_BONDING_PERIOD = LibraryDefaults.BONDING_PERIOD.value();

  private static final RuleSet<GroupLifeFacts> DEFAULT_RULES =
      RuleSet.of(GroupLifeRules.defaults());
  private static final RuleSet<TransitionFacts> DEFAULT_TRANSITION_RULES =
      RuleSet.of(TransitionRules.defaults());
  private static final GroupLife DEFAULT =
      new GroupLife(DEFAULT_RULES, DEFAULT_TRANSITION_RULES, DEFAULT_BONDING_PERIOD);
  private static final Ordering<SelfHelpGroup> BY_ID =
      Ordering.natural().onResultOf(SelfHelpGroup::id);

  private final RuleSet<GroupLifeFacts> rules;
  private final RuleSet<TransitionFacts> transitionRules;
  private final Period bondingPeriod;

  private GroupLife(
      RuleSet<GroupLifeFacts> rules,
      RuleSet<TransitionFacts> transitionRules,
      Period bondingPeriod) {
    this.rules = rules;
    this.transitionRules = transitionRules;
    this.bondingPeriod = bondingPeriod;
  }

  /** Group life by the built-in rules and the default bonding period. */
  public static GroupLife withDefaults() {
    return DEFAULT;
  }

  /** The built-in group-life report rules. */
  public static RuleSet<GroupLifeFacts> defaultRules() {
    return DEFAULT_RULES;
  }

  /** The built-in guard rules of transitions. */
  public static RuleSet<TransitionFacts> defaultTransitionRules() {
    return DEFAULT_TRANSITION_RULES;
  }

  /**
   * This group life with {@code bondingPeriod} instead of the default (KCS-DIF-NEWCOMERS).
   *
   * @throws IllegalArgumentException unless the period is positive
   */
  public GroupLife withBondingPeriod(Period bondingPeriod) {
    requireNonNull(bondingPeriod, "bondingPeriod");
    checkArgument(
        !bondingPeriod.isNegative() && !bondingPeriod.isZero(),
        "bondingPeriod must be positive, was %s",
        bondingPeriod);
    return new GroupLife(rules, transitionRules, bondingPeriod);
  }

  /** This group life with {@code rules} as the report rules. */
  public GroupLife withRules(RuleSet<GroupLifeFacts> rules) {
    return new GroupLife(requireNonNull(rules, "rules"), transitionRules, bondingPeriod);
  }

  /** This group life with {@code transitionRules} as the guards of transitions. */
  public GroupLife withTransitionRules(RuleSet<TransitionFacts> transitionRules) {
    return new GroupLife(rules, requireNonNull(transitionRules, "transitionRules"), bondingPeriod);
  }

  /** The bonding period in force. */
  public Period bondingPeriod() {
    return bondingPeriod;
  }

  /** The report rules in force. */
  public RuleSet<GroupLifeFacts> rules() {
    return rules;
  }

  /** The guard rules in force. */
  public RuleSet<TransitionFacts> transitionRules() {
    return transitionRules;
  }

  /**
   * Whether {@code event} on {@code on} may move {@code group}, and where to.
   *
   * @throws IllegalArgumentException if {@code on} is before a date already recorded on the group
   */
  public Transition check(SelfHelpGroup group, GroupEvent event, LocalDate on) {
    requireNonNull(group, "group");
    requireNonNull(event, "event");
    requireNonNull(on, "on");
    checkNotBefore("foundedOn", group.foundedOn(), on);
    checkNotBefore("rules agreedOn", group.rules().map(GroupRules::agreedOn), on);
    checkNotBefore("meetsWithoutAnimatorSince", group.meetsWithoutAnimatorSince(), on);
    checkNotBefore("independentSince", group.independentSince(), on);
    TransitionFacts facts = new TransitionFacts(group, event, on, bondingPeriod);
    RuleSetResult<TransitionFacts> evaluation = transitionRules.evaluate(facts);
    Optional<SelfHelpGroup> next = Optional.empty();
    if (facts.nextMaturity().isPresent() && !evaluation.hasProblems(Severity.BLOCKER)) {
      next = Optional.of(apply(group, event, on, facts.nextMaturity().get()));
    }
    return new Transition(evaluation, next);
  }

  /**
   * The group after {@code event} on {@code on}.
   *
   * @throws IllegalTransitionException if the event is impossible from the group's maturity or a
   *     guard refuses it; the exception carries the {@link Transition} with the reasons
   * @throws IllegalArgumentException if {@code on} is before a date already recorded on the group
   */
  public SelfHelpGroup advance(SelfHelpGroup group, GroupEvent event, LocalDate on) {
    Transition transition = check(group, event, on);
    return transition.next().orElseThrow(() -> new IllegalTransitionException(transition));
  }

  /** What {@code group}'s life asks of the KCS on {@code on}, without the other groups. */
  public GroupLifeReport assess(SelfHelpGroup group, LocalDate on) {
    requireNonNull(group, "group");
    requireNonNull(on, "on");
    return new GroupLifeReport(
        rules.evaluate(new GroupLifeFacts(group, Optional.empty(), on, bondingPeriod)));
  }

  /** What each group's life asks of the KCS on {@code on}, in the order of group ids. */
  public ImmutableList<GroupLifeReport> assess(KcsImplementation implementation, LocalDate on) {
    requireNonNull(implementation, "implementation");
    requireNonNull(on, "on");
    ImmutableList.Builder<GroupLifeReport> reports = ImmutableList.builder();
    for (SelfHelpGroup group : BY_ID.sortedCopy(implementation.groups())) {
      reports.add(
          new GroupLifeReport(
              rules.evaluate(
                  new GroupLifeFacts(group, Optional.of(implementation), on, bondingPeriod))));
    }
    return reports.build();
  }

  private static SelfHelpGroup apply(
      SelfHelpGroup group, GroupEvent event, LocalDate on, GroupMaturity next) {
    switch (event) {
      case FIRST_MEETING:
        return (group.foundedOn().isPresent() ? group : group.withFoundedOn(earliest(group, on)))
            .withMaturity(next);
      case RULES_AGREED:
        return group
            .rules()
            .map(r -> group.withRules(r.withAgreedOn(on)))
            .orElse(group)
            .withMaturity(next);
      case MET_WITHOUT_ANIMATOR:
        return group.withMeetsWithoutAnimatorSince(on).withMaturity(next);
      case BECAME_INDEPENDENT:
        // Maturity and date are checked together, so they are set together.
        return Groups.copyBut(group).maturity(next).independentSince(on).build();
      case ANIMATOR_LOST:
        return setBack(group.withAnimators(), next);
      default:
        return setBack(group, next);
    }
  }

  /** The group at {@code next}; below "running itself" it no longer meets without the animator. */
  private static SelfHelpGroup setBack(SelfHelpGroup group, GroupMaturity next) {
    SelfHelpGroup moved = group.withMaturity(next);
    return next.isAtLeast(GroupMaturity.RUNNING_ITSELF)
        ? moved
        : moved.withMeetsWithoutAnimatorSince(Optional.empty());
  }

  /** {@code on}, or an earlier date already recorded on the group: a group exists from its first record. */
  private static LocalDate earliest(SelfHelpGroup group, LocalDate on) {
    LocalDate earliest = on;
    for (Optional<LocalDate> date :
        java.util.List.of(
            group.rules().map(GroupRules::agreedOn),
            group.meetsWithoutAnimatorSince(),
            group.independentSince())) {
      if (date.isPresent() && date.get().isBefore(earliest)) {
        earliest = date.get();
      }
    }
    return earliest;
  }

  private static void checkNotBefore(String field, Optional<LocalDate> recorded, LocalDate on) {
    checkArgument(
        recorded.isEmpty() || !on.isBefore(recorded.get()),
        "on must not be before the group's %s (%s), was %s",
        field,
        recorded.orElse(null),
        on);
  }

  @Override
  public String toString() {
    return "GroupLife{bondingPeriod=" + bondingPeriod + ", " + rules + ", " + transitionRules + "}";
  }
}
