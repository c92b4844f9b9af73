package pl.kcs.rules.stage;

import static java.util.Objects.requireNonNull;

import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.models.ModelSelection;

/**
 * Answers the question a municipal system asks of a KCS: "may this institution move to the next
 * stage, and if not, what exactly is missing?" (docs/facts.md: the KCS guide, KCS-S1A … KCS-S3).
 *
 * <p>{@link #assess(KcsImplementation)} gives a {@link StageReport}: the current stage, whether it
 * may advance, every blocker, warning and piece of advice with the fact it comes from, a checklist
 * of the steps, and the missing steps in order. The rules are the {@linkplain #defaultRules()
 * built-in set} unless the embedding system passes its own (extended, with a rule disabled or
 * replaced).
 *
 * <p>Immutable and thread-safe: share one instance between threads.
 */
public final class StageProgression {

  // Phased by the stage: in stage 1 the rules of stages 2 and 3 are not applicable without being
  // asked.
  private static final RuleSet<StageFacts> DEFAULT_RULES =
      RuleSet.of(StageRules.defaults()).phasedBy(facts -> facts.stage().ordinal());
  private static final StageProgression DEFAULT = new StageProgression(DEFAULT_RULES);

  private final RuleSet<StageFacts> rules;
  private final int[][] rulesByStep;

  private StageProgression(RuleSet<StageFacts> rules) {
    this.rules = rules;
    this.rulesByStep = StageReport.rulesByStep(rules);
  }

  /** The built-in stage-progression rules, in the order of the method's steps. */
  public static RuleSet<StageFacts> defaultRules() {
    return DEFAULT_RULES;
  }

  /** Stage progression by the built-in rules. */
  public static StageProgression withDefaultRules() {
    return DEFAULT;
  }

  /** Stage progression by {@code rules}, e.g. the built-in set with a rule replaced. */
  public static StageProgression withRules(RuleSet<StageFacts> rules) {
    return new StageProgression(requireNonNull(rules, "rules"));
  }

  /** The rules this instance applies. */
  public RuleSet<StageFacts> rules() {
    return rules;
  }

  /**
   * Assesses {@code implementation} with the offer it declares ({@link KcsImplementation#offer()}).
   * Where it declares none, which model each group works by (KCS-S3) is unknown: declare it, or
   * use {@link #assess(KcsImplementation, InstitutionOffer)}.
   */
  public StageReport assess(KcsImplementation implementation) {
    StageFacts facts = StageFacts.of(implementation);
    return new StageReport(rules.evaluate(facts), rulesByStep);
  }

  /**
   * Assesses {@code implementation} of an institution that can give groups {@code offer}: in
   * stage 3 the report names the models each group fits (KCS-S3: "działanie według jednego lub
   * kilku modeli", by {@link ModelSelection#withDefaultRules() model selection}) and notes a group
   * that fits none. {@code offer} takes the place of the offer the implementation declares, if any.
   */
  public StageReport assess(KcsImplementation implementation, InstitutionOffer offer) {
    StageFacts facts = StageFacts.of(implementation, offer);
    return new StageReport(rules.evaluate(facts), rulesByStep);
  }

  @Override
  public String toString() {
    return "StageProgression{" + rules + "}";
  }
}
