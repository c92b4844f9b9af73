package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.testing.Gen;

/**
 * The JSON Schemas (2020-12) of docs/schemas and of the jar: they are what kcs-json's mapping
 * writes (derived by {@link SchemaGenerator}, identical in both places), every example file, every
 * generated document and every report validates against its schema, and a sample of bad input
 * that kcs rejects the schema rejects too. Validated by networknt json-schema-validator.
 *
 * <p>When the mapping changes, regenerate the schemas with {@code mvn -pl kcs-json test
 * -Dtest=JsonSchemaTest -Dkcs.writeSchemas=true} (or run {@code SchemaGenerator.main} from
 * kcs-json's directory), review the diff and commit it.
 */
class JsonSchemaTest {

  private static final KcsJson JSON = KcsJson.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new HashMap<>();
  private static final int GENERATED = 15;

  @Test
  void the_schemas_are_what_the_mapping_writes_in_the_jar_and_in_docs() throws IOException {
    Map<String, String> derived = SchemaGenerator.generate();
    if (Boolean.getBoolean("kcs.writeSchemas")) {
      SchemaGenerator.main(new String[0]);
    }

    Map<String, String> docs = new TreeMap<>();
    try (Stream<Path> files = Files.list(docsDirectory())) {
      for (Path file : (Iterable<Path>) files::iterator) {
        docs.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertThat(docs)
        .as(
            "docs/schemas/%s is what the mapping writes; regenerate with -Dkcs.writeSchemas=true",
            SchemaGenerator.DIRECTORY)
        .isEqualTo(derived);
    derived.forEach(
        (file, text) ->
            assertThat(resource(SchemaGenerator.RESOURCE_DIRECTORY + file))
                .as("the jar's copy of %s", file)
                .isEqualTo(text));
  }

  @Test
  void every_document_kcs_maps_has_a_schema_in_the_jar() {
    List<String> missing = new ArrayList<>();
    for (Mapping<?> mapping : Mappings.standard().all()) {
      if (KcsJson.class.getResource(
              SchemaGenerator.RESOURCE_DIRECTORY + mapping.document() + ".schema.json")
          == null) {
        missing.add(mapping.document());
      }
    }
    assertThat(missing).as("documents without a schema").isEmpty();
  }

  @Test
  void every_example_file_validates_against_its_schema() throws IOException {
    List<Path> examples = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      files.filter(f -> f.toString().endsWith(".json")).forEach(examples::add);
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
    for (Path example : examples) {
      assertValid(
          Files.readString(example, StandardCharsets.UTF_8), example.getFileName().toString());
    }
  }

  static Stream<Arguments> readableTypes() {
    return RoundTripPropertyTest.GENERATORS.entrySet().stream()
        .map(e -> Arguments.of(e.getKey().getSimpleName(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readableTypes")
  void every_generated_document_validates_against_its_schema(String type, Gen<?> generator) {
    SplittableRandom random = new SplittableRandom(type.hashCode() * 31L + 7);
    for (int i = 0; i < GENERATED; i++) {
      Object value = generator.next(random);
      assertValid(JSON.toJson(value), type + " #" + i);
    }
  }

  @Test
  void every_report_kcs_writes_validates_against_its_schema_in_both_languages() {
    List<Object> reports = SchemaSamples.reports();
    java.util.Set<Class<?>> inPolish = new java.util.HashSet<>();
    for (Object report : reports) {
      assertValid(JSON.toJson(report), report.getClass().getSimpleName());
      if (inPolish.add(report.getClass())) {
        assertValid(
            JSON.withLanguage(pl.kcs.core.Language.POLISH).toJson(report),
            report.getClass().getSimpleName());
      }
    }
    assertThat(
            reports.stream().map(JSON::toJsonTree).map(r -> r.get("document").asText()).distinct())
        .contains(
            "stageReport",
            "ruleEvaluation",
            "modelPlan",
            "groupLifeReport",
            "transition",
            "autonomyReport",
            "clubReport",
            "selfAssessmentReport",
            "budget",
            "scenarioComparison",
            "evaluationReport",
            "simulationResult",
            "sweepTable");
  }

  // ------------------------------------------------------------------ what kcs rejects, the schema
  // rejects

  @Test
  void the_schema_rejects_an_unknown_code_as_kcs_does() {
    assertBothReject(
        Documents.library(),
        library -> ((ObjectNode) library.get("host")).put("kind", "BIBLIOTEKA"),
        "$.host.kind: must be one of CULTURE_HOUSE, LIBRARY, LOCAL_ACTIVITY_CENTRE, EXISTING_SELF_HELP_GROUP,"
            + " SOCIAL_ASSISTANCE_CENTRE, was 'BIBLIOTEKA'",
        "/host/kind");
  }

  @Test
  void the_schema_rejects_a_missing_required_field_as_kcs_does() {
    assertBothReject(
        Documents.library(), library -> library.remove("host"), "$.host: is required", "");
  }

  @Test
  void the_schema_rejects_a_misspelt_field_as_kcs_does() {
    assertBothReject(
        Documents.library(),
        library -> ((ObjectNode) library.withArray("animators").get(0)).put("postFracton", "1/4"),
        "$.animators[0].postFracton: is not a field of format 1.1 here",
        "/animators/0");
  }

  @Test
  void the_schema_rejects_a_wrong_json_type_as_kcs_does() {
    assertBothReject(
        Documents.library(),
        library -> ((ObjectNode) library.withArray("groups").get(0)).put("participantCount", "six"),
        "$.groups[0].participantCount: must be a number, was a string",
        "/groups/0/participantCount");
  }

  @Test
  void the_schema_rejects_a_date_that_is_not_an_iso_date_as_kcs_does() {
    assertBothReject(
        Documents.library(),
        library ->
            ((ObjectNode) library.withArray("groups").get(0)).put("foundedOn", "1 marca 2024"),
        "$.groups[0].foundedOn: must be a date like 2024-01-15; the value is not repeated",
        "/groups/0/foundedOn");
  }

  @Test
  void the_schema_rejects_a_repeated_code_of_a_set_as_kcs_does() {
    assertBothReject(
        Documents.library(),
        library ->
            ((ObjectNode) library.get("host")).withArray("equipment").add("CHAIRS").add("CHAIRS"),
        null,
        "/host/equipment");
  }

  @Test
  void the_schema_rejects_an_id_that_is_not_an_id_as_kcs_does_without_naming_it() {
    assertBothReject(
        Documents.library(),
        library -> ((ObjectNode) library.withArray("animators").get(0)).put("id", "Ewa Nowak"),
        null,
        "/animators/0/id");
  }

  @Test
  void the_schema_rejects_another_major_version_and_another_document_as_kcs_does() {
    assertBothReject(
        Documents.library(),
        library -> library.put("formatVersion", "2.0"),
        "$.formatVersion: must be 1.x, was 2.0: this kcs reads format 1.1; a newer kcs is needed",
        "/formatVersion");
    assertBothReject(
        Documents.library(),
        library -> library.put("document", "budgetScenario"),
        null,
        "/document");
  }

  @Test
  void the_schema_rejects_a_bad_offer_as_kcs_does_KCS_M1_KCS_M3() {
    assertBothReject(
        Documents.library(),
        library -> library.putObject("offer").putArray("capabilities").add("KAWIARENKA"),
        null,
        "/offer/capabilities/0");
    assertBothReject(
        Documents.library(),
        library -> library.putObject("offer").put("freeHoursPerWeek", 2.5),
        "$.offer.freeHoursPerWeek: must be a whole number, was 2.5",
        "/offer/freeHoursPerWeek");
  }

  @Test
  void the_schema_rejects_a_decimal_that_is_not_a_number_as_kcs_does() throws IOException {
    ObjectNode budget =
        (ObjectNode) MAPPER.readTree(Files.readString(Path.of("..", "examples", "budget.json")));
    assertBothReject(
        budget,
        scenario ->
            scenario
                .withObject("/rateCard/employerContributions/ratesPercent")
                .put("PENSION", "dziewięć"),
        "$.rateCard.employerContributions.ratesPercent.PENSION: must be a decimal number like \"9.76\"; the value is not repeated",
        "/rateCard/employerContributions/ratesPercent/PENSION");
  }

  @Test
  void the_schema_accepts_a_document_of_format_1_0_without_an_offer() {
    ObjectNode library = Documents.library();

    assertThat(library.get("formatVersion").asText()).isEqualTo("1.0");
    assertValid(library.toString(), "library 1.0");
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Spoils {@code document}, then: kcs rejects it (with {@code message}, if given) and the schema
   * of its document reports an error at {@code location} (a JSON Pointer, if given).
   */
  private static void assertBothReject(
      ObjectNode document, Consumer<ObjectNode> spoil, String message, String location) {
    String name = document.get("document").asText();
    assertValid(document.toString(), name + " before it is spoilt");
    spoil.accept(document);
    String text = document.toString();
    Class<?> type = typeOf(name);

    var rejection =
        assertThatThrownBy(() -> JSON.fromJson(text, type)).isInstanceOf(KcsJsonException.class);
    if (message != null) {
      rejection.hasMessage(message);
    }
    List<Error> errors = schema(name).validate(text, InputFormat.JSON);
    assertThat(errors).as("the schema's errors").isNotEmpty();
    if (location != null) {
      assertThat(errors)
          .extracting(e -> e.getInstanceLocation().toString().replaceFirst("^\\$", ""))
          .as("where the schema finds the error")
          .anySatisfy(at -> assertThat(jsonPointer(at)).isEqualTo(location));
    }
  }

  /** networknt writes instance locations as JSONPath ({@code $.host.kind}, {@code $.groups[0]}); as a JSON Pointer. */
  private static String jsonPointer(String path) {
    return path.replaceAll("\\[(\\d+)]", ".$1")
        .replace('.', '/')
        .replace("['", "/")
        .replace("']", "");
  }

  private static Class<?> typeOf(String document) {
    for (Mapping<?> mapping : Mappings.standard().all()) {
      if (mapping.document().equals(document)) {
        return mapping.type();
      }
    }
    throw new IllegalArgumentException(document);
  }

  private static void assertValid(String json, String what) {
    String document;
    try {
      document = MAPPER.readTree(json).get("document").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Error> errors = schema(document).validate(json, InputFormat.JSON);
    assertThat(errors).as("%s against %s.schema.json", what, document).isEmpty();
  }

  private static synchronized Schema schema(String document) {
    return SCHEMAS.computeIfAbsent(
        document,
        d -> REGISTRY.getSchema(resource(SchemaGenerator.RESOURCE_DIRECTORY + d + ".schema.json")));
  }

  private static String resource(String name) {
    try (InputStream in = KcsJson.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path docsDirectory() {
    return Path.of("..", "docs", "schemas", SchemaGenerator.DIRECTORY);
  }
}
