package pl.kcs.rules.group;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import pl.kcs.core.Language;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Status;

/**
 * What a group's life asks of the KCS on a date: every group-life rule's outcome — rules agreed
 * with the participants (KCS-REM-RULES), meeting without the animator (KCS-EFF-SELFRUN),
 * independence (KCS-EFF-INDEPENDENT), a rules review after newcomers (KCS-DIF-NEWCOMERS), written
 * regulations for a group of people with mental-health disorders (KCS-DIF-RULES), animators
 * holding groups of very different kinds (KCS-DIF-DIVERSITY) — each explaining itself in Polish or
 * English.
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupLifeReport {

  private final RuleSetResult<GroupLifeFacts> evaluation;

  GroupLifeReport(RuleSetResult<GroupLifeFacts> evaluation) {
    this.evaluation = evaluation;
  }

  /** The evaluation of every group-life rule. */
  public RuleSetResult<GroupLifeFacts> evaluation() {
    return evaluation;
  }

  /** The group assessed. */
  public SelfHelpGroup group() {
    return evaluation.facts().group();
  }

  /** Whether newcomers after bonding ask for a review of the group's rules (KCS-DIF-NEWCOMERS). */
  public boolean needsRulesReview() {
    return evaluation.outcome("kcs.dif.newcomers").map(o -> o.status() == Status.FAILED).orElse(false);
  }

  /** The outcomes that failed or could not be decided, warnings first, then advice. */
  public ImmutableList<Outcome> problems() {
    return evaluation.problems();
  }

  /**
   * The report as text, in the language kcs uses for {@code locale}: the group and its maturity,
   * then one line per rule that applied.
   */
  public String render(Locale locale) {
    Language language = Language.of(locale);
    StringBuilder text = new StringBuilder();
    text.append(GroupMessages.BUNDLE.format(language, "report.group", group().name(), group().maturity()))
        .append('\n');
    for (Outcome outcome : evaluation.outcomes()) {
      if (outcome.status() != Status.NOT_APPLICABLE) {
        text.append("  ").append(outcome.render(locale)).append('\n');
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "GroupLifeReport{" + group().id() + ", problems=" + problems().size() + "}";
  }
}
