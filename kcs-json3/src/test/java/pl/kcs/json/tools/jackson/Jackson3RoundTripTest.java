package pl.kcs.json.tools.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.Language;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.people.Animator;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.json.KcsJson;
import pl.kcs.json.KcsJsonException;
import pl.kcs.json.fixtures.JsonFixtures;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 line: every document kcs reads comes back equal through a Jackson 3 {@code
 * JsonMapper} with {@link KcsJson3#module()} registered, every value and report is written in
 * exactly the shape of the Jackson 2 module (one mapping, two adapters), kcs values sit inside a
 * system's own documents, and a bad value fails with kcs-json's one-line message.
 */
class Jackson3RoundTripTest {

  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(KcsJson3.module()).build();
  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(KcsJson.standard().jacksonModule());

  static Stream<Arguments> readableTypes() {
    return JsonFixtures.generators().entrySet().stream()
        .map(e -> Arguments.of(e.getKey().getSimpleName(), e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readableTypes")
  void every_document_comes_back_equal_through_a_jackson_3_mapper(
      String name, Class<?> type, Gen<?> generator) {
    Property.check()
        .trials(30)
        .forAll(
            generator,
            value -> {
              String json = JACKSON3.writeValueAsString(value);
              assertThat(JACKSON3.readValue(json, type)).isEqualTo(value);
              assertThat(JACKSON3.readTree(json)).isEqualTo(JACKSON3.readTree(jackson2(value)));
            });
  }

  @Test
  void every_report_is_written_as_the_jackson_2_module_writes_it_in_both_languages() {
    JsonMapper polish =
        JsonMapper.builder()
            .addModule(KcsJson3.module(KcsJson.standard().withLanguage(Language.POLISH)))
            .build();
    ObjectMapper polish2 =
        new ObjectMapper()
            .registerModule(KcsJson.standard().withLanguage(Language.POLISH).jacksonModule());
    for (Object report : JsonFixtures.reports()) {
      assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(report)))
          .isEqualTo(JACKSON3.readTree(jackson2(report)));
      try {
        assertThat(polish.writeValueAsString(report)).isEqualTo(polish2.writeValueAsString(report));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** A municipal system's own document, with a kcs value inside. */
  record CaseFile(String caseNumber, KcsImplementation implementation) {}

  @Test
  void a_kcs_value_sits_inside_a_systems_own_document_without_the_document_fields() {
    CaseFile file = new CaseFile("OPS.8210.12.2024", Fixtures.aLibraryReadyForStageThree());

    String json = JACKSON3.writeValueAsString(file);
    JsonNode tree = JACKSON3.readTree(json);

    assertThat(tree.get("implementation").get("host").get("kind").stringValue())
        .isEqualTo("LIBRARY");
    assertThat(tree.get("implementation").has("document")).isFalse();
    assertThat(JACKSON3.readValue(json, CaseFile.class)).isEqualTo(file);
  }

  @Test
  void a_bad_value_fails_with_kcs_json_s_one_line_message_KCS_REM_FTE() {
    String json =
        JACKSON3
            .writeValueAsString(Fixtures.anAnimatorReadyForStageTwo())
            .replace("\"1/4\"", "\"3/2\"")
            .replace("\"1/2\"", "\"3/2\"");

    assertThatThrownBy(() -> JACKSON3.readValue(json, Animator.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.postFraction: must be in (0, 1], was 3/2")
        .hasCauseInstanceOf(KcsJsonException.class);
  }

  @Test
  void an_unknown_field_fails_as_in_jackson_2() {
    String json =
        JACKSON3
            .writeValueAsString(Fixtures.anAnimatorReadyForStageTwo())
            .replaceFirst("\\{", "{\"postFracton\":\"1/4\",");

    assertThatThrownBy(() -> JACKSON3.readValue(json, Animator.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "$.postFracton: is not a field of format " + KcsJson.FORMAT_VERSION + " here");
  }

  @Test
  void the_module_names_itself_and_the_format() {
    assertThat(KcsJson3.module().getModuleName()).isEqualTo("kcs-json3 " + KcsJson.FORMAT_VERSION);
  }

  private static String jackson2(Object value) {
    try {
      return JACKSON2.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
