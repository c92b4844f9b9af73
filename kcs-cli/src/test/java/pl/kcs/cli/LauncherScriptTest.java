package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed command as a user runs it: {@code kcs-examples/target/kcs}, the launcher script,
 * running {@code kcs.jar} in a JVM of its own. Runs in the {@code package} phase, after the build
 * made them (see the pom); skipped where they are missing or there is no POSIX shell.
 */
class LauncherScriptTest {

  private static final Path LAUNCHER = Path.of("target", "kcs");

  @Test
  void the_launcher_runs_the_jar_with_its_arguments_and_exit_codes() throws Exception {
    assumeTrue(
        Files.isExecutable(LAUNCHER) && Files.exists(Path.of("target", "kcs.jar")),
        "the build has made target/kcs");
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");

    Result assess = run("assess", "../examples/library.json", "--lang", "en");
    assertThat(assess.code()).isZero();
    assertThat(assess.out()).startsWith("Biblioteka Publiczna w Lipowie — Stage 2: inauguration\n");

    // The build made the class-data archive (AppCDS) the launcher starts with; its output is clean.
    assertThat(Path.of("target", "kcs.jsa"))
        .as("the AppCDS archive of the build (see target/kcs-cds.log)")
        .exists();
    assertThat(assess.err()).isEmpty();
    assertThat(Files.readString(Path.of("target", "kcs.jsa.length")))
        .as("the archive's length as the build recorded it")
        .isEqualTo(Long.toString(Files.size(Path.of("target", "kcs.jsa"))));

    Result bad =
        run("assess", "src/test/resources/documents/library-post-fraction.json", "--strict");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .isEqualTo(
            "kcs: src/test/resources/documents/library-post-fraction.json: $.animators[1].postFraction: must be in (0, 1], was 3/2\n");
    assertThat(bad.out()).isEmpty();
  }

  @Test
  void a_truncated_class_data_archive_is_left_unused_instead_of_aborting_the_jvm(
      @TempDir Path installed) throws Exception {
    assumeTrue(
        Files.isExecutable(LAUNCHER) && Files.exists(Path.of("target", "kcs.jsa")),
        "the build has made target/kcs and its archive");
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
    for (String file : List.of("kcs", "kcs.jar", "kcs.jsa.length")) {
      Files.copy(Path.of("target", file), installed.resolve(file));
    }
    // An archive cut short, as a full disk or an interrupted copy leaves it: the JVM (17) given
    // such an archive aborts with a crash report instead of starting without it.
    byte[] archive = Files.readAllBytes(Path.of("target", "kcs.jsa"));
    Files.write(installed.resolve("kcs.jsa"), Arrays.copyOf(archive, archive.length / 10));
    String example = Path.of("..", "examples", "library.json").toAbsolutePath().toString();

    Result assess = run(installed, installed.resolve("kcs").toString(), "assess", example);

    assertThat(assess.code()).isZero();
    assertThat(assess.err()).isEmpty();
    assertThat(assess.out()).isEqualTo(run("assess", example).out());
    try (var files = Files.list(installed)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .as("no JVM crash report")
          .noneMatch(name -> name.startsWith("hs_err"));
    }
  }

  @Test
  void kcs_simulate_draws_its_progress_bar_on_a_pseudo_terminal_and_not_in_a_pipe()
      throws Exception {
    assumeTrue(
        Files.isExecutable(LAUNCHER) && Files.exists(Path.of("target", "kcs.jar")),
        "the build has made target/kcs");
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")),
        "script(1) to run the launcher on a pseudo-terminal");
    String simulate =
        LAUNCHER + " simulate src/test/resources/documents/simulation-small.json --lang en";

    // script(1) gives the launcher a pseudo-terminal for all three streams; its output is the
    // terminal's.
    Process terminal =
        new ProcessBuilder("/usr/bin/script", "-qec", simulate, "/dev/null")
            .redirectErrorStream(true)
            .start();
    terminal.getOutputStream().close();
    String onTerminal =
        new String(terminal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(terminal.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(onTerminal).contains("] 100%").contains("Scenario: animators:");

    // In a pipe, standard error is not a terminal: no bar.
    Result piped =
        run("simulate", "src/test/resources/documents/simulation-small.json", "--lang", "en");
    assertThat(piped.code()).isZero();
    assertThat(piped.err()).isEmpty();
    assertThat(piped.out()).startsWith("Scenario: animators:");
  }

  private static Result run(String... args) throws IOException, InterruptedException {
    return run(Path.of(""), LAUNCHER.toString(), args);
  }

  /** Runs {@code launcher} with {@code args} in {@code directory}. */
  private static Result run(Path directory, String launcher, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(directory.toAbsolutePath().toFile()).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private record Result(int code, String out, String err) {}
}
