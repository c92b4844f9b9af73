package pl.kcs.rules.models;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.SupportForm;

/**
 * What running one operating model for its groups asks of the institution (KCS-S3: the model
 * depends on the institution's resources): the groups, each form of support with the number of
 * groups it serves, the institution's capabilities those forms draw on, and for Model 1 the free
 * hours a week the groups share (KCS-M1).
 *
 * <p>Immutable and thread-safe.
 */
public final class ResourceDemand {

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
   * {@link #render(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  public String render(Language language) {
    return render(language.locale());
  }

  /** The demand as a few lines of text, in the language kcs uses for {@code locale}. */
  public String render(Locale locale) {
    Language language = Language.of(locale);
    List<String> names = new ArrayList<>();
    for (SelfHelpGroup group : groups) {
      names.add(group.name());
    }
    StringBuilder text = new StringBuilder();
    text.append(
            ModelMessages.BUNDLE.format(language, "plan.demand", model, String.join(", ", names)))
        .append('\n');
    List<Labelled> formCounts = new ArrayList<>();
    for (Map.Entry<SupportForm, Integer> form : forms.entrySet()) {
      formCounts.add(
          ModelMessages.BUNDLE.message("plan.demand.form", form.getKey(), form.getValue()));
    }
    text.append("    ")
        .append(ModelMessages.BUNDLE.format(language, "plan.demand.forms", Labels.join(formCounts)))
        .append('\n');
    if (model == OperatingModel.M1_OPEN_DOORS) {
      text.append("    ")
          .append(
              ModelMessages.BUNDLE.format(
                  language, "plan.demand.space", freeHoursPerWeek, groups.size()))
          .append('\n');
    }
    text.append("    ")
        .append(
            capabilities.isEmpty()
                ? ModelMessages.BUNDLE.format(language, "plan.demand.no-capabilities")
                : ModelMessages.BUNDLE.format(
                    language, "plan.demand.capabilities", Labels.join(capabilities)))
        .append('\n');
    return text.toString();
  }

  @Override
  public String toString() {
    return "ResourceDemand{" + model + ", " + groups.size() + " groups, " + capabilities + "}";
  }
}
