package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The version and unknown-field policy of {@link KcsJson}: another major version is refused; of
 * this minor version an unknown field is refused (a misspelling would be lost) unless it is an
 * {@code x-} extension; of a newer minor version unknown fields are ignored, because a minor
 * version only adds optional fields.
 */
class VersioningTest {

  private static final KcsJson JSON = KcsJson.standard();

  @Test
  void should_write_the_document_name_and_the_format_version_first() {
    assertThat(JSON.toJson(read(Documents.library())))
        .startsWith(
            "{\n  \"document\": \"implementation\",\n  \"formatVersion\": \"1.1\",\n  \"host\": {");
  }

  @Test
  void should_refuse_another_major_version() {
    ObjectNode library = Documents.library();
    library.put("formatVersion", "2.0");
    assertProblem(
        library,
        "$.formatVersion: must be 1.x, was 2.0: this kcs reads format 1.1; a newer kcs is needed");

    library.put("formatVersion", "0.9");
    assertProblem(library, "$.formatVersion: must be 1.x, was 0.9: this kcs reads format 1.1");
  }

  @Test
  void should_refuse_a_version_that_is_not_major_dot_minor() {
    ObjectNode library = Documents.library();
    library.put("formatVersion", "1");
    assertProblem(library, "$.formatVersion: must be a version like \"1.1\", was '1'");

    library.put("formatVersion", 1);
    assertProblem(library, "$.formatVersion: must be a string, was a number");

    library.remove("formatVersion");
    assertProblem(library, "$.formatVersion: is required");
  }

  @Test
  void should_ignore_the_fields_of_a_newer_minor_version() {
    ObjectNode library = Documents.library();
    library.put("formatVersion", "1.3");
    library.put("municipalityCode", "146501");
    ((ObjectNode) library.get("host")).putObject("address").put("city", "Lipowo");

    assertThat(read(library)).isEqualTo(read(Documents.library()));
  }

  @Test
  void should_ignore_extension_fields_in_any_version() {
    ObjectNode library = Documents.library();
    library.put("x-caseNumber", "OPS.8210.12.2024");
    ((ObjectNode) library.withArray("animators").get(0)).put("x-hrId", 1234);

    assertThat(read(library)).isEqualTo(read(Documents.library()));
  }

  @Test
  void should_still_check_known_fields_of_a_newer_minor_version() {
    ObjectNode library = Documents.library();
    library.put("formatVersion", "1.2");
    library.put("stage", "STAGE_4");

    assertProblem(
        library, "$.stage: must be one of PREPARATION, INAUGURATION, OPERATION, was 'STAGE_4'");
  }

  private static KcsImplementation read(ObjectNode document) {
    return JSON.fromJsonTree(document, KcsImplementation.class);
  }

  private static void assertProblem(ObjectNode document, String message) {
    assertThatThrownBy(() -> read(document))
        .isInstanceOf(KcsJsonException.class)
        .hasMessage(message);
  }
}
