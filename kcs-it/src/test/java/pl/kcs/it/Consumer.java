package pl.kcs.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A user's application built against the kcs jars: its sources (src/it/consumer), the path a user's
 * build would give it (the kcs jars and their compile-scope dependencies, as Maven resolved them for
 * kcs-it), an in-process javac and a forked {@code java}.
 */
final class Consumer {

  static final String MODULE = "com.example.consumer";
  static final String MAIN = "com.example.consumer.Main";

  private Consumer() {}

  /** The jars a user's build puts on its compile path when it depends on kcs-json. */
  static List<Path> dependencyPath() {
    Path file = Path.of(property("kcs.it.consumerPath"));
    try {
      String path = Files.readString(file, UTF_8).strip();
      return Arrays.stream(path.split(File.pathSeparator))
          .filter(entry -> !entry.isBlank())
          .map(Path::of)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path sources() {
    return Path.of(property("kcs.it.consumerSources"));
  }

  static Path mainSource() {
    return sources().resolve("com/example/consumer/Main.java");
  }

  /** A fresh, empty folder under target/it-work. */
  static Path workFolder(String name) {
    Path folder = Path.of(property("kcs.it.work"), name);
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> old = Files.walk(folder)) {
          for (Path path : old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
            Files.delete(path);
          }
        }
      }
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String joined(List<Path> path) {
    return path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** Compiles {@code sources} with {@code options}; every diagnostic javac printed, one a line. */
  static Compilation compile(List<String> options, List<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      boolean success =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      List<String> printed = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        printed.add(diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT));
      }
      return new Compilation(success, printed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code java} with {@code arguments}; its exit code and output (stdout and stderr). */
  static Run run(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Duser.language=tr");
    command.add("-Duser.country=TR");
    command.addAll(arguments);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the consumer did not end within 60 s");
      }
      return new Run(process.exitValue(), new String(output, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          name + " is not set: run these tests through Maven (mvn verify), which sets it");
    }
    return value;
  }

  record Compilation(boolean success, List<String> diagnostics) {}

  record Run(int exitCode, String output) {}
}
