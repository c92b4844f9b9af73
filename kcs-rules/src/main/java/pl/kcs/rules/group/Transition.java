package pl.kcs.rules.group;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import pl.kcs.core.Language;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Severity;

/**
 * The answer to "may this event move this group, and where to?": the group before, the event and
 * its date, whether the transition is allowed, the next group if it is, and otherwise why not —
 * impossible from the group's maturity, or refused by a guard rule (each citing its fact ID).
 *
 * <p>Immutable and thread-safe.
 */
public final class Transition {

  private final RuleSetResult<TransitionFacts> evaluation;
  private final Optional<SelfHelpGroup> next;

  Transition(RuleSetResult<TransitionFacts> evaluation, Optional<SelfHelpGroup> next) {
    this.evaluation = evaluation;
    this.next = next;
  }

  /** The evaluation of the guard rules. */
  public RuleSetResult<TransitionFacts> evaluation() {
    return evaluation;
  }

  /** The group before the event. */
  public SelfHelpGroup group() {
    return evaluation.facts().group();
  }

  /** The event. */
  public GroupEvent event() {
    return evaluation.facts().event();
  }

  /** When it happened. */
  public LocalDate on() {
    return evaluation.facts().on();
  }

  /** Whether the event can happen to a group of this maturity at all (see {@link GroupEvent}). */
  public boolean isPossible() {
    return evaluation.facts().nextMaturity().isPresent();
  }

  /** Whether the transition is allowed: possible, and no guard failed or was undecided. */
  public boolean isAllowed() {
    return next.isPresent();
  }

  /** The maturity the event leads to, if possible. */
  public Optional<GroupMaturity> nextMaturity() {
    return evaluation.facts().nextMaturity();
  }

  /** The group after the event, if the transition is allowed. */
  public Optional<SelfHelpGroup> next() {
    return next;
  }

  /** The guards that failed or could not be decided. */
  public ImmutableList<Outcome> refusals() {
    return evaluation.problems(Severity.BLOCKER);
  }

  /**
   * {@link #message(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  public String message(Language language) {
    return message(language.locale());
  }

  /**
   * What happened or why not, in the language kcs uses for {@code locale}: the move made, or the
   * reason the event cannot happen, or each refusing guard with what to do.
   */
  public String message(Locale locale) {
    Language language = Language.of(locale);
    SelfHelpGroup group = group();
    if (!isPossible()) {
      GroupMaturity from = group.maturity();
      return event()
          .appliesFrom()
          .map(
              expected ->
                  GroupLifeRules.WORDS.format(
                      language, "transition.impossible", event(), group.name(), from, expected))
          .orElseThrow();
    }
    if (isAllowed()) {
      return GroupLifeRules.WORDS.format(
          language,
          "transition.allowed",
          event(),
          group.name(),
          group.maturity(),
          nextMaturity().orElseThrow());
    }
    StringBuilder text =
        new StringBuilder(
            GroupLifeRules.WORDS.format(language, "transition.refused", event(), group.name()));
    for (Outcome refusal : refusals()) {
      text.append("\n  - ")
          .append(refusal.message(locale))
          .append(" (")
          .append(refusal.ruleId())
          .append(", ")
          .append(refusal.source())
          .append(") → ")
          .append(refusal.action(locale));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "Transition{"
        + group().id()
        + ", "
        + group().maturity()
        + ", "
        + event()
        + ", allowed="
        + isAllowed()
        + "}";
  }
}
