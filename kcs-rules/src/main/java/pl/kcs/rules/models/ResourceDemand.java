package pl.kcs.rules.models;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.SupportForm;
import pl.kcs.rules.Renderable;
import pl.kcs.rules.ReportText;

/**
 * What running one operating model for its groups asks of the institution (KCS-S3: the model
 * depends on the institution's resources): the groups, each form of support with the number of
 * groups it serves, the institution's capabilities those forms draw on, and for Model 1 the free
 * hours a week the groups share (KCS-M1).
 *
 * <p>Immutable and thread-safe.
 */
public final class ResourceDemand implements Renderable {

  private final OperatingModel model;
  private final ImmutableList<SelfHelpGroup> groups;
  private final ImmutableMap<SupportForm, Integer> forms;
  private final ImmutableSet<InstitutionCapability> capabilities;
  private final int freeHoursPerWeek;

  ResourceDemand(
      OperatingModel model,
      ImmutableList<SelfHelpGroup> groups,
      ImmutableMap<SupportForm, Integer> forms,
      ImmutableSet<InstitutionCapability> capabilities,
      int freeHoursPerWeek) {
    this.model = model;
    this.groups = groups;
    this.forms = forms;
    this.capabilities = capabilities;
    this.freeHoursPerWeek = freeHoursPerWeek;
  }

  /** The model. */
  public OperatingModel model() {
    return model;
  }

  /** The groups the model is recommended for, by id. */
  public ImmutableList<SelfHelpGroup> groups() {
    return groups;
  }

  /** Each form of support that applies, in the source's order, with how many groups it serves. */
  public ImmutableMap<SupportForm, Integer> forms() {
    return forms;
  }

  /** The institution's capabilities the forms draw on, in their enum order. */
  public ImmutableSet<InstitutionCapability> capabilities() {
    return capabilities;
  }

  /** The free hours a week the institution lends, shared by the groups of Model 1 (KCS-M1). */
  public int freeHoursPerWeek() {
    return freeHoursPerWeek;
  }

  /**
   * Writes the demand as a few lines: the model and its groups, then, indented, the forms of
   * support, the free space (Model 1) and the institution's resources they draw on.
   */
  @Override
  public void writeTo(ReportText text) {
    Language language = text.language();
    List<String> names = new ArrayList<>();
    for (SelfHelpGroup group : groups) {
      names.add(group.name());
    }
    text.line(ModelRules.WORDS.format(language, "plan.demand", model, String.join(", ", names)));
    List<Labelled> formCounts = new ArrayList<>();
    for (Map.Entry<SupportForm, Integer> form : forms.entrySet()) {
      formCounts.add(ModelRules.WORDS.message("plan.demand.form", form.getKey(), form.getValue()));
    }
    text.line(
        "    ", ModelRules.WORDS.format(language, "plan.demand.forms", Labels.join(formCounts)));
    if (model == OperatingModel.M1_OPEN_DOORS) {
      text.line(
          "    ",
          ModelRules.WORDS.format(language, "plan.demand.space", freeHoursPerWeek, groups.size()));
    }
    text.line(
        "    ",
        capabilities.isEmpty()
            ? ModelRules.WORDS.format(language, "plan.demand.no-capabilities")
            : ModelRules.WORDS.format(
                language, "plan.demand.capabilities", Labels.join(capabilities)));
  }

  @Override
  public String toString() {
    return "ResourceDemand{" + model + ", " + groups.size() + " groups, " + capabilities + "}";
  }
}
