package pl.kcs.rules.autonomy;

import com.google.common.collect.ImmutableList;
import pl.kcs.core.group.ProfessionalAttitude;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.AreaReport;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.RuleSetResult;

/**
 * A group's relation with professionals and its mutual aid (source 004): who leads and sets the
 * agenda (MA-AUTONOMY), threatening attitudes (MA-ATTITUDES), dependence on psychiatric and
 * social-assistance institutions (MA-BARRIER), reciprocity (MA-ASSUMPTIONS), family members
 * (MA-GROUP), the words used for people (MA-TERMS) and contacts with other groups (MA-NETWORK),
 * each outcome explaining itself in Polish or English.
 *
 * <p>Immutable and thread-safe.
 */
public final class AutonomyReport extends AreaReport<AutonomyFacts> {

  AutonomyReport(RuleSetResult<AutonomyFacts> evaluation) {
    super(evaluation);
  }

  /** The group assessed. */
  public SelfHelpGroup group() {
    return evaluation().facts().group();
  }

  /** The threatening attitudes shown by professionals involved with the group, in enum order. */
  public ImmutableList<ProfessionalAttitude> threateningAttitudes() {
    ImmutableList.Builder<ProfessionalAttitude> shown = ImmutableList.builder();
    for (ProfessionalAttitude attitude : ProfessionalAttitude.values()) {
      if (!evaluation().facts().showing(attitude).isEmpty()) {
        shown.add(attitude);
      }
    }
    return shown.build();
  }

  /** Whether the group has no contact with any other group of its implementation (MA-NETWORK). */
  public boolean hasNoContact() {
    return hasFailed("ma.network.contacts");
  }

  /**
   * The report as text ({@link #render(java.util.Locale)}): the group and the word used
   * for its people, then one line per rule that applied.
   */
  @Override
  protected void write(ReportText text) {
    text.line(
        AutonomyRules.WORDS.format(
            text.language(), "report.group", group().name(), evaluation().facts().terminology()));
    text.outcomeLines(evaluation().outcomes());
  }

  @Override
  public String toString() {
    return "AutonomyReport{" + group().id() + ", problems=" + problems().size() + "}";
  }
}
