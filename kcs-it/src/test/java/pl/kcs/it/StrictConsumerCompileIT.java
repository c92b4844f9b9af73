package pl.kcs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's build that compiles with {@code -Xlint:all -Werror} on the class path, the way most
 * builds use kcs. It once failed on warnings such as "Cannot find annotation method 'from()' in
 * type 'Generated': class file for org.immutables.value.Generated not found", because the
 * Immutables annotations in the kcs class files were not on a consumer's path.
 */
class StrictConsumerCompileIT {

  @Test
  void should_compile_a_consumer_with_all_lint_warnings_as_errors_and_print_no_diagnostic() {
    List<Path> classPath = Consumer.dependencyPath();
    Path classes = Consumer.workFolder("class-path");

    Consumer.Compilation compilation =
        Consumer.compile(
            List.of(
                "--release",
                "17",
                "-Xlint:all",
                "-Werror",
                "-classpath",
                Consumer.joined(classPath),
                "-d",
                classes.toString()),
            List.of(Consumer.mainSource()));

    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation.success()).isTrue();

    List<Path> runPath = new ArrayList<>(classPath);
    runPath.add(0, classes);
    Consumer.Run run = Consumer.run(List.of("-classpath", Consumer.joined(runPath), Consumer.MAIN));
    assertThat(run.exitCode()).as(run.output()).isZero();
    StageReportOutput.assertPrintedByTheConsumer(run.output());
    assertThat(run.output()).contains("module: null");
  }
}
