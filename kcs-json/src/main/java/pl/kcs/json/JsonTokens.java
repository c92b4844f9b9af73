package pl.kcs.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Replays a tree written by {@link JsonOut} as tokens into a {@link JsonValueWriter}. */
final class JsonTokens {

  private JsonTokens() {}

  static void write(JsonNode node, JsonValueWriter writer) {
    switch (node.getNodeType()) {
      case OBJECT:
        writer.startObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          writer.name(field.getKey());
          write(field.getValue(), writer);
        }
        writer.endObject();
        break;
      case ARRAY:
        writer.startArray();
        for (JsonNode item : node) {
          write(item, writer);
        }
        writer.endArray();
        break;
      case NUMBER:
        // JsonOut writes whole numbers as longs and everything else as doubles
        if (node.isIntegralNumber()) {
          writer.wholeNumber(node.longValue());
        } else {
          writer.number(node.doubleValue());
        }
        break;
      case BOOLEAN:
        writer.bool(node.booleanValue());
        break;
      case STRING:
        writer.string(node.textValue());
        break;
      default:
        throw new IllegalStateException("JsonOut wrote a " + node.getNodeType());
    }
  }
}
