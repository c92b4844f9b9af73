package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Checks;
import pl.kcs.core.FactClause;
import pl.kcs.core.FactId;
import pl.kcs.core.Identifier;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.core.defaults.LibraryDefault;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.costs.CostTable;
import pl.kcs.costs.CostTableRow;
import pl.kcs.costs.Rounding;
import pl.kcs.evaluation.report.Cell;
import pl.kcs.evaluation.report.GroupRow;
import pl.kcs.evaluation.report.MeasureTable;
import pl.kcs.evaluation.report.PilotComparison;
import pl.kcs.evaluation.report.ScaleSection;
import pl.kcs.evaluation.stats.Interval;
import pl.kcs.evaluation.stats.Proportion;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.RuleId;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.stage.StageFacts;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.simulation.Cancellation;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.Simulation;
import pl.kcs.simulation.Sweep;
import pl.kcs.simulation.SweepTable;

/**
 * JSON for every domain value and every report: each public class of kcs's modules is mapped, or
 * is listed here with the reason it is not. A type a new issue adds fails this test until it is
 * mapped (one mapping class per package, registered in {@link Mappings#standard()}) or listed.
 */
class MappedTypesTest {

  private static final ImmutableMap<Class<?>, String> NOT_MAPPED =
      ImmutableMap.<Class<?>, String>builder()
          .put(Checks.class, "validation helpers, not a value")
          .put(LocalizedBundle.class, "message bundles, not a value")
          .put(pl.kcs.core.text.MessageTemplate.class, "a compiled message pattern, not a value")
          .put(
              pl.kcs.core.text.TextFormats.class,
              "text formatting of numbers, dates and money, not a value")
          .put(
              LibraryDefault.class,
              "a constant of the library, in no document; listed in docs/rules.md")
          .put(LibraryDefaults.class, "the holder of the library defaults, not a value")
          .put(Identifier.class, "the base of the id types, each of which is mapped")
          .put(
              FactClause.class,
              "a statement of the fact catalogue shipped with kcs-core; a value cites its fact by ID")
          .put(
              CostTable.class,
              "a budget rendered in one language; its data is the budget's JSON, the table itself is exchanged as CSV (toCsv, parseCsv)")
          .put(CostTableRow.class, "a row of a CostTable")
          .put(Rounding.class, "a setting of a CostTable's presentation, in no document")
          .put(
              Cell.Shown.class,
              "a cell of an evaluation report, written within it as {\"state\": \"SHOWN\", \"value\": ...}")
          .put(
              Cell.Suppressed.class,
              "a cell of an evaluation report, written within it as {\"state\": \"SUPPRESSED\"}")
          .put(
              Cell.NoAnswers.class,
              "a cell of an evaluation report, written within it as {\"state\": \"NO_ANSWERS\"}")
          .put(GroupRow.class, "part of an evaluation report, written within it")
          .put(MeasureTable.class, "part of an evaluation report, written within it")
          .put(PilotComparison.class, "part of an evaluation report, written within it")
          .put(ScaleSection.class, "part of an evaluation report, written within it")
          .put(Interval.class, "part of a share estimate, written within it")
          .put(Proportion.class, "part of a share estimate, written within it")
          .put(Finding.class, "part of an outcome, written within it")
          .put(RuleId.class, "written as its text within outcomes")
          .put(Rule.class, "behaviour: a rule's condition is code, not data")
          .put(RuleSet.class, "behaviour: rules are code, not data")
          .put(
              pl.kcs.rules.AreaReport.class,
              "the base of the report types, each of which is mapped")
          .put(pl.kcs.rules.ReportText.class, "a report's text being written, not a value")
          .put(pl.kcs.rules.Renderable.class, "what renders as text; each report type is mapped")
          .put(pl.kcs.rules.AreaWords.class, "an area's bundle of words, not a value")
          .put(StageFacts.class, "derived from an implementation, which is exchanged instead")
          .put(StageProgression.class, "a service, not a value")
          .put(Simulation.class, "a service, not a value")
          .put(Sweep.class, "holds functions that vary the parameters, not data")
          .put(SweepTable.Row.class, "part of a sweep table, written within it")
          .put(
              RunSettings.class,
              "holds a progress listener and a cancellation token; SimulationInput carries its seed and replications")
          .put(Cancellation.class, "a token shared with a running simulation, not a value")
          .put(
              pl.kcs.simulation.PartialResult.class,
              "part of a run in flight; has its own binary form (toBytes) for moving it between machines")
          .put(
              pl.kcs.simulation.Uncertainty.class,
              "written as its text in a result's CSV; not yet in a kcs-json document")
          .put(
              pl.kcs.simulation.ParameterDistribution.class,
              "written as its text, uniform(0.3, 0.7), in design files and sensitivity tables")
          .put(
              pl.kcs.simulation.DesignFile.class,
              "a text format of its own (key = value lines), not a JSON document")
          .put(
              pl.kcs.simulation.SensitivityDesign.class,
              "a design with its estimators; exchanged as a design file's text")
          .put(pl.kcs.simulation.ScenarioSensitivity.class, "a service, not a value")
          .put(
              pl.kcs.simulation.SensitivityTable.class,
              "has its own JSON (toJson), written by kcs-simulation, which does not depend on Jackson")
          .put(
              pl.kcs.simulation.SensitivityTable.Ranking.class,
              "part of a sensitivity table, written within its JSON")
          .put(
              pl.kcs.simulation.SensitivityTable.Entry.class,
              "part of a sensitivity table, written within its JSON")
          .put(pl.kcs.rules.autonomy.AutonomyAssessment.class, "a service, not a value")
          .put(pl.kcs.rules.club.ClubCompliance.class, "a service, not a value")
          .put(pl.kcs.rules.group.GroupLife.class, "a service, not a value")
          .put(pl.kcs.rules.models.ModelSelection.class, "a service, not a value")
          .put(pl.kcs.rules.opening.OpeningAssessment.class, "a service, not a value")
          .put(
              pl.kcs.rules.autonomy.AutonomyFacts.class,
              "derived from a value that is exchanged instead")
          .put(pl.kcs.rules.club.ClubFacts.class, "derived from a value that is exchanged instead")
          .put(
              pl.kcs.rules.group.GroupLifeFacts.class,
              "derived from a value that is exchanged instead")
          .put(
              pl.kcs.rules.group.TransitionFacts.class,
              "derived from a value that is exchanged instead")
          .put(
              pl.kcs.rules.models.ModelFacts.class,
              "derived from a value that is exchanged instead")
          .put(
              pl.kcs.rules.opening.OpeningFacts.class,
              "derived from a value that is exchanged instead")
          .put(
              pl.kcs.rules.autonomy.Attitudes.class,
              "a table of which practice shows which attitude: behaviour, not a value")
          .put(
              pl.kcs.rules.autonomy.Terminology.class,
              "a setting of how a report words people (MA-TERMS), in no document")
          .buildOrThrow();

  @Test
  void should_map_every_public_class_of_kcs_or_say_why_not() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      if (!KcsJson.standard().canWrite(type) && !NOT_MAPPED.containsKey(type)) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).as("public classes neither mapped nor listed as not mapped").isEmpty();
  }

  @Test
  void should_not_list_a_mapped_class_as_not_mapped() {
    for (Class<?> type : NOT_MAPPED.keySet()) {
      assertThat(KcsJson.standard().canWrite(type)).as("%s is mapped", type.getName()).isFalse();
    }
    assertThat(KcsJson.standard().canRead(FactId.class)).isTrue();
  }

  private static List<Class<?>> publicClasses() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(MappedTypesTest.class.getClassLoader()).getAllClasses()) {
      String name = info.getName();
      if (!name.startsWith("pl.kcs.")
          || name.startsWith("pl.kcs.json.")
          || name.startsWith("pl.kcs.testing.")
          || name.startsWith("pl.kcs.core.fixtures.")
          || name.startsWith("pl.kcs.core.wording.")
          || info.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Class<?> type = info.load();
      if (Modifier.isPublic(type.getModifiers())
          && !type.isInterface()
          && !type.isEnum()
          && !type.isAnnotation()
          && !Throwable.class.isAssignableFrom(type)
          && !type.getSimpleName().equals("Builder")
          && (type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()))) {
        classes.add(type);
      }
    }
    assertThat(classes).as("the public classes found").hasSizeGreaterThan(80);
    return classes;
  }
}
