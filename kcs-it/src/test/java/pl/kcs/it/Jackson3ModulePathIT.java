package pl.kcs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Spring Boot 4 style application on the module path: it requires {@code pl.kcs.json.tools.jackson}
 * only, compiles with {@code -Xlint:all -Werror} against the kcs jars and Jackson 3, and
 * round-trips the example implementation through a Jackson 3 {@code JsonMapper} with kcs-json3's
 * module registered.
 */
class Jackson3ModulePathIT {

  private static final String MODULE = "com.example.jacksonapp";

  @Test
  void should_round_trip_an_implementation_through_jackson_3_on_the_module_path() {
    List<Path> modulePath = Consumer.dependencyPath();
    Path sources = Consumer.sources().resolveSibling("consumer-jackson3");
    Path classes = Consumer.workFolder("jackson3-module-path");

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
            List.of(
                sources.resolve("module-info.java"),
                sources.resolve("com/example/jacksonapp/Main.java")));
    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation.success()).isTrue();

    List<Path> runPath = new ArrayList<>(modulePath);
    runPath.add(0, classes);
    Path library = Path.of(Consumer.property("kcs.it.repositoryRoot"), "examples", "library.json");
    Consumer.Run run =
        Consumer.run(
            List.of(
                "--module-path",
                Consumer.joined(runPath),
                "--module",
                MODULE + "/" + MODULE + ".Main",
                library.toString()));

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("module: " + MODULE, "host: LIBRARY", "round trip: true");
  }
}
