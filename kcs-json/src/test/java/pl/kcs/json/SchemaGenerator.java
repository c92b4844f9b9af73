package pl.kcs.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import pl.kcs.json.SchemaRecorder.FieldShape;
import pl.kcs.json.SchemaRecorder.ObjectShape;
import pl.kcs.testing.Gen;

/**
 * Derives the JSON Schema (2020-12) of every kcs document from the mapping itself: {@link
 * SchemaRecorder} records what the writers write over generated values and reports, and, for
 * every type kcs reads, each field is left out of a generated document in turn to learn whether
 * the reader requires it. Value formats the writers cannot tell apart (an id, a name, a post
 * fraction are all strings) come from a short table of field names below.
 *
 * <p>The schemas are checked in (resources of kcs-json and {@code docs/schemas/}); {@code
 * JsonSchemaTest} fails when they differ from what this class derives.
 */
final class SchemaGenerator {

  /** Where the schemas of format 1.x live, in the jar and under {@code docs/schemas}. */
  static final String DIRECTORY = "1";

  static final String RESOURCE_DIRECTORY = "/pl/kcs/json/schema/" + DIRECTORY + "/";

  static final String ID_BASE =
      "https://raw.githubusercontent.com/kcs-project/kcs/main/docs/schemas/" + DIRECTORY + "/";

  private static final int SAMPLES = 25;
  private static final int PROBED_SAMPLES = 4;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String DECIMAL = "^-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$";
  private static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}$";
  private static final String FRACTION = "^([0-9]+(/[0-9]+)?|[0-9]*\\.[0-9]+)$";
  private static final String ONE_LINE = "^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$";

  /** Fields written as plain strings whose format kcs checks: an id. */
  private static final Set<String> ID_FIELDS =
      Set.of(
          "id",
          "member",
          "respondent",
          "from",
          "to",
          "partner",
          "leaders",
          "animators",
          "group",
          "groups");

  /** Fields written as plain strings whose format kcs checks: a name (KCS names, one line, at most 200 characters). */
  private static final Set<String> NAME_FIELDS = Set.of("name", "title");

  /** Fields written as strings that kcs also reads as a JSON number: exact post fractions (KCS-REM-FTE). */
  private static final Set<String> FRACTION_FIELDS = Set.of("postFraction", "animatorPost");

  /** Documents whose {@code value} is an id, a post fraction. */
  private static final Set<String> ID_DOCUMENTS =
      Set.of("animatorId", "staffId", "groupId", "memberId", "partnerId", "respondentId");

  private static final Set<String> FRACTION_DOCUMENTS = Set.of("postFraction", "fte");

  private final KcsJson json = KcsJson.standard();
  private final Mappings mappings = Mappings.standard();
  private final SchemaRecorder recorder = new SchemaRecorder(mappings);
  private final Set<ObjectShape> probed = new LinkedHashSet<>();
  private final Set<String> gaps = new LinkedHashSet<>();

  /** The schemas, by file name ({@code implementation.schema.json}), in document order. */
  static Map<String, String> generate() {
    SchemaGenerator generator = new SchemaGenerator();
    generator.recordAll();
    Map<String, String> files = new TreeMap<>();
    for (ObjectShape shape : generator.recorder.shapes().values()) {
      if (shape.instances > 0) {
        files.put(shape.document + ".schema.json", text(generator.schema(shape)));
      }
    }
    if (!generator.gaps.isEmpty()) {
      throw new IllegalStateException(
          "fields never written with a value, so of no known kind: " + generator.gaps);
    }
    return files;
  }

  /** The documents, one per mapped type, whose shapes are derived. */
  static Set<String> documents(Map<String, String> files) {
    Set<String> documents = new LinkedHashSet<>();
    files
        .keySet()
        .forEach(name -> documents.add(name.substring(0, name.length() - ".schema.json".length())));
    return documents;
  }

  private void recordAll() {
    for (Map.Entry<Class<?>, Gen<?>> entry : RoundTripPropertyTest.GENERATORS.entrySet()) {
      List<Object> samples = samples(entry.getValue(), entry.getKey().getName().hashCode());
      samples.forEach(recorder::record);
      for (Object sample : samples.subList(0, PROBED_SAMPLES)) {
        probe(entry.getKey(), sample);
      }
    }
    for (Object report : SchemaSamples.reports()) {
      recorder.record(report);
    }
  }

  private static List<Object> samples(Gen<?> generator, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Object> samples = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      samples.add(generator.next(random));
    }
    return samples;
  }

  /** Leaves each field of a generated document out in turn; a field whose absence the reader reports as "is required" is required. */
  private void probe(Class<?> type, Object sample) {
    ObjectNode document = json.toJsonTree(sample);
    ObjectShape shape = recorder.typed(json.documentName(type));
    walk(type, document, document, shape, "$");
  }

  private void walk(
      Class<?> type, ObjectNode root, ObjectNode node, ObjectShape shape, String path) {
    probed.add(shape);
    if (shape.mapKeys != null) {
      return;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      FieldShape field = shape.fields.get(name);
      if (field == null) {
        continue;
      }
      if (!field.readerRequires) {
        JsonNode removed = node.remove(name);
        try {
          json.fromJsonTree(root, type);
        } catch (KcsJsonException e) {
          field.readerRequires = e.getMessage().equals(path + "." + name + ": is required");
        }
        node.set(name, removed);
      }
      JsonNode child = node.get(name);
      if (child.isObject() && field.object != null) {
        walk(type, root, (ObjectNode) child, field.object, path + "." + name);
      } else if (child.isArray() && field.items != null && field.items.object != null) {
        for (int i = 0; i < Math.min(3, child.size()); i++) {
          walk(
              type,
              root,
              (ObjectNode) child.get(i),
              field.items.object,
              path + "." + name + "[" + i + "]");
        }
      }
    }
  }

  // ------------------------------------------------------------------ schemas

  private ObjectNode schema(ObjectShape shape) {
    Map<String, ObjectNode> definitions = new TreeMap<>();
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID_BASE + shape.document + ".schema.json");
    schema.put("title", "kcs " + shape.document + " document, format " + KcsJson.FORMAT_VERSION);
    schema.put(
        "description",
        "The JSON form of kcs's "
            + shape.document
            + " document (kcs-json, format "
            + DIRECTORY
            + ".x up to "
            + KcsJson.FORMAT_VERSION
            + "), derived from kcs-json's mapping. Checks that span fields and"
            + " the limits of docs/kcs-json.md are kcs's, not the schema's.");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("document").put("const", shape.document);
    properties
        .putObject("formatVersion")
        .put("type", "string")
        .put("pattern", "^" + DIRECTORY + "\\.(0|[1-9][0-9]{0,8})$");
    ArrayNode required = schema.putArray("required").add("document").add("formatVersion");
    fields(shape, properties, required, definitions);
    schema.putObject("patternProperties").putObject("^x-");
    schema.put("additionalProperties", false);
    if (!definitions.isEmpty()) {
      ObjectNode defs = schema.putObject("$defs");
      definitions.forEach(defs::set);
    }
    return schema;
  }

  private void fields(
      ObjectShape shape,
      ObjectNode properties,
      ArrayNode required,
      Map<String, ObjectNode> definitions) {
    for (Map.Entry<String, FieldShape> entry : shape.fields.entrySet()) {
      String name = entry.getKey();
      FieldShape field = entry.getValue();
      if (field.kinds.isEmpty()) {
        gaps.add(shape.document + "." + name);
        continue;
      }
      properties.set(name, field(shape.document, name, field, definitions));
      boolean isRequired =
          probed.contains(shape)
              ? field.readerRequires
              : field.present == shape.instances && !field.markedOptional;
      if (isRequired) {
        required.add(name);
      }
    }
  }

  private ObjectNode object(ObjectShape shape, Map<String, ObjectNode> definitions) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    if (shape.mapKeys != null) {
      schema.set("propertyNames", enumeration(shape.mapKeys, definitions));
      FieldShape values = shape.fields.values().stream().findFirst().orElse(null);
      if (values != null) {
        schema.set("additionalProperties", field(shape.document, "", values, definitions));
      }
      return schema;
    }
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = schema.putArray("required");
    fields(shape, properties, required, definitions);
    if (required.isEmpty()) {
      schema.remove("required");
    }
    schema.putObject("patternProperties").putObject("^x-");
    schema.put("additionalProperties", false);
    return schema;
  }

  private ObjectNode field(
      String document, String name, FieldShape field, Map<String, ObjectNode> definitions) {
    Set<String> kinds = field.kinds;
    if (kinds.equals(Set.of("integer", "number"))) {
      return NODES.objectNode().put("type", "number");
    }
    if (kinds.size() > 1) {
      // e.g. the subjects of an outcome: ids and counts
      ObjectNode any = NODES.objectNode();
      ArrayNode options = any.putArray("anyOf");
      for (String kind : kinds) {
        options.add(single(document, name, kind, field, definitions));
      }
      return any;
    }
    return single(document, name, kinds.iterator().next(), field, definitions);
  }

  private ObjectNode single(
      String document,
      String name,
      String kind,
      FieldShape field,
      Map<String, ObjectNode> definitions) {
    switch (kind) {
      case "string":
        return string(document, name);
      case "code":
        return enumeration(field.codes, definitions);
      case "date":
        return NODES.objectNode().put("type", "string").put("pattern", DATE);
      case "decimal":
        return decimal();
      case "integer":
      case "number":
      case "boolean":
        return NODES.objectNode().put("type", kind);
      case "object":
        if (field.object.document.isEmpty()) {
          return object(field.object, definitions);
        }
        define(field.object, definitions);
        return ref(field.object.document);
      case "array":
        ObjectNode array = NODES.objectNode().put("type", "array");
        if (field.items == null || field.items.kinds.isEmpty()) {
          gaps.add(document + "." + name + "[]");
          return array;
        }
        array.set("items", field(document, name, field.items, definitions));
        if (field.items.kinds.equals(Set.of("code"))) {
          array.put("uniqueItems", true);
        }
        return array;
      default:
        throw new IllegalStateException(kind);
    }
  }

  private void define(ObjectShape shape, Map<String, ObjectNode> definitions) {
    if (!definitions.containsKey(shape.document)) {
      definitions.put(
          shape.document, NODES.objectNode()); // a placeholder, for a type that holds itself
      definitions.put(shape.document, object(shape, definitions));
    }
  }

  private ObjectNode string(String document, String name) {
    boolean valueOf = name.equals("value");
    if (ID_FIELDS.contains(name) || (valueOf && ID_DOCUMENTS.contains(document))) {
      return NODES.objectNode().put("type", "string").put("pattern", IDENTIFIER);
    }
    if (FRACTION_FIELDS.contains(name) || (valueOf && FRACTION_DOCUMENTS.contains(document))) {
      ObjectNode fraction = NODES.objectNode();
      fraction.putArray("type").add("string").add("number");
      return fraction.put("pattern", FRACTION).put("exclusiveMinimum", 0);
    }
    if (NAME_FIELDS.contains(name)) {
      return NODES
          .objectNode()
          .put("type", "string")
          .put("minLength", 1)
          .put("maxLength", 200)
          .put("pattern", ONE_LINE);
    }
    return NODES.objectNode().put("type", "string");
  }

  private static ObjectNode decimal() {
    ObjectNode decimal = NODES.objectNode();
    decimal.putArray("type").add("string").add("number");
    return decimal.put("pattern", DECIMAL);
  }

  private static ObjectNode enumeration(
      Class<? extends Enum<?>> type, Map<String, ObjectNode> definitions) {
    String name = type.getSimpleName();
    ObjectNode existing = definitions.get(name);
    if (existing != null && !existing.path("description").asText().equals(type.getName())) {
      throw new IllegalStateException("two enums named " + name);
    }
    ObjectNode definition =
        NODES.objectNode().put("description", type.getName()).put("type", "string");
    ArrayNode codes = definition.putArray("enum");
    for (Enum<?> constant : type.getEnumConstants()) {
      codes.add(constant.name());
    }
    definitions.put(name, definition);
    return ref(name);
  }

  private static ObjectNode ref(String definition) {
    return NODES.objectNode().put("$ref", "#/$defs/" + definition);
  }

  private static String text(ObjectNode schema) {
    try {
      com.fasterxml.jackson.core.util.DefaultIndenter indenter =
          new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n");
      com.fasterxml.jackson.core.util.DefaultPrettyPrinter printer =
          new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
              .withSeparators(
                  com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(
                          com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""));
      printer.indentObjectsWith(indenter);
      return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the schemas to the resources of kcs-json and to docs/schemas, from the module's directory. */
  public static void main(String[] args) throws java.io.IOException {
    Map<String, String> files = generate();
    for (String root :
        List.of(
            "src/main/resources/pl/kcs/json/schema/" + DIRECTORY, "../docs/schemas/" + DIRECTORY)) {
      java.nio.file.Path directory = java.nio.file.Path.of(root);
      java.nio.file.Files.createDirectories(directory);
      try (var old = java.nio.file.Files.list(directory)) {
        for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) old::iterator) {
          if (file.toString().endsWith(".schema.json")) {
            java.nio.file.Files.delete(file);
          }
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        java.nio.file.Files.writeString(
            directory.resolve(file.getKey()),
            file.getValue(),
            java.nio.charset.StandardCharsets.UTF_8);
      }
    }
  }
}
