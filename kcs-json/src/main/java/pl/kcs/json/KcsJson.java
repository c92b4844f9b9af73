package pl.kcs.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pl.kcs.core.Language;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The JSON form of every kcs value, input document and report, through Jackson, and the XML form
 * of the implementation document with its XSD.
 *
 * <h2>Documents</h2>
 *
 * Every document is a JSON object whose first two fields name what it is and the format version:
 *
 * <pre>{@code
 * {
 *   "document": "implementation",
 *   "formatVersion": "1.1",
 *   "host": { "name": "Biblioteka Publiczna w Lipowie", "kind": "LIBRARY", ... },
 *   "stage": "INAUGURATION",
 *   "animators": [ { "id": "anim-ewa", "postFraction": "1/4", ... } ],
 *   ...
 * }
 * }</pre>
 *
 * The shape is stable: enum constants are written as their codes (never as labels), dates as ISO
 * dates, amounts as decimal strings with their currency, post fractions as exact fractions ({@code
 * "1/4"}), absent optional values are left out, every list is written. {@code docs/kcs-json.md}
 * documents every document.
 *
 * <h2>Versions and unknown fields</h2>
 *
 * {@link #FORMAT_VERSION} is {@code MAJOR.MINOR}. Within a major version kcs only adds optional
 * fields (a minor version); anything else is a new major version. A reader:
 *
 * <ul>
 *   <li>rejects a document of another major version;
 *   <li>of its own minor version or an older one, rejects a field it does not know — most likely a
 *       misspelling that would otherwise be lost — except fields whose names start with {@code
 *       x-}, which are for the exchanging systems' own use and are ignored;
 *   <li>of a newer minor version, ignores fields it does not know: they are optional by the rule
 *       above.
 * </ul>
 *
 * A bad document fails with a {@link KcsJsonException} naming the path of the field and what was
 * wrong: {@code $.animators[1].postFraction: must be in (0, 1], was 3/2}.
 *
 * <h2>XML</h2>
 *
 * The implementation document also has an XML form ({@link #toXml}, {@link
 * #implementationFromXml}), written and read by the same mapping: a field is an element, a list is
 * an element wrapping one element per item; the root element {@code implementation} in the
 * namespace {@link #IMPLEMENTATION_NAMESPACE} carries the {@code formatVersion} attribute. Reading
 * validates against the XSD {@link #IMPLEMENTATION_XSD} first.
 *
 * <h2>Other JSON libraries</h2>
 *
 * The mapping is not tied to Jackson 2: {@link #writeValue} writes a value as tokens into any
 * {@link JsonValueWriter}, and {@link #readValue} / {@link #fromJsonValue} read any library's tree
 * seen through {@link JsonValue}, with the same checks and messages. kcs-json3 adapts Jackson 3
 * this way ({@code KcsJson3.module()}).
 *
 * <h2>Limits</h2>
 *
 * Reading any text costs bounded time and memory: a document is at most {@link
 * ReadLimits#DEFAULT_MAX_DOCUMENT_LENGTH} characters long, nested at most {@link
 * ReadLimits#DEFAULT_MAX_DEPTH} deep, a list has at most {@link ReadLimits#DEFAULT_MAX_LIST_ITEMS}
 * items and a string at most {@link ReadLimits#DEFAULT_MAX_STRING_LENGTH} characters, unless
 * {@link #withLimits} says otherwise; numbers and dates are bounded as kcs-core bounds them (see
 * {@link ReadLimits}). A document over a limit fails with a {@link KcsJsonException} naming the
 * limit. Messages never repeat free text of the document: a rejected value is shown only when it
 * is a number or a well-formed code; every message is one line of bounded length.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class KcsJson {

  /** The format version this kcs writes and reads ({@code MAJOR.MINOR}). */
  public static final String FORMAT_VERSION = "1.1";

  /** The XML namespace of the implementation document of format 1.x. */
  public static final String IMPLEMENTATION_NAMESPACE = "urn:pl:kcs:implementation:1";

  /** The resource of kcs-json holding the XSD of the implementation document of format 1.x. */
  public static final String IMPLEMENTATION_XSD = "/pl/kcs/json/kcs-implementation-1.xsd";

  private static final int MAJOR = 1;
  private static final int MINOR = 1;
  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");
  private static final String IMPLEMENTATION = "implementation";

  /** The longest number token the JSON reader tokenizes; kcs-core's bounds apply after it. */
  private static final int MAX_NUMBER_TOKEN = 100;

  /** The longest field name the JSON reader tokenizes. */
  private static final int MAX_NAME_LENGTH = 1000;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

  private static final KcsJson STANDARD =
      new KcsJson(Mappings.standard(), Language.ENGLISH, ReadLimits.defaults());

  private final Mappings mappings;
  private final Language language;
  private final ReadLimits limits;
  private final JsonFactory reading;

  private KcsJson(Mappings mappings, Language language, ReadLimits limits) {
    this.mappings = mappings;
    this.language = language;
    this.limits = limits;
    this.reading = readingFactory(limits);
  }

  /** Every mapping of kcs, with report texts in English. */
  public static KcsJson standard() {
    return STANDARD;
  }

  /** This mapping with the texts reports carry (rule messages) in {@code language}. */
  public KcsJson withLanguage(Language language) {
    requireNonNull(language, "language");
    return language == this.language ? this : new KcsJson(mappings, language, limits);
  }

  /** This mapping reading documents within {@code limits}. */
  public KcsJson withLimits(ReadLimits limits) {
    requireNonNull(limits, "limits");
    return limits.equals(this.limits) ? this : new KcsJson(mappings, language, limits);
  }

  /** The limits of what this mapping reads. */
  public ReadLimits limits() {
    return limits;
  }

  /** The language of the texts reports carry. */
  public Language language() {
    return language;
  }

  /** Whether values of {@code type} can be written. */
  public boolean canWrite(Class<?> type) {
    requireNonNull(type, "type");
    return mappings.forType(type).isPresent();
  }

  /** Whether documents of {@code type} can be read. */
  public boolean canRead(Class<?> type) {
    requireNonNull(type, "type");
    return mappings
        .forType(type)
        .filter(m -> m.type().equals(type) && m.reader().isPresent())
        .isPresent();
  }

  /** The document name of {@code type}, e.g. {@code implementation} for {@link KcsImplementation}. */
  public String documentName(Class<?> type) {
    return mapping(type).document();
  }

  // ------------------------------------------------------------------ JSON

  /**
   * {@code value} as a JSON document, indented by two spaces, lines ending with {@code \n}, no
   * final line break.
   *
   * @throws IllegalArgumentException if kcs-json does not map the value's type
   */
  public String toJson(Object value) {
    try {
      return PRETTY.writeValueAsString(toJsonTree(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Jackson cannot write a tree it built", e);
    }
  }

  /** {@code value} as a JSON document tree. */
  public ObjectNode toJsonTree(Object value) {
    requireNonNull(value, "value");
    Mapping<?> mapping = mapping(value.getClass());
    ObjectNode document = MAPPER.createObjectNode();
    document.put("document", mapping.document());
    document.put("formatVersion", FORMAT_VERSION);
    mapping.write(value, new JsonOut(document, language));
    return document;
  }

  /** {@code value} as a plain JSON object, without the document fields: a part of a larger document. */
  ObjectNode toValueTree(Object value) {
    ObjectNode node = MAPPER.createObjectNode();
    mapping(value.getClass()).write(value, new JsonOut(node, language));
    return node;
  }

  /**
   * Reads a JSON document of {@code type}.
   *
   * @throws KcsJsonException if the text is not JSON, not a document of {@code type}, of an
   *     unknown format version, or has a bad value; the message names the place
   * @throws IllegalArgumentException if kcs-json cannot read {@code type}
   */
  public <T> T fromJson(String json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    return fromJsonTree(parse(json), type);
  }

  /** Reads a JSON document tree of {@code type}; see {@link #fromJson(String, Class)}. */
  public <T> T fromJsonTree(JsonNode document, Class<T> type) {
    requireNonNull(document, "document");
    requireNonNull(type, "type");
    return fromJsonValue(new Jackson2Value(document), type);
  }

  /**
   * Reads a document of {@code type} from any JSON library's tree, seen through {@link JsonValue}
   * (as kcs-json3 does for Jackson 3); see {@link #fromJson(String, Class)}. The tree was parsed by
   * its library: only kcs's own checks of lists, strings, numbers and dates apply, not the length
   * and nesting limits of {@link #withLimits} (set them in that library).
   */
  public <T> T fromJsonValue(JsonValue document, Class<T> type) {
    requireNonNull(document, "document");
    requireNonNull(type, "type");
    Function<In, T> reader = reader(type);
    Tree root = new JsonTree(document, "$", limits);
    In envelope = new In(root, true);
    String name = envelope.string("document");
    String expected = mapping(type).document();
    if (!name.equals(expected)) {
      throw new KcsJsonException(
          root.pathOf("document"),
          "must be '" + expected + "'" + pl.kcs.core.Checks.rejected(name));
    }
    boolean newerMinor = newerMinor(root.pathOf("formatVersion"), envelope.string("formatVersion"));
    return read(root, reader, newerMinor, "document", "formatVersion");
  }

  /**
   * The document name of a JSON document, e.g. {@code budgetScenario}, to decide how to read it.
   *
   * @throws KcsJsonException if the text is not a JSON object with a {@code document} string
   */
  public String documentOf(String json) {
    requireNonNull(json, "json");
    return new In(new JsonTree(new Jackson2Value(parse(json)), "$", limits), true)
        .string("document");
  }

  /** Reads a plain JSON object of {@code type}, without the document fields; unknown fields are rejected. */
  <T> T fromValueTree(JsonNode value, Class<T> type) {
    return fromValue(new Jackson2Value(value), type);
  }

  /**
   * Reads a plain JSON object of {@code type}, without the document fields — a kcs value inside a
   * larger document — from any JSON library's tree; unknown fields are rejected. For adapters such
   * as kcs-json3's Jackson 3 module.
   *
   * @throws KcsJsonException if the object is not a valid {@code type}; the path starts at {@code $}
   * @throws IllegalArgumentException if kcs-json cannot read {@code type}
   */
  public <T> T readValue(JsonValue value, Class<T> type) {
    requireNonNull(value, "value");
    requireNonNull(type, "type");
    return fromValue(value, type);
  }

  private <T> T fromValue(JsonValue value, Class<T> type) {
    return read(new JsonTree(value, "$", limits), reader(type), false);
  }

  /**
   * Writes {@code value} as a plain JSON object, without the document fields — a kcs value inside a
   * larger document — into any JSON library's writer, in the same shape and field order as {@link
   * #toJson}. For adapters such as kcs-json3's Jackson 3 module.
   *
   * @throws IllegalArgumentException if kcs-json does not map the value's type
   */
  public void writeValue(Object value, JsonValueWriter writer) {
    requireNonNull(value, "value");
    requireNonNull(writer, "writer");
    JsonTokens.write(toValueTree(value), writer);
  }

  /** Every type kcs-json writes (values, documents and reports), in a fixed order; {@link #canRead} says which it reads. */
  public com.google.common.collect.ImmutableList<Class<?>> mappedTypes() {
    com.google.common.collect.ImmutableList.Builder<Class<?>> types =
        com.google.common.collect.ImmutableList.builder();
    for (Mapping<?> mapping : mappings.all()) {
      types.add(mapping.type());
    }
    return types.build();
  }

  // ------------------------------------------------------------------ XML

  /** The implementation document as XML in {@link #IMPLEMENTATION_NAMESPACE}, valid against {@link #IMPLEMENTATION_XSD}. */
  public String toXml(KcsImplementation implementation) {
    requireNonNull(implementation, "implementation");
    Document document = Xml.newDocument();
    Element root = document.createElementNS(IMPLEMENTATION_NAMESPACE, IMPLEMENTATION);
    root.setAttribute("formatVersion", FORMAT_VERSION);
    document.appendChild(root);
    mapping(KcsImplementation.class).write(implementation, new XmlOut(root, language));
    return Xml.serialize(document);
  }

  /**
   * Reads an implementation document in XML: checks the root element, its namespace and format
   * version, validates it against {@link #IMPLEMENTATION_XSD}, then reads it with the JSON form's
   * mapping. XML documents are read strictly, whatever their minor version: the XSD decides.
   *
   * @throws KcsJsonException if the text is not well-formed XML, not an implementation document of
   *     format 1.x, invalid against the XSD, or has a bad value; the message names the place
   */
  public KcsImplementation implementationFromXml(String xml) {
    requireNonNull(xml, "xml");
    checkLength(xml);
    Document document = Xml.parse(xml, limits);
    Element root = document.getDocumentElement();
    String path = "/" + root.getLocalName();
    if (!IMPLEMENTATION.equals(root.getLocalName())) {
      throw new KcsJsonException(
          path,
          "the root element must be 'implementation'"
              + pl.kcs.core.Checks.rejected(root.getLocalName()));
    }
    if (!IMPLEMENTATION_NAMESPACE.equals(root.getNamespaceURI())) {
      throw new KcsJsonException(
          path,
          "must be in the namespace "
              + IMPLEMENTATION_NAMESPACE
              + " (format "
              + MAJOR
              + ".x), was "
              + (root.getNamespaceURI() == null ? "no namespace" : root.getNamespaceURI()));
    }
    if (!root.hasAttribute("formatVersion")) {
      throw new KcsJsonException(path + "/@formatVersion", "is required");
    }
    newerMinor(path + "/@formatVersion", root.getAttribute("formatVersion"));
    Xml.validate(document, ImplementationSchema.SCHEMA);
    return read(new XmlTree(root, path, limits), reader(KcsImplementation.class), false);
  }

  /** The XSD of the implementation document of format 1.x, loaded once. */
  public static Schema implementationSchema() {
    return ImplementationSchema.SCHEMA;
  }

  /**
   * A Jackson module with a serializer for every type kcs-json writes and a deserializer for every
   * type it reads, for systems with their own {@link ObjectMapper}: kcs values then appear inside
   * their documents as plain objects, in the same shape as here, without the document fields.
   */
  public com.fasterxml.jackson.databind.Module jacksonModule() {
    return new KcsJsonModule(this, mappings);
  }

  // ------------------------------------------------------------------ internals

  private <T> T read(
      Tree root, Function<In, T> reader, boolean ignoreUnknownFields, String... envelope) {
    In in = new In(root, ignoreUnknownFields);
    for (String field : envelope) {
      in.skip(field);
    }
    T value;
    try {
      value = reader.apply(in);
    } catch (KcsJsonException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A check no mapping attributed to a field: report it at the document.
      throw new KcsJsonException(root.path(), String.valueOf(e.getMessage()), e);
    } catch (ArithmeticException e) {
      // Never a message built from the operands: report what kcs could not compute, not how.
      throw new KcsJsonException(
          root.path(),
          "holds numbers kcs cannot compute with exactly (" + e.getClass().getSimpleName() + ")",
          e);
    }
    in.finish();
    return value;
  }

  /** Checks the version; whether it is of a newer minor version than this kcs reads. */
  private static boolean newerMinor(String path, String version) {
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw new KcsJsonException(
          path,
          "must be a version like \""
              + FORMAT_VERSION
              + "\""
              + pl.kcs.core.Checks.rejected(version));
    }
    int major = Integer.parseInt(matcher.group(1));
    if (major != MAJOR) {
      throw new KcsJsonException(
          path,
          "must be "
              + MAJOR
              + ".x, was "
              + version
              + ": this kcs reads format "
              + FORMAT_VERSION
              + (major > MAJOR ? "; a newer kcs is needed" : ""));
    }
    return Integer.parseInt(matcher.group(2)) > MINOR;
  }

  private JsonNode parse(String json) {
    checkLength(json);
    try {
      checkStructure(json);
      JsonNode root;
      try (JsonParser parser = reading.createParser(json)) {
        try {
          root = MAPPER.readTree(parser);
        } catch (NumberFormatException e) {
          // Jackson refuses a number it cannot hold (e.g. an exponent of billions) with an
          // unchecked exception that quotes the number; it is bounded input, but say it in our
          // words.
          throw new KcsJsonException(
              where(parser.currentLocation()),
              "a number is out of range (too many digits or too large an exponent)",
              e);
        }
        if (root != null && parser.nextToken() != null) {
          throw new KcsJsonException(
              where(parser.currentLocation()),
              "not JSON: more text after the document (a document is one JSON object)");
        }
      }
      if (root == null || root.isMissingNode()) {
        throw new KcsJsonException("line 1, column 1", "not JSON: the text is empty");
      }
      if (!root.isObject()) {
        throw new KcsJsonException(
            "$", "must be an object, was " + JsonTree.describe(new Jackson2Value(root)));
      }
      return root;
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      String where =
          e.getLocation() == null || e.getLocation().getLineNr() < 1
              ? "the document"
              : where(e.getLocation());
      throw new KcsJsonException(where, "too large: " + constraint(e), e);
    } catch (JsonProcessingException e) {
      throw new KcsJsonException(where(e.getLocation()), "not JSON: " + syntaxProblem(e), e);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Jackson failed to read a string", e);
    }
  }

  /** Rejects a text longer than {@link ReadLimits#maxDocumentLength()} before reading it. */
  private void checkLength(String text) {
    if (text.length() > limits.maxDocumentLength()) {
      throw new KcsJsonException(
          "the document",
          "is "
              + text.length()
              + " characters long, more than the limit of "
              + limits.maxDocumentLength()
              + " characters (ReadLimits.maxDocumentLength)");
    }
  }

  /**
   * Walks the tokens once, before any tree is built, and rejects a list longer than {@link
   * ReadLimits#maxListItems()}: a million items of a list would otherwise be built in memory
   * before any reader could refuse them. Nesting depth, string, number and name lengths are
   * Jackson's {@link StreamReadConstraints}.
   */
  private void checkStructure(String json) throws java.io.IOException {
    int[] counts = new int[limits.maxDepth() + 2];
    boolean[] isList = new boolean[limits.maxDepth() + 2];
    int depth = 0;
    try (JsonParser parser = reading.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
          depth--;
          continue;
        }
        if (token == JsonToken.FIELD_NAME) {
          continue;
        }
        if (depth > 0 && isList[depth] && ++counts[depth] > limits.maxListItems()) {
          com.fasterxml.jackson.core.JsonStreamContext list = parser.getParsingContext();
          if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
            list = list.getParent();
          }
          throw new KcsJsonException(
              JsonPaths.of(list),
              "has more than "
                  + limits.maxListItems()
                  + " items, the limit of one list (ReadLimits.maxListItems)");
        }
        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
          depth++;
          isList[depth] = token == JsonToken.START_ARRAY;
          counts[depth] = 0;
        }
      }
    }
  }

  private static String where(com.fasterxml.jackson.core.JsonLocation at) {
    return at == null
        ? "line 1, column 1"
        : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** Which of Jackson's constraints a document broke, in kcs's words. */
  private String constraint(com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Document nesting depth")) {
      return "nested deeper than " + limits.maxDepth() + " (ReadLimits.maxDepth)";
    }
    if (message.startsWith("String value length")) {
      return "a string longer than "
          + limits.maxStringLength()
          + " characters (ReadLimits.maxStringLength)";
    }
    if (message.startsWith("Number value length")) {
      return "a number longer than " + MAX_NUMBER_TOKEN + " characters";
    }
    if (message.startsWith("Name length")) {
      return "a field name longer than " + MAX_NAME_LENGTH + " characters";
    }
    if (message.startsWith("Document length")) {
      return "longer than "
          + limits.maxDocumentLength()
          + " characters (ReadLimits.maxDocumentLength)";
    }
    return "a limit of the JSON reader";
  }

  private static JsonFactory readingFactory(ReadLimits limits) {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxDepth())
                // Jackson counts a string in its own units; kcs checks the exact length of each
                // string it reads.
                .maxStringLength(Math.max(limits.maxStringLength() * 4, 1000))
                .maxNumberLength(MAX_NUMBER_TOKEN)
                .maxNameLength(MAX_NAME_LENGTH)
                .build())
        .build();
  }

  /**
   * Jackson's description of a syntax error, first line only, without quoting what it found: an
   * unquoted word in the wrong place may be a person's name.
   */
  private static String syntaxProblem(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
    if (message.startsWith("Unrecognized token")) {
      return "a word that is not a JSON value (strings need double quotes)";
    }
    if (message.startsWith("Trailing token")) {
      return "more text after the document (a document is one JSON object)";
    }
    if (message.startsWith("Duplicate field")) {
      int open = message.indexOf('\'');
      int close = message.lastIndexOf('\'');
      String name = open >= 0 && close > open ? message.substring(open + 1, close) : null;
      return JsonPaths.isShowable(name)
          ? "the field '" + name + "' appears twice"
          : "a field appears twice (its name is not repeated)";
    }
    int expecting = message.indexOf(": was expecting");
    String problem = expecting > 0 ? message.substring(0, expecting) : message;
    return problem.isEmpty()
        ? "unreadable"
        : Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
  }

  private Mapping<?> mapping(Class<?> type) {
    requireNonNull(type, "type");
    return mappings
        .forType(type)
        .orElseThrow(() -> new IllegalArgumentException("kcs-json does not map " + type.getName()));
  }

  @SuppressWarnings("unchecked")
  private <T> Function<In, T> reader(Class<T> type) {
    Mapping<?> mapping = mapping(type);
    checkArgument(
        mapping.type().equals(type) && mapping.reader().isPresent(),
        "kcs-json writes %s but does not read it",
        type.getName());
    return (Function<In, T>) mapping.reader().get();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  @Override
  public String toString() {
    return "KcsJson{format " + FORMAT_VERSION + ", " + language + "}";
  }

  /** The schema, loaded when first needed. */
  private static final class ImplementationSchema {
    static final Schema SCHEMA = Xml.schema(IMPLEMENTATION_XSD);
  }
}
