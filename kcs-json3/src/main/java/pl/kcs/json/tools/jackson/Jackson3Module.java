package pl.kcs.json.tools.jackson;

import pl.kcs.json.KcsJson;
import pl.kcs.json.KcsJsonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/** The module of {@link KcsJson3#module(KcsJson)}: one serializer and deserializer per mapped type, each delegating to kcs-json. */
final class Jackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  Jackson3Module(KcsJson json) {
    super("kcs-json3 " + KcsJson.FORMAT_VERSION);
    for (Class<?> type : json.mappedTypes()) {
      add(json, type);
    }
  }

  private <T> void add(KcsJson json, Class<T> type) {
    addSerializer(type, new ValueSerializer<>(type, json));
    if (json.canRead(type)) {
      addDeserializer(type, new ValueDeserializer<>(type, json));
    }
  }

  private static final class ValueSerializer<T> extends StdSerializer<T> {
    private final transient KcsJson json;

    ValueSerializer(Class<T> type, KcsJson json) {
      super(type);
      this.json = json;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      json.writeValue(value, new Jackson3Writer(generator));
    }
  }

  private static final class ValueDeserializer<T> extends StdDeserializer<T> {
    private final Class<T> type;
    private final transient KcsJson json;

    ValueDeserializer(Class<T> type, KcsJson json) {
      super(type);
      this.type = type;
      this.json = json;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      JsonNode node = context.readTree(parser);
      try {
        return json.readValue(new Jackson3Value(node), type);
      } catch (KcsJsonException e) {
        MismatchedInputException failure =
            MismatchedInputException.from(parser, type, e.getMessage());
        failure.initCause(e);
        throw failure;
      }
    }
  }
}
