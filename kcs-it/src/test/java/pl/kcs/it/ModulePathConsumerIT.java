package pl.kcs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's application on the module path: it requires {@code pl.kcs.json} in its module-info,
 * compiles against the kcs jars with {@code --module-path}, and runs as a named module, where the
 * Polish and English bundles of kcs-core and kcs-rules must load (they once failed there with
 * "ResourceBundle.Control not supported in named modules").
 */
class ModulePathConsumerIT {

  @Test
  void should_compile_and_run_a_consumer_module_that_prints_the_stage_report() {
    List<Path> modulePath = Consumer.dependencyPath();
    Path classes = Consumer.workFolder("module-path");

    Consumer.Compilation compilation =
        Consumer.compile(
            List.of(
                "--release",
                "17",
                "-Xlint:all",
                "-Werror",
                "--module-path",
                Consumer.joined(modulePath),
                "-d",
                classes.toString()),
            List.of(Consumer.sources().resolve("module-info.java"), Consumer.mainSource()));
    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation.success()).isTrue();

    List<Path> runPath = new ArrayList<>(modulePath);
    runPath.add(0, classes);
    Consumer.Run run =
        Consumer.run(
            List.of(
                "--module-path",
                Consumer.joined(runPath),
                "--module",
                Consumer.MODULE + "/" + Consumer.MAIN));

    assertThat(run.exitCode()).as(run.output()).isZero();
    StageReportOutput.assertPrintedByTheConsumer(run.output());
    assertThat(run.output()).contains("module: " + Consumer.MODULE);
  }

  @Test
  void
      should_describe_kcs_rules_by_its_own_descriptor_with_api_exports_and_bundles_opened_to_core_only() {
    List<Path> modulePath = new ArrayList<>(Consumer.dependencyPath());

    Consumer.Run run =
        Consumer.run(
            List.of(
                // --describe-module spells its words in the default locale ("transıtıve" in
                // Turkish)
                "-Duser.language=en",
                "-Duser.country=US",
                "--module-path",
                Consumer.joined(modulePath),
                "--describe-module",
                "pl.kcs.rules"));

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output().lines().findFirst().orElseThrow())
        .startsWith("pl.kcs.rules@" + Consumer.property("kcs.it.version"))
        .endsWith(".jar");
    assertThat(run.output())
        .contains("exports pl.kcs.rules.stage")
        .contains("requires pl.kcs.core transitive")
        .contains("requires com.google.common transitive")
        .contains("qualified opens pl.kcs.rules to pl.kcs.core")
        .doesNotContain("\nopens ")
        .doesNotContain("contains pl.kcs");
  }
}
