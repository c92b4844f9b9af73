package pl.kcs.rules.models;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.RuleSet;

/**
 * Chooses the operating models for self-help groups (KCS-S3, KCS-M1 … KCS-M4).
 *
 * <p>The seed's logic, as the built-in rules read it: Model 1 (open doors) needs only free space
 * and suits groups that already run themselves; Model 2 (culture of support) suits forming and
 * early groups and any group without agreed goals, rules or contract, where the institution can
 * train or animate; Model 3 (support of culture), the key variant, wherever the group has stated
 * cultural needs and the institution has the means for at least one; Model 4 (co-creating the
 * programme) only for formed, well-functioning groups with motivation and resources to act
 * outwards, where the institution can host public events. Selection collects every fitting
 * model, never only the first; see {@link ModelScore} for the scoring.
 *
 * <p>The rules are the {@linkplain #defaultRules() built-in set} unless the embedding system
 * passes its own; a rule of an embedding system takes part in a model's fit and score when it
 * {@linkplain pl.kcs.rules.Rule#appliesTo() applies to} that {@link
 * pl.kcs.core.stage.OperatingModel}. Immutable and thread-safe.
 */
public final class ModelSelection {

  private static final RuleSet<ModelFacts> DEFAULT_RULES = RuleSet.of(ModelRules.defaults());
  private static final ModelSelection DEFAULT = new ModelSelection(DEFAULT_RULES);
  private static final Ordering<SelfHelpGroup> BY_ID =
      Ordering.natural().onResultOf(SelfHelpGroup::id);

  private final RuleSet<ModelFacts> rules;

  private ModelSelection(RuleSet<ModelFacts> rules) {
    this.rules = rules;
  }

  /** The built-in model rules, model by model. */
  public static RuleSet<ModelFacts> defaultRules() {
    return DEFAULT_RULES;
  }

  /** Model selection by the built-in rules. */
  public static ModelSelection withDefaultRules() {
    return DEFAULT;
  }

  /** Model selection by {@code rules}, e.g. the built-in set with a rule replaced. */
  public static ModelSelection withRules(RuleSet<ModelFacts> rules) {
    return new ModelSelection(requireNonNull(rules, "rules"));
  }

  /** The rules this instance applies. */
  public RuleSet<ModelFacts> rules() {
    return rules;
  }

  /** The models that fit {@code group}, given what the institution can {@code offer}. */
  public ModelRecommendation recommend(SelfHelpGroup group, InstitutionOffer offer) {
    return new ModelRecommendation(rules.evaluate(ModelFacts.of(group, offer)));
  }

  /**
   * The models for every group of {@code implementation}, in the order of group ids, and what the
   * KCS as a whole runs and asks of the institution.
   */
  public KcsModelPlan plan(KcsImplementation implementation, InstitutionOffer offer) {
    requireNonNull(implementation, "implementation");
    requireNonNull(offer, "offer");
    ImmutableList.Builder<ModelRecommendation> recommendations = ImmutableList.builder();
    for (SelfHelpGroup group : BY_ID.sortedCopy(implementation.groups())) {
      recommendations.add(
          new ModelRecommendation(
              rules.evaluate(ModelFacts.of(group, offer, implementation.host().rooms()))));
    }
    return new KcsModelPlan(implementation, offer, recommendations.build());
  }

  @Override
  public String toString() {
    return "ModelSelection{" + rules + "}";
  }
}
