package pl.kcs.rules.opening;

import static java.util.Objects.requireNonNull;

import pl.kcs.core.host.HostKind;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.rules.RuleSet;

/**
 * Scores an institution's self-assessment of its openness to residents, "from client to co-host"
 * (docs/facts.md: the opening panel), and explains the result: {@link #assess(SelfAssessment)} gives a {@link
 * SelfAssessmentReport} with a score per area, the position on the client → co-host scale
 * (OPEN-COHOST), the starting conditions met or missing (OPEN-START) and advice for the weakest
 * areas, each practice or tool citing its fact ID (OPEN-PRACTICES, OPEN-TOOLS-SOCIAL,
 * OPEN-TOOLS-CULTURE), in Polish and English.
 *
 * <p>The rules are the {@linkplain #defaultRules() built-in set} unless the embedding system passes
 * its own. Immutable and thread-safe: share one instance between threads.
 */
public final class OpeningAssessment {

  private static final RuleSet<OpeningFacts> DEFAULT_RULES = RuleSet.of(OpeningRules.defaults());
  private static final OpeningAssessment DEFAULT = new OpeningAssessment(DEFAULT_RULES);

  private final RuleSet<OpeningFacts> rules;

  private OpeningAssessment(RuleSet<OpeningFacts> rules) {
    this.rules = rules;
  }

  /**
   * The built-in rules: the four starting conditions ({@code open.start.*}), the seven areas
   * ({@code open.area.*}) and the position ({@code open.cohost}).
   */
  public static RuleSet<OpeningFacts> defaultRules() {
    return DEFAULT_RULES;
  }

  /** The self-assessment by the built-in rules. */
  public static OpeningAssessment withDefaultRules() {
    return DEFAULT;
  }

  /** The self-assessment by {@code rules}, e.g. the built-in set with a rule disabled. */
  public static OpeningAssessment withRules(RuleSet<OpeningFacts> rules) {
    return new OpeningAssessment(requireNonNull(rules, "rules"));
  }

  /** The rules this instance applies. */
  public RuleSet<OpeningFacts> rules() {
    return rules;
  }

  /** Scores and assesses {@code assessment}, every tool counted (the host's kind unknown). */
  public SelfAssessmentReport assess(SelfAssessment assessment) {
    return new SelfAssessmentReport(rules.evaluate(OpeningFacts.of(assessment)));
  }

  /**
   * Scores and assesses {@code assessment} of a host of {@code hostKind}: social-assistance tools
   * count for a social-assistance centre only, culture tools for culture institutions only
   * (OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE).
   */
  public SelfAssessmentReport assess(SelfAssessment assessment, HostKind hostKind) {
    return new SelfAssessmentReport(rules.evaluate(OpeningFacts.of(assessment, hostKind)));
  }

  @Override
  public String toString() {
    return "OpeningAssessment{" + rules + "}";
  }
}
