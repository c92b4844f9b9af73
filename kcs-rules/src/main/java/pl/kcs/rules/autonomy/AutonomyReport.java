package pl.kcs.rules.autonomy;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import pl.kcs.core.Language;
import pl.kcs.core.group.ProfessionalAttitude;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Status;

/**
 * A group's relation with professionals and its mutual aid (source 004): who leads and sets the
 * agenda (MA-AUTONOMY), threatening attitudes (MA-ATTITUDES), dependence on psychiatric and
 * social-assistance institutions (MA-BARRIER), reciprocity (MA-ASSUMPTIONS), family members
 * (MA-GROUP), the words used for people (MA-TERMS) and contacts with other groups (MA-NETWORK),
 * each outcome explaining itself in Polish or English.
 *
 * <p>Immutable and thread-safe.
 */
public final class AutonomyReport {

  private final RuleSetResult<AutonomyFacts> evaluation;

  AutonomyReport(RuleSetResult<AutonomyFacts> evaluation) {
    this.evaluation = evaluation;
  }

  /** The evaluation of every autonomy rule. */
  public RuleSetResult<AutonomyFacts> evaluation() {
    return evaluation;
  }

  /** The group assessed. */
  public SelfHelpGroup group() {
    return evaluation.facts().group();
  }

  /** The threatening attitudes shown by professionals involved with the group, in enum order. */
  public ImmutableList<ProfessionalAttitude> threateningAttitudes() {
    ImmutableList.Builder<ProfessionalAttitude> shown = ImmutableList.builder();
    for (ProfessionalAttitude attitude : ProfessionalAttitude.values()) {
      if (!evaluation.facts().showing(attitude).isEmpty()) {
        shown.add(attitude);
      }
    }
    return shown.build();
  }

  /** Whether the group has no contact with any other group of its implementation (MA-NETWORK). */
  public boolean hasNoContact() {
    return evaluation.outcome("ma.network.contacts").map(o -> o.status() == Status.FAILED).orElse(false);
  }

  /** The outcomes that failed or could not be decided, warnings first, then advice. */
  public ImmutableList<Outcome> problems() {
    return evaluation.problems();
  }

  /**
   * The report as text, in the language kcs uses for {@code locale}: the group and the word used
   * for its people, then one line per rule that applied.
   */
  public String render(Locale locale) {
    Language language = Language.of(locale);
    StringBuilder text = new StringBuilder();
    text.append(
            AutonomyMessages.BUNDLE.format(
                language, "report.group", group().name(), evaluation.facts().terminology()))
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
    return "AutonomyReport{" + group().id() + ", problems=" + problems().size() + "}";
  }
}
