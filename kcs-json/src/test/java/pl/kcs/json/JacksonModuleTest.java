package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.stage.KcsImplementation;

/**
 * A system with its own {@link ObjectMapper} puts kcs values inside its own documents with {@link
 * KcsJson#jacksonModule()}: the same shape, without the document fields, the same errors.
 */
class JacksonModuleTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(KcsJson.standard().jacksonModule());

  record CaseFile(String caseNumber, KcsImplementation implementation) {}

  @Test
  void should_write_and_read_kcs_values_inside_a_systems_own_document() throws Exception {
    KcsImplementation library =
        KcsJson.standard().fromJson(Documents.libraryJson(), KcsImplementation.class);

    String json = MAPPER.writeValueAsString(new CaseFile("OPS.8210.12.2024", library));
    CaseFile read = MAPPER.readValue(json, CaseFile.class);

    assertThat(read).isEqualTo(new CaseFile("OPS.8210.12.2024", library));
    assertThat(json)
        .startsWith("{\"caseNumber\":\"OPS.8210.12.2024\",\"implementation\":{\"host\":{")
        .doesNotContain("formatVersion");
  }

  @Test
  void should_write_a_post_fraction_as_its_value_object() throws Exception {
    assertThat(MAPPER.writeValueAsString(Map.of("post", PostFraction.QUARTER)))
        .isEqualTo("{\"post\":{\"value\":\"1/4\"}}");
    assertThat(MAPPER.readValue("[{\"value\":\"2/4\"}]", PostFraction[].class))
        .containsExactly(PostFraction.HALF);
    assertThat(List.of(PostFraction.HALF)).hasSize(1);
  }

  @Test
  void should_fail_with_kcs_jsons_path_and_problem() {
    String bad =
        "{\"caseNumber\":\"1\",\"implementation\":{\"host\":{\"name\":\"B\",\"kind\":\"LIBRARY\"},\"stage\":\"STAGE_4\"}}";

    assertThatThrownBy(() -> MAPPER.readValue(bad, CaseFile.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(
            "$.stage: must be one of PREPARATION, INAUGURATION, OPERATION, was 'STAGE_4'")
        .hasRootCauseInstanceOf(KcsJsonException.class);
  }
}
