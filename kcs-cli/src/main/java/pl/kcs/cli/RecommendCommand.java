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
      "For every group of an implementation document (JSON, or XML by its XSD): the fitting "
          + "models (never forced to one), their scores and reasons with fact IDs, the forms of "
          + "support, what is missing for Model 4, and which models the KCS as a whole runs. What the "
          + "institution can offer (KCS-S3): from --free-hours and --capability when given, else the "
          + "offer FILE declares; a FILE that declares none is judged on what it does declare, as "
          + "offering nothing more, and the report says so. Never another's offer.",
      "Without FILE: the embedded example, three groups of a culture house and its offer (kcs "
          + "example groups)."
    })
final class RecommendCommand extends ReportCommand {

  @Option(
      names = "--free-hours",
      paramLabel = "HOURS",
      description = "Hours a week a space is free for the groups (KCS-M1).")
  Integer freeHours;

  @Option(
      names = "--capability",
      paramLabel = "CODE",
      description = "What else the institution can offer, repeatable: ${COMPLETION-CANDIDATES}.")
  List<InstitutionCapability> capabilities = new ArrayList<>();

  @Override
  public Integer call() {
    format();
    KcsImplementation implementation =
        file().map(inputs::implementation).orElseGet(ThreeGroups::implementation);
    OfferSource source = offerSource(implementation);
    InstitutionOffer offer =
        source == OfferSource.OPTIONS ? offerFromOptions() : source.offer(implementation);
    KcsModelPlan plan = ModelSelection.withDefaultRules().plan(implementation, offer);
    String text =
        source.notice(language()).map(n -> n + "\n\n").orElse("")
            + plan.render(language().locale());
    print(
        Output.text(() -> text)
            .json(
                () -> {
                  // The plan document, and where its offer came from, after the document's own
                  // fields.
                  String json =
                      pl.kcs.json.KcsJson.standard().withLanguage(language()).toJson(plan);
                  int afterVersion = json.indexOf('\n', json.indexOf("\"formatVersion\"")) + 1;
                  return json.substring(0, afterVersion)
                      + "  \"offerSource\": \""
                      + source.name()
                      + "\",\n"
                      + json.substring(afterVersion);
                })
            .csv(() -> ModelPlanCsv.write(plan, source, language()))
            .html(
                () ->
                    HtmlReport.page(
                        say("Modele działania — ", "Operating models — ")
                            + implementation.host().name(),
                        GroupReports.outcomes(
                            plan.recommendations(), r -> r.evaluation().outcomes()),
                        text,
                        language())));
    return KcsCommand.OK;
  }

  /** Where the offer comes from: options first, then the file's own declaration, the example only without a file. */
  private OfferSource offerSource(KcsImplementation implementation) {
    if (freeHours != null || !capabilities.isEmpty()) {
      return OfferSource.OPTIONS;
    }
    if (file().isEmpty()) {
      return OfferSource.EXAMPLE;
    }
    return OfferSource.declared(implementation);
  }

  private InstitutionOffer offerFromOptions() {
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
