package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Strings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pl.kcs.core.stage.KcsImplementation;

/**
 * Issue 16 §3: what a person wrote in a code or date field — a relation, a UCLA answer, a joining
 * date — is never quoted back, through {@link KcsJson}, the Jackson module or the XML form; every
 * message is one line of bounded length, however long or multi-line the value or the path.
 */
class FreeTextNeverRepeatedTest {

  private static final KcsJson JSON = KcsJson.standard();

  record CaseFile(String caseNumber, KcsImplementation implementation) {}

  @Test
  void a_relation_written_as_free_text_is_not_repeated() throws IOException {
    String groups =
        example("groups.json")
            .replaceFirst(
                "\"relation\": \"DIRECTLY_AFFECTED\"", "\"relation\": \"Jan Kowalski's mother\"");

    assertThatThrownBy(() -> JSON.fromJson(groups, KcsImplementation.class))
        .isInstanceOf(KcsJsonException.class)
        .hasMessage(
            "$.groups[0].memberships[0].relation: must be one of DIRECTLY_AFFECTED, FAMILY_OR_CLOSE; the value is not repeated");
  }

  @Test
  void a_ucla_answer_written_as_free_text_is_not_repeated() throws IOException {
    String evaluation =
        example("evaluation.json")
            .replaceFirst(
                "\"LACK_COMPANIONSHIP\": \"OFTEN\"",
                "\"LACK_COMPANIONSHIP\": \"Anna Nowak: often, since her divorce\"");

    assertThatThrownBy(() -> JSON.fromJson(evaluation, EvaluationInput.class))
        .isInstanceOf(KcsJsonException.class)
        .hasMessageEndingWith("; the value is not repeated")
        .message()
        .doesNotContain("Nowak")
        .doesNotContain("divorce");
  }

  @Test
  void a_joining_date_written_as_free_text_is_not_repeated() throws IOException {
    String groups =
        example("groups.json")
            .replaceFirst(
                "\"joinedOn\": \"2024-03-05\"", "\"joinedOn\": \"when Jan Kowalski came\"");

    assertThatThrownBy(() -> JSON.fromJson(groups, KcsImplementation.class))
        .hasMessage(
            "$.groups[0].memberships[0].joinedOn: must be a date like 2024-01-15; the value is not repeated");
  }

  @Test
  void the_jackson_module_does_not_repeat_free_text_either() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(JSON.jacksonModule());
    String implementation =
        JSON.toValueTree(JSON.fromJson(example("library.json"), KcsImplementation.class))
            .put("stage", "Jan Kowalski's mother")
            .toString();
    String caseFile = "{\"caseNumber\":\"OPS.1\",\"implementation\":" + implementation + "}";

    assertThatThrownBy(() -> mapper.readValue(caseFile, CaseFile.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining(
            "$.stage: must be one of PREPARATION, INAUGURATION, OPERATION; the value is not repeated")
        .message()
        .doesNotContain("Kowalski");
  }

  @Test
  void the_xml_form_does_not_repeat_free_text_in_a_code_or_a_date() throws IOException {
    String xml = example("library.xml");
    String badStage =
        xml.replaceFirst("<stage>INAUGURATION</stage>", "<stage>Jan Kowalski's mother</stage>");
    String badDate =
        xml.replaceFirst(
            "<foundedOn>2024-05-15</foundedOn>", "<foundedOn>when Jan Kowalski came</foundedOn>");

    for (String document : new String[] {badStage, badDate}) {
      assertThat(document).isNotEqualTo(xml);
      assertThatThrownBy(() -> JSON.implementationFromXml(document))
          .isInstanceOf(KcsJsonException.class)
          .message()
          .doesNotContain("Kowalski");
    }
  }

  @Test
  void a_value_with_a_line_break_cannot_forge_a_second_line_and_a_huge_value_gives_a_short_line()
      throws IOException {
    String forged =
        example("library.json")
            .replaceFirst("\"stage\": \"INAUGURATION\"", "\"stage\": \"X\\nkcs: all fine\"");
    assertThatThrownBy(() -> JSON.fromJson(forged, KcsImplementation.class))
        .message()
        .doesNotContain("\n")
        .doesNotContain("all fine");

    KcsJson roomy = JSON.withLimits(ReadLimits.defaults().withMaxStringLength(20_000_000));
    String huge =
        example("library.json")
            .replaceFirst(
                "\"stage\": \"INAUGURATION\"",
                "\"stage\": \"" + Strings.repeat("x", 10_000_000) + "\"");
    assertThatThrownBy(() -> roomy.fromJson(huge, KcsImplementation.class))
        .isInstanceOf(KcsJsonException.class)
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThanOrEqualTo(502));
  }

  @Test
  void a_five_thousand_character_path_is_shortened_not_echoed_whole() {
    String name = "a" + Strings.repeat("b", 4_999);
    String document =
        "{\"document\":\"implementation\",\"formatVersion\":\"1.0\",\"host\":{\"" + name + "\":1}}";

    assertThatThrownBy(() -> JSON.fromJson(document, KcsImplementation.class))
        .isInstanceOf(KcsJsonException.class)
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThanOrEqualTo(502))
        .message()
        .doesNotContain(Strings.repeat("b", 100));
  }

  private static String example(String name) throws IOException {
    return Files.readString(Path.of("..", "examples", name), StandardCharsets.UTF_8);
  }
}
