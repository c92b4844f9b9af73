package pl.kcs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.examples.Examples;
import pl.kcs.json.KcsJson;

/** {@code kcs example NAME}: prints an embedded example document, to start a file from. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    header = "Prints an embedded example document to start a file from.",
    description = {
      "Prints an embedded example document, the input a subcommand uses without FILE, to start "
          + "from: library (kcs assess), groups (kcs recommend), club (kcs club), budget (kcs "
          + "budget), evaluation (kcs evaluate), simulation (kcs simulate), opening (kcs open), "
          + "group-life (kcs group), autonomy (kcs autonomy)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:bad option"})
final class ExampleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      descriptionKey = "name",
      description =
          "library, groups, club, budget, evaluation, simulation, opening, group-life or autonomy.")
  String name;

  @Option(
      names = "--format",
      paramLabel = "json|xml",
      defaultValue = "json",
      description =
          "json (default), or xml for the library (valid against the implementation XSD).")
  String format;

  @Override
  public Integer call() {
    Object example =
        Examples.byName(name)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "NAME must be "
                            + String.join(", ", Examples.NAMES)
                            + pl.kcs.core.Checks.rejected(name)));
    String text;
    if ("json".equals(format)) {
      text = KcsJson.standard().toJson(example);
    } else if ("xml".equals(format) && example instanceof KcsImplementation implementation) {
      text = KcsJson.standard().toXml(implementation);
    } else {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--format must be json"
              + ("library".equals(name) ? " or xml" : "")
              + " for "
              + name
              + ", was '"
              + format
              + "'");
    }
    spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
    spec.commandLine().getOut().flush();
    return KcsCommand.OK;
  }
}
