package pl.kcs.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.examples.ThreeGroups;
import pl.kcs.rules.models.KcsModelPlan;
import pl.kcs.rules.models.ModelSelection;

/** {@code kcs recommend FILE}: the operating models per group (KCS-S3, KCS-M1 … KCS-M4). */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    header = "The fitting operating models of every group of an implementation, with the reasons.",
    description = {
      "For every group of an implementation document (JSON, or XML by its XSD): the fitting models (never",
      "forced to one), their scores and reasons with fact IDs, the forms of support, what is missing for",
      "Model 4, and which models the KCS as a whole runs. What the institution can offer comes from",
      "--free-hours and --capability; without them, the embedded example's offer.",
      "Without FILE: the embedded example, three groups of a culture house (kcs example groups)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:bad input or option", "3:an error of kcs itself"})
final class RecommendCommand extends ReportCommand {

  @Option(names = "--free-hours", paramLabel = "HOURS", description = "Hours a week a space is free for the groups (KCS-M1).")
  Integer freeHours;

  @Option(
      names = "--capability",
      paramLabel = "CODE",
      description = "What else the institution can offer, repeatable: ${COMPLETION-CANDIDATES}.")
  List<InstitutionCapability> capabilities = new ArrayList<>();

  @Override
  public Integer call() {
    KcsImplementation implementation = file().map(inputs::implementation).orElseGet(ThreeGroups::implementation);
    InstitutionOffer offer = offer();
    KcsModelPlan plan = ModelSelection.withDefaultRules().plan(implementation, offer);
    switch (format()) {
      case JSON:
        printJson(plan);
        break;
      case CSV:
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--format csv is not available for recommend; use text or json");
      default:
        print(plan.render(language().locale()));
    }
    return KcsCommand.OK;
  }

  private InstitutionOffer offer() {
    if (freeHours == null && capabilities.isEmpty()) {
      return ThreeGroups.offer();
    }
    try {
      return InstitutionOffer.builder()
          .freeHoursPerWeek(freeHours == null ? 0 : freeHours)
          .addAllCapabilities(capabilities)
          .build();
    } catch (IllegalStateException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
