package pl.kcs.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The Jackson module of {@link KcsJson#jacksonModule()}: kcs values inside a system's own JSON, in
 * kcs's shape, without the document fields. No annotations and no reflection on kcs types: each
 * serializer and deserializer delegates to kcs-json's explicit mapping.
 */
final class KcsJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  KcsJsonModule(KcsJson json, Mappings mappings) {
    super("kcs-json " + KcsJson.FORMAT_VERSION);
    for (Mapping<?> mapping : mappings.all()) {
      add(json, mapping);
    }
  }

  private <T> void add(KcsJson json, Mapping<T> mapping) {
    Class<T> type = mapping.type();
    addSerializer(type, new ValueSerializer<>(type, json));
    if (mapping.reader().isPresent()) {
      addDeserializer(type, new ValueDeserializer<>(type, json));
    }
  }

  private static final class ValueSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient KcsJson json;

    ValueSerializer(Class<T> type, KcsJson json) {
      super(type);
      this.json = json;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeTree(json.toValueTree(value));
    }
  }

  private static final class ValueDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final transient KcsJson json;

    ValueDeserializer(Class<T> type, KcsJson json) {
      super(type);
      this.type = type;
      this.json = json;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.readValueAsTree();
      try {
        return json.fromValueTree(node, type);
      } catch (KcsJsonException e) {
        MismatchedInputException failure =
            MismatchedInputException.from(parser, type, e.getMessage());
        failure.initCause(e);
        throw failure;
      }
    }
  }
}
