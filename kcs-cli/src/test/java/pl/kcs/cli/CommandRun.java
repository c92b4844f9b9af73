package pl.kcs.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One run of the {@code kcs} command as a user would run it, through picocli's own runner, with captured streams. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun kcs(String... args) {
    return kcsWithInput("", args);
  }

  static CommandRun kcsWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Kcs.run(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** A run with the environment variables {@code env} (e.g. {@code KCS_LANG}). */
  static CommandRun kcsWithEnvironment(java.util.Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Kcs.run(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            new ByteArrayInputStream(new byte[0]),
            env);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** The path of a test document under {@code src/test/resources/documents}. */
  static String document(String name) {
    try {
      return Path.of(CommandRun.class.getResource("/documents/" + name).toURI()).toString();
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test document " + name, e);
    }
  }

  /** The path of a file of the project's {@code examples/} directory (the tests run in kcs-examples). */
  static String example(String name) {
    return Path.of("..", "examples", name).toString();
  }
}
