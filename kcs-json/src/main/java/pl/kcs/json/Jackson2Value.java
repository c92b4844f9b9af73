package pl.kcs.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** A Jackson 2 node as a {@link JsonValue}: how kcs-json's own reader and Jackson 2 module see their trees. */
final class Jackson2Value implements JsonValue {

  private final JsonNode node;

  Jackson2Value(JsonNode node) {
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
    return value == null ? Optional.empty() : Optional.of(new Jackson2Value(value));
  }

  @Override
  public List<String> fieldNames() {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names.build();
  }

  @Override
  public List<JsonValue> items() {
    ImmutableList.Builder<JsonValue> items = ImmutableList.builderWithExpectedSize(node.size());
    for (JsonNode item : node) {
      items.add(new Jackson2Value(item));
    }
    return items.build();
  }

  @Override
  public String text() {
    return node.isTextual() ? node.textValue() : node.asText();
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
