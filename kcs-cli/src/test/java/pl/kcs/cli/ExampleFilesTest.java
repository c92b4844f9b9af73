package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.example;
import static pl.kcs.cli.CommandRun.kcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import pl.kcs.examples.Examples;
import pl.kcs.json.KcsJson;

/**
 * The files under {@code examples/} are the embedded examples, exactly as {@code kcs example NAME}
 * prints them; when an example changes, regenerate them with {@code kcs example NAME >
 * examples/NAME.json} (and {@code --format xml} for the library).
 */
class ExampleFilesTest {

  static java.util.List<String> names() {
    return Examples.NAMES;
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("names")
  void each_example_file_is_what_kcs_example_prints(String name) throws IOException {
    assertThat(Files.readString(Path.of(example(name + ".json")), StandardCharsets.UTF_8))
        .isEqualTo(kcs("example", name).out());
  }

  @Test
  void the_xml_example_is_what_kcs_example_prints_and_valid_against_the_xsd() throws IOException {
    String xml = Files.readString(Path.of(example("library.xml")), StandardCharsets.UTF_8);

    assertThat(xml).isEqualTo(kcs("example", "library", "--format", "xml").out());
    assertThat(KcsJson.standard().implementationFromXml(xml)).isEqualTo(Examples.library());
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("names")
  void each_example_file_reads_back_as_its_embedded_example(String name) throws IOException {
    Object embedded = Examples.byName().get(name);
    String json = Files.readString(Path.of(example(name + ".json")), StandardCharsets.UTF_8);

    // The examples are Immutables' implementations of their abstract value types.
    Class<?> type = embedded.getClass().getSuperclass();
    assertThat(KcsJson.standard().fromJson(json, type)).isEqualTo(embedded);
  }
}
