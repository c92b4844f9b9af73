package pl.kcs.rules.models;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.SupportForm;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Renderable;
import pl.kcs.rules.ReportText;

/**
 * Model recommendations across all groups of one KCS (KCS-S3): each group's {@link
 * ModelRecommendation}, which models the KCS as a whole runs — usually several, since the models
 * overlap — which groups no model fits yet, and what each model asks of the institution's
 * resources ({@link ResourceDemand}).
 *
 * <p>Recommendations are in the order of group ids, whatever the order of the input. Immutable
 * and thread-safe.
 */
public final class KcsModelPlan implements Renderable {

  private final KcsImplementation implementation;
  private final InstitutionOffer offer;
  private final ImmutableList<ModelRecommendation> recommendations;

  KcsModelPlan(
      KcsImplementation implementation,
      InstitutionOffer offer,
      ImmutableList<ModelRecommendation> recommendations) {
    this.implementation = implementation;
    this.offer = offer;
    this.recommendations = recommendations;
  }

  /** The implementation planned. */
  public KcsImplementation implementation() {
    return implementation;
  }

  /** What the institution can offer. */
  public InstitutionOffer offer() {
    return offer;
  }

  /** Each group's recommendation, in the order of group ids. */
  public ImmutableList<ModelRecommendation> recommendations() {
    return recommendations;
  }

  /** The recommendation for the group {@code id}, if the implementation has it. */
  public Optional<ModelRecommendation> recommendation(GroupId id) {
    requireNonNull(id, "id");
    for (ModelRecommendation recommendation : recommendations) {
      if (recommendation.group().id().equals(id)) {
        return Optional.of(recommendation);
      }
    }
    return Optional.empty();
  }

  /** The models the KCS as a whole runs: recommended for at least one group, in model order. */
  public ImmutableSet<OperatingModel> modelsRun() {
    Set<OperatingModel> models = EnumSet.noneOf(OperatingModel.class);
    for (ModelRecommendation recommendation : recommendations) {
      models.addAll(recommendation.recommendedModels());
    }
    return Sets.immutableEnumSet(models);
  }

  /**
   * Whether the KCS runs one model only; the source expects a real KCS rarely to (KCS-S3: "żaden
   * KCS nie będzie działać tylko według jednego modelu").
   */
  public boolean runsOneModelOnly() {
    return modelsRun().size() == 1;
  }

  /** The groups {@code model} is recommended for, by id. */
  public ImmutableList<SelfHelpGroup> groupsFor(OperatingModel model) {
    requireNonNull(model, "model");
    ImmutableList.Builder<SelfHelpGroup> groups = ImmutableList.builder();
    for (ModelRecommendation recommendation : recommendations) {
      if (recommendation.recommends(model)) {
        groups.add(recommendation.group());
      }
    }
    return groups.build();
  }

  /** The groups no model fits yet, by id: see each one's {@link ModelFit#missing()}. */
  public ImmutableList<SelfHelpGroup> groupsWithoutModel() {
    ImmutableList.Builder<SelfHelpGroup> groups = ImmutableList.builder();
    for (ModelRecommendation recommendation : recommendations) {
      if (recommendation.recommendedModels().isEmpty()) {
        groups.add(recommendation.group());
      }
    }
    return groups.build();
  }

  /** What {@code model} asks of the institution; empty if no group runs it. */
  public Optional<ResourceDemand> demand(OperatingModel model) {
    requireNonNull(model, "model");
    ImmutableList<SelfHelpGroup> groups = groupsFor(model);
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    Map<SupportForm, Integer> forms = new EnumMap<>(SupportForm.class);
    Set<InstitutionCapability> capabilities = EnumSet.noneOf(InstitutionCapability.class);
    for (ModelRecommendation recommendation : recommendations) {
      for (SupportForm form : recommendation.fit(model).supportForms()) {
        forms.merge(form, 1, Integer::sum);
        capabilities.addAll(SupportForms.drawnOn(form, offer));
      }
    }
    return Optional.of(
        new ResourceDemand(
            model,
            groups,
            ImmutableMap.copyOf(forms),
            Sets.immutableEnumSet(capabilities),
            offer.freeHoursPerWeek()));
  }

  /** What each model the KCS runs asks of the institution, in model order. */
  public ImmutableList<ResourceDemand> demands() {
    ImmutableList.Builder<ResourceDemand> demands = ImmutableList.builder();
    for (OperatingModel model : modelsRun()) {
      demands.add(demand(model).orElseThrow());
    }
    return demands.build();
  }

  /**
   * Every rule outcome of the plan, group by group in the order of {@link #recommendations()},
   * each group's in rule order: what a page or a table of the whole plan lists.
   */
  public ImmutableList<Outcome> outcomes() {
    ImmutableList.Builder<Outcome> outcomes = ImmutableList.builder();
    for (ModelRecommendation recommendation : recommendations) {
      outcomes.addAll(recommendation.evaluation().outcomes());
    }
    return outcomes.build();
  }

  /**
   * Writes the plan as text: the models run, what they ask of the institution, the groups no model
   * fits yet, then each group's recommendation.
   */
  @Override
  public void writeTo(ReportText text) {
    ModelReportText.write(this, text);
  }

  @Override
  public String toString() {
    return "KcsModelPlan{" + recommendations.size() + " groups, modelsRun=" + modelsRun() + "}";
  }
}
