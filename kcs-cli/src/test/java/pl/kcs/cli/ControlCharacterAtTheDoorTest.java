package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.kcsWithInput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.kcs.examples.Examples;
import pl.kcs.json.KcsJson;

/**
 * Input kcs cannot represent is rejected at the door: a line break, an escape, a bell, a tab or a
 * bidi override put into any text of any example document — a name, an id, a code, a date — ends
 * in exit 2 and one line on standard error, never in exit 3 or a report that carries it. (White
 * space inside a number, {@code "1\t/4"}, is not text and is dropped as white space is.)
 */
class ControlCharacterAtTheDoorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] CONTROLS = {
    "\n", "\r", "\u001b[31m", "\u0007", "\t", "\u202e", "\u0000"
  };
  private static final Map<String, String> SUBCOMMAND =
      Map.of(
          "library", "assess",
          "groups", "recommend",
          "club", "club",
          "budget", "budget",
          "evaluation", "evaluate",
          "simulation", "simulate");

  @ParameterizedTest
  @ValueSource(strings = {"library", "groups", "club", "budget", "evaluation", "simulation"})
  void a_control_character_in_any_text_of_the_document_is_bad_input_in_one_line(String example)
      throws Exception {
    String document = KcsJson.standard().toJson(Examples.byName().get(example));
    JsonNode tree = JSON.readTree(document);
    List<String> paths = new ArrayList<>();
    texts(tree, "", paths);
    assertThat(paths).as("texts of %s", example).isNotEmpty();
    int i = 0;
    for (String path : paths) {
      String control = CONTROLS[i++ % CONTROLS.length];
      if (control.isBlank() && tree.at(path).asText().matches("[0-9./]+")) {
        // White space around a number's parts is syntax ("1 / 4" is 1/4), read and dropped: nothing
        // to reject.
        control = CONTROLS[2];
      }
      JsonNode changed = tree.deepCopy();
      insert(changed, path, control);
      String subcommand = SUBCOMMAND.get(example);
      String text = JSON.writeValueAsString(changed);
      CommandRun run =
          subcommand.equals("simulate")
              ? kcsWithInput(text, subcommand, "-", "--replications", "10")
              : kcsWithInput(text, subcommand, "-");
      assertThat(run.exitCode())
          .as("%s %s with %s: %s", example, path, escaped(control), run.err())
          .isEqualTo(2);
      assertThat(run.err().lines()).as("%s %s", example, path).hasSize(1);
      assertThat(run.err().substring(0, run.err().length() - 1))
          .doesNotContain(control.substring(0, 1));
      assertThat(run.out()).isEmpty();
    }
  }

  /** Every path of a text value, as JSON pointers. */
  private static void texts(JsonNode node, String path, List<String> paths) {
    if (node.isTextual()) {
      paths.add(path);
    } else if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> texts(node.get(name), path + "/" + name, paths));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        texts(node.get(i), path + "/" + i, paths);
      }
    }
  }

  /** Puts {@code control} in the middle of the text at {@code path}. */
  private static void insert(JsonNode root, String path, String control) {
    int cut = path.lastIndexOf('/');
    JsonNode parent = root.at(path.substring(0, cut));
    String last = path.substring(cut + 1);
    String text = root.at(path).asText();
    String changed =
        text.substring(0, text.length() / 2) + control + text.substring(text.length() / 2);
    if (parent instanceof ObjectNode object) {
      object.set(last, TextNode.valueOf(changed));
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), TextNode.valueOf(changed));
    }
  }

  private static String escaped(String text) {
    StringBuilder escaped = new StringBuilder();
    text.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
    return escaped.toString();
  }
}
