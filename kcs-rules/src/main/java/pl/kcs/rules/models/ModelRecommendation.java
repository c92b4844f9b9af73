package pl.kcs.rules.models;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.rules.AreaReport;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.RuleSetResult;

/**
 * The answer to "which operating models fit this group, given what the institution can offer?"
 * (KCS-S3): the fitting subset of the four models — possibly several, possibly none, never forced
 * to one, since the models overlap — each with its score and reasons, the forms of support that
 * apply, and for the models that do not fit, what is missing (e.g. for KCS-M4, what would have to
 * change). The full {@linkplain #evaluation() evaluation} is part of the answer, and with it
 * what every report shares ({@link AreaReport}): the problems by severity — a failed {@linkplain
 * pl.kcs.rules.Severity#BLOCKER blocker} is a model's gate that does not hold — and {@link
 * #outcomesAbout(pl.kcs.core.DomainTerm) the outcomes about a model}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelRecommendation extends AreaReport<ModelFacts> {

  private final Map<OperatingModel, ModelFit> fits;

  ModelRecommendation(RuleSetResult<ModelFacts> evaluation) {
    super(evaluation);
    Map<OperatingModel, ModelFit> built = new EnumMap<>(OperatingModel.class);
    for (OperatingModel model : OperatingModel.values()) {
      built.put(model, ModelFit.of(model, outcomesAbout(model), evaluation.facts()));
    }
    this.fits = built;
  }

  /** The group. */
  public SelfHelpGroup group() {
    return evaluation().facts().group();
  }

  /** What the institution can offer. */
  public InstitutionOffer offer() {
    return evaluation().facts().offer();
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
   * The recommendation as text ({@link #render(java.util.Locale)}): the group, the recommended
   * models with score, forms of support and reasons, then the other models with what is missing.
   */
  @Override
  protected void write(ReportText text) {
    ModelReportText.write(this, text);
  }

  @Override
  public String toString() {
    return "ModelRecommendation{" + group().id() + ", recommended=" + recommendedModels() + "}";
  }
}
