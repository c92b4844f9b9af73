package pl.kcs.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An explicit, ordered list of rules over facts of type {@code F}, some of which may be disabled.
 *
 * <p>An embedding system starts from a built-in set and {@linkplain #with(Rule) adds} its own
 * rules, {@linkplain #disabling(String) disables} one by id, or {@linkplain #replacing(Rule)
 * replaces} one (a stricter supervision rule of a municipality) — each returns a new set; the
 * built-in set stays the default. Disabled rules are not evaluated but still show in every report,
 * so a reader sees what was switched off.
 *
 * <p>{@link #evaluate(Object)} gives an outcome for every rule, in the set's order. Immutable and
 * thread-safe: one set may serve any number of threads.
 *
 * @param <F> the type of facts the rules read
 */
public final class RuleSet<F> {

  private static final int BLOCKER = Severity.BLOCKER.ordinal();
  private static final int WARNING = Severity.WARNING.ordinal();
  private static final int ADVICE = Severity.ADVICE.ordinal();

  private static final byte NOT_APPLICABLE = (byte) Status.NOT_APPLICABLE.ordinal();
  private static final byte DISABLED = (byte) Status.DISABLED.ordinal();

  private final ImmutableList<Rule<F>> rules;
  private final ImmutableSet<RuleId> disabled;
  private final @Nullable ToIntFunction<? super F> phaseOfFacts;
  // Flat copies for the hot path.
  private final Rule<F>[] ruleArray;
  private final byte[] severityArray;
  private final Condition<F>[] conditionArray;
  // Per phase of the facts (one phase where the set is not phased): the indexes of the rules to
  // evaluate, and the statuses of every rule before that — DISABLED for a disabled rule,
  // NOT_APPLICABLE for one whose condition applies only from a later phase.
  private final int[][] evaluatedByPhase;
  private final byte[][] presetByPhase;

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  private RuleSet(
      ImmutableList<Rule<F>> rules,
      ImmutableSet<RuleId> disabled,
      @Nullable ToIntFunction<? super F> phaseOfFacts) {
    Set<RuleId> ids = new HashSet<>();
    for (Rule<F> rule : rules) {
      checkArgument(ids.add(rule.id()), "rule ids must be distinct, was %s twice", rule.id());
    }
    for (RuleId id : disabled) {
      checkArgument(ids.contains(id), "cannot disable rule %s: no rule has that id", id);
    }
    this.rules = rules;
    this.disabled = disabled;
    this.phaseOfFacts = phaseOfFacts;
    this.ruleArray = rules.toArray(new Rule[0]);
    this.severityArray = new byte[ruleArray.length];
    this.conditionArray = new Condition[ruleArray.length];
    int lastPhase = 0;
    for (int i = 0; i < ruleArray.length; i++) {
      severityArray[i] = (byte) ruleArray[i].severity().ordinal();
      conditionArray[i] = ruleArray[i].condition();
      if (phaseOfFacts != null) {
        lastPhase = Math.max(lastPhase, conditionArray[i].firstPhase());
      }
    }
    this.evaluatedByPhase = new int[lastPhase + 1][];
    this.presetByPhase = new byte[lastPhase + 1][];
    for (int phase = 0; phase <= lastPhase; phase++) {
      byte[] preset = new byte[ruleArray.length];
      int[] evaluated = new int[ruleArray.length];
      int count = 0;
      for (int i = 0; i < ruleArray.length; i++) {
        if (disabled.contains(ruleArray[i].id())) {
          preset[i] = DISABLED;
        } else if (phaseOfFacts != null && conditionArray[i].firstPhase() > phase) {
          preset[i] = NOT_APPLICABLE;
        } else {
          evaluated[count++] = i;
        }
      }
      evaluatedByPhase[phase] = Arrays.copyOf(evaluated, count);
      presetByPhase[phase] = preset;
    }
  }

  /** A set of {@code rules}, in that order, none disabled. */
  public static <F> RuleSet<F> of(List<Rule<F>> rules) {
    requireNonNull(rules, "rules");
    return new RuleSet<>(ImmutableList.copyOf(rules), ImmutableSet.of(), null);
  }

  /**
   * This set, phased by {@code phaseOfFacts}: the phase the facts are in (e.g. the ordinal of an
   * institution's stage), from 0. A rule whose condition applies only from a later {@linkplain
   * Condition#firstPhase() phase} is then not applicable without being asked, so a set of many
   * phases evaluates only the rules of the facts' phase and the earlier ones. The outcomes are
   * the same as the unphased set's. Sets made from this one ({@link #with(Rule)}, {@link
   * #replacing(Rule)}, {@link #disabling(String)}, {@link #enabling(String)}) keep the phasing.
   *
   * @param phaseOfFacts a pure, thread-safe function; a phase below 0 counts as 0
   */
  public RuleSet<F> phasedBy(ToIntFunction<? super F> phaseOfFacts) {
    return new RuleSet<>(rules, disabled, requireNonNull(phaseOfFacts, "phaseOfFacts"));
  }

  /** The rules, in order, including the disabled ones. */
  public ImmutableList<Rule<F>> rules() {
    return rules;
  }

  /** The ids of the disabled rules. */
  public ImmutableSet<RuleId> disabled() {
    return disabled;
  }

  /** The rule with {@code id}, if any. */
  public Optional<Rule<F>> rule(RuleId id) {
    requireNonNull(id, "id");
    for (Rule<F> rule : rules) {
      if (rule.id().equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** Whether the rule with {@code id} is disabled. */
  public boolean isDisabled(RuleId id) {
    return disabled.contains(requireNonNull(id, "id"));
  }

  /**
   * This set with {@code rule} added at the end.
   *
   * @throws IllegalArgumentException if a rule with the same id is already in the set
   */
  public RuleSet<F> with(Rule<F> rule) {
    requireNonNull(rule, "rule");
    return new RuleSet<>(
        ImmutableList.<Rule<F>>builder().addAll(rules).add(rule).build(), disabled, phaseOfFacts);
  }

  /**
   * This set with the rule of the same id as {@code replacement} replaced by it, in its place.
   *
   * @throws IllegalArgumentException if no rule has that id
   */
  public RuleSet<F> replacing(Rule<F> replacement) {
    requireNonNull(replacement, "replacement");
    List<Rule<F>> replaced = new ArrayList<>(rules.size());
    boolean found = false;
    for (Rule<F> rule : rules) {
      if (rule.id().equals(replacement.id())) {
        replaced.add(replacement);
        found = true;
      } else {
        replaced.add(rule);
      }
    }
    checkArgument(found, "cannot replace rule %s: no rule has that id", replacement.id());
    return new RuleSet<>(ImmutableList.copyOf(replaced), disabled, phaseOfFacts);
  }

  /**
   * This set with the rule {@code id} disabled.
   *
   * @throws IllegalArgumentException if no rule has that id
   */
  public RuleSet<F> disabling(String id) {
    RuleId ruleId = RuleId.of(id);
    return new RuleSet<>(
        rules, ImmutableSet.<RuleId>builder().addAll(disabled).add(ruleId).build(), phaseOfFacts);
  }

  /** This set with the rule {@code id} enabled again. */
  public RuleSet<F> enabling(String id) {
    RuleId ruleId = RuleId.of(id);
    checkArgument(rule(ruleId).isPresent(), "cannot enable rule %s: no rule has that id", ruleId);
    ImmutableSet.Builder<RuleId> still = ImmutableSet.builder();
    for (RuleId off : disabled) {
      if (!off.equals(ruleId)) {
        still.add(off);
      }
    }
    return new RuleSet<>(rules, still.build(), phaseOfFacts);
  }

  /**
   * Evaluates every enabled rule on {@code facts}: an outcome for every rule, in order.
   *
   * @throws RuleEvaluationException if a rule's condition throws or answers null or DISABLED
   */
  public RuleSetResult<F> evaluate(F facts) {
    requireNonNull(facts, "facts");
    int phase = 0;
    if (phaseOfFacts != null) {
      phase = Math.max(0, Math.min(evaluatedByPhase.length - 1, phaseOfFacts.applyAsInt(facts)));
    }
    int[] evaluated = evaluatedByPhase[phase];
    byte[] statuses = presetByPhase[phase].clone();
    Condition<F>[] conditions = conditionArray;
    byte[] severities = severityArray;
    int blockers = 0;
    int warnings = 0;
    int advice = 0;
    int notes = 0;
    for (int k = 0; k < evaluated.length; k++) {
      int i = evaluated[k];
      Status status = decide(i, conditions[i], facts);
      if (status == Status.FAILED || status == Status.UNKNOWN) {
        int severity = severities[i];
        if (severity == BLOCKER) {
          blockers++;
        } else if (severity == WARNING) {
          warnings++;
        } else if (severity == ADVICE) {
          advice++;
        } else {
          notes++;
        }
      }
      statuses[i] = (byte) status.ordinal();
    }
    return new RuleSetResult<>(this, facts, statuses, blockers, warnings, advice, notes);
  }

  /** The status of the rule at {@code index}; its rule is read only to name it in an error. */
  private Status decide(int index, Condition<F> condition, F facts) {
    Status status;
    try {
      status = condition.evaluate(facts);
    } catch (RuntimeException e) {
      throw new RuleEvaluationException(ruleArray[index].id(), e);
    }
    if (status == null || status == Status.DISABLED) {
      throw new RuleEvaluationException(ruleArray[index].id(), status);
    }
    return status;
  }

  /** The severities of the rules by index, as ordinals; never modified. */
  byte[] severities() {
    return severityArray;
  }

  Rule<F> ruleAt(int index) {
    return ruleArray[index];
  }

  int size() {
    return ruleArray.length;
  }

  @Override
  public String toString() {
    return "RuleSet{"
        + rules.size()
        + " rules, disabled="
        + disabled
        + (phaseOfFacts != null ? ", phased" : "")
        + "}";
  }
}
