package pl.kcs.json.jackson3;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import pl.kcs.json.JsonValue;
import tools.jackson.databind.JsonNode;

/** A Jackson 3 node as kcs-json's neutral {@link JsonValue}. */
final class Jackson3Value implements JsonValue {

  private final JsonNode node;

  Jackson3Value(JsonNode node) {
    this.node = node;
  }

  @Override
  public Kind kind() {
    switch (node.getNodeType()) {
      case OBJECT:
        return Kind.OBJECT;
      case ARRAY:
        return Kind.ARRAY;
      case STRING:
        return Kind.STRING;
      case NUMBER:
        return Kind.NUMBER;
      case BOOLEAN:
        return Kind.BOOLEAN;
      case NULL:
      case MISSING:
        return Kind.NULL;
      default:
        // binary and POJO nodes never come from parsing JSON text
        return Kind.STRING;
    }
  }

  @Override
  public Optional<JsonValue> field(String name) {
    JsonNode value = node.get(name);
    return value == null ? Optional.empty() : Optional.of(new Jackson3Value(value));
  }

  @Override
  public List<String> fieldNames() {
    return ImmutableList.copyOf(node.propertyNames());
  }

  @Override
  public List<JsonValue> items() {
    ImmutableList.Builder<JsonValue> items = ImmutableList.builderWithExpectedSize(node.size());
    for (JsonNode item : node.values()) {
      items.add(new Jackson3Value(item));
    }
    return items.build();
  }

  @Override
  public String text() {
    return node.isString() ? node.stringValue() : node.asString();
  }

  @Override
  public boolean isWholeNumber() {
    return node.isIntegralNumber();
  }

  @Override
  public BigInteger wholeNumber() {
    return node.bigIntegerValue();
  }

  @Override
  public BigDecimal decimal() {
    return node.decimalValue();
  }

  @Override
  public boolean bool() {
    return node.booleanValue();
  }
}
