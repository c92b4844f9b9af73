package pl.kcs.rules.autonomy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.util.Optional;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.RuleSet;

/**
 * Assesses a self-help group's autonomy and mutual aid (source 004). The built-in rules:
 *
 * <ul>
 *   <li>MA-AUTONOMY: meetings are led, and the agenda set, by the members or by professionals who
 *       belong through their own experience; a professional without it fails; the institution's
 *       animator is judged only once the group runs itself (before that, leading is the culture of
 *       support, KCS-M2);
 *   <li>MA-ATTITUDES: one rule per threatening attitude, recognised from professionals' practices
 *       as {@link Attitudes} pairs them;
 *   <li>MA-BARRIER: professionals of psychiatric care or social assistance who lead, set the agenda
 *       or catalogue the group into institutional help;
 *   <li>MA-ASSUMPTIONS: reciprocity — at least half of those who received help also gave it
 *       (library default, not in the source method);
 *   <li>MA-GROUP: a group open to families has family members or close ones among its members;
 *   <li>MA-TERMS: people are called "the experienced", or another term is chosen deliberately;
 *   <li>MA-NETWORK: the group has contact with at least one other group of its implementation.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class AutonomyAssessment {

  private static final RuleSet<AutonomyFacts> DEFAULT_RULES = RuleSet.of(AutonomyRules.defaults());
  private static final AutonomyAssessment DEFAULT =
      new AutonomyAssessment(DEFAULT_RULES, Terminology.standard());
  private static final Ordering<SelfHelpGroup> BY_ID =
      Ordering.natural().onResultOf(SelfHelpGroup::id);

  private final RuleSet<AutonomyFacts> rules;
  private final Terminology terminology;

  private AutonomyAssessment(RuleSet<AutonomyFacts> rules, Terminology terminology) {
    this.rules = rules;
    this.terminology = terminology;
  }

  /** The assessment by the built-in rules, calling people "the experienced". */
  public static AutonomyAssessment withDefaults() {
    return DEFAULT;
  }

  /** The built-in autonomy rules. */
  public static RuleSet<AutonomyFacts> defaultRules() {
    return DEFAULT_RULES;
  }

  /** This assessment by {@code rules}. */
  public AutonomyAssessment withRules(RuleSet<AutonomyFacts> rules) {
    return new AutonomyAssessment(requireNonNull(rules, "rules"), terminology);
  }

  /** This assessment with {@code terminology} as the words used for people (MA-TERMS). */
  public AutonomyAssessment withTerminology(Terminology terminology) {
    return new AutonomyAssessment(rules, requireNonNull(terminology, "terminology"));
  }

  /** The rules in force. */
  public RuleSet<AutonomyFacts> rules() {
    return rules;
  }

  /** The words used for people. */
  public Terminology terminology() {
    return terminology;
  }

  /** The assessment of {@code group} alone, without its contacts with other groups. */
  public AutonomyReport assess(SelfHelpGroup group) {
    requireNonNull(group, "group");
    return new AutonomyReport(
        rules.evaluate(new AutonomyFacts(group, Optional.empty(), terminology)));
  }

  /** The assessment of every group of {@code implementation}, in the order of group ids. */
  public ImmutableList<AutonomyReport> assess(KcsImplementation implementation) {
    requireNonNull(implementation, "implementation");
    ImmutableList.Builder<AutonomyReport> reports = ImmutableList.builder();
    for (SelfHelpGroup group : BY_ID.sortedCopy(implementation.groups())) {
      reports.add(
          new AutonomyReport(
              rules.evaluate(new AutonomyFacts(group, Optional.of(implementation), terminology))));
    }
    return reports.build();
  }

  /**
   * The groups of {@code implementation} with no contact to any other group, by id (MA-NETWORK:
   * groups remain largely unknown to each other). None when the implementation has one group.
   */
  public static ImmutableList<SelfHelpGroup> groupsWithoutContact(
      KcsImplementation implementation) {
    requireNonNull(implementation, "implementation");
    ImmutableList.Builder<SelfHelpGroup> alone = ImmutableList.builder();
    if (implementation.groups().size() < 2) {
      return alone.build();
    }
    for (SelfHelpGroup group : BY_ID.sortedCopy(implementation.groups())) {
      if (implementation.groupLinks().stream().noneMatch(link -> link.involves(group.id()))) {
        alone.add(group);
      }
    }
    return alone.build();
  }

  @Override
  public String toString() {
    return "AutonomyAssessment{" + rules + ", " + terminology + "}";
  }
}
