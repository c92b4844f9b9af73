package pl.kcs.rules.group;

import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.AreaReport;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.RuleSetResult;

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
public final class GroupLifeReport extends AreaReport<GroupLifeFacts> {

  GroupLifeReport(RuleSetResult<GroupLifeFacts> evaluation) {
    super(evaluation);
  }

  /** The group assessed. */
  public SelfHelpGroup group() {
    return evaluation().facts().group();
  }

  /** Whether newcomers after bonding ask for a review of the group's rules (KCS-DIF-NEWCOMERS). */
  public boolean needsRulesReview() {
    return hasFailed("kcs.dif.newcomers");
  }

  /**
   * The report as text ({@link #render(java.util.Locale)}): the group and its maturity,
   * then one line per rule that applied.
   */
  @Override
  protected void write(ReportText text) {
    text.line(
        GroupLifeRules.WORDS.format(
            text.language(), "report.group", group().name(), group().maturity()));
    text.outcomeLines(evaluation().outcomes());
  }

  @Override
  public String toString() {
    return "GroupLifeReport{" + group().id() + ", problems=" + problems().size() + "}";
  }
}
