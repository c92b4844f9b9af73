package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates come in as arguments and the language from an explicit locale (STYLE 8): kcs-core's
 * main code reads neither the clock nor the default locale.
 */
class NoHiddenGlobalsTest {

  private static final Path MAIN_SOURCES = Path.of("src/main/java");

  private static final List<String> FORBIDDEN =
      List.of(
          "now(", "Clock.system", "currentTimeMillis", "Locale.getDefault", "Locale.setDefault");

  @Test
  void main_code_reads_neither_the_clock_nor_the_default_locale() throws IOException {
    assumeTrue(Files.isDirectory(MAIN_SOURCES), "main sources not found");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      sources =
          files.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toList());
    }
    assertThat(sources).hasSizeGreaterThan(60);
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      for (String forbidden : FORBIDDEN) {
        assertThat(text).as("%s uses %s", source, forbidden).doesNotContain(forbidden);
      }
    }
  }
}
