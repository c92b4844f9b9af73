package pl.kcs.rules.models;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pl.kcs.core.Language;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.RuleSetResult;

/**
 * The answer to "which operating models fit this group, given what the institution can offer?"
 * (KCS-S3): the fitting subset of the four models — possibly several, possibly none, never forced
 * to one, since the models overlap — each with its score and reasons, the forms of support that
 * apply, and for the models that do not fit, what is missing (e.g. for KCS-M4, what would have to
 * change). The full {@linkplain #evaluation() evaluation} is part of the answer.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelRecommendation {

  private final RuleSetResult<ModelFacts> evaluation;
  private final Map<OperatingModel, ModelFit> fits;

  ModelRecommendation(RuleSetResult<ModelFacts> evaluation) {
    this.evaluation = evaluation;
    Map<OperatingModel, ImmutableList.Builder<Outcome>> byModel =
        new EnumMap<>(OperatingModel.class);
    for (OperatingModel model : OperatingModel.values()) {
      byModel.put(model, ImmutableList.builder());
    }
    List<Outcome> outcomes = evaluation.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      outcome
          .rule()
          .appliesTo()
          .filter(term -> term instanceof OperatingModel)
          .ifPresent(model -> requireNonNull(byModel.get((OperatingModel) model)).add(outcome));
    }
    Map<OperatingModel, ModelFit> built = new EnumMap<>(OperatingModel.class);
    byModel.forEach(
        (model, list) -> built.put(model, ModelFit.of(model, list.build(), evaluation.facts())));
    this.fits = built;
  }

  /** The evaluation of every model rule. */
  public RuleSetResult<ModelFacts> evaluation() {
    return evaluation;
  }

  /** The group. */
  public SelfHelpGroup group() {
    return evaluation.facts().group();
  }

  /** What the institution can offer. */
  public InstitutionOffer offer() {
    return evaluation.facts().offer();
  }

  /** The recommended models, in model order. */
  public ImmutableSet<OperatingModel> recommendedModels() {
    Set<OperatingModel> models = EnumSet.noneOf(OperatingModel.class);
    for (ModelFit fit : fits.values()) {
      if (fit.isRecommended()) {
        models.add(fit.model());
      }
    }
    return Sets.immutableEnumSet(models);
  }

  /** Whether {@code model} is recommended. */
  public boolean recommends(OperatingModel model) {
    return fit(model).isRecommended();
  }

  /** The fits of the recommended models, in model order. */
  public ImmutableList<ModelFit> recommended() {
    ImmutableList.Builder<ModelFit> recommended = ImmutableList.builder();
    for (ModelFit fit : fits.values()) {
      if (fit.isRecommended()) {
        recommended.add(fit);
      }
    }
    return recommended.build();
  }

  /** The fits of all four models, in model order. */
  public ImmutableList<ModelFit> fits() {
    return ImmutableList.copyOf(fits.values());
  }

  /** How {@code model} fits. */
  public ModelFit fit(OperatingModel model) {
    return requireNonNull(fits.get(requireNonNull(model, "model")), "fit");
  }

  /**
   * What would have to change for {@code model} to fit — e.g. for {@link
   * OperatingModel#M4_CO_CREATING_PROGRAMME}, a formed group, motivation and resources to act
   * outwards, the institution's capacity for public events (KCS-M4). Empty if it is recommended.
   */
  public ImmutableList<Outcome> missingFor(OperatingModel model) {
    return fit(model).missing();
  }

  /**
   * {@link #render(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  public String render(Language language) {
    return render(language.locale());
  }

  /**
   * The recommendation as text, in the language kcs uses for {@code locale}: the group, the
   * recommended models with score, forms of support and reasons, then the other models with what
   * is missing.
   */
  public String render(Locale locale) {
    return ModelReportText.render(this, locale);
  }

  @Override
  public String toString() {
    return "ModelRecommendation{" + group().id() + ", recommended=" + recommendedModels() + "}";
  }
}
