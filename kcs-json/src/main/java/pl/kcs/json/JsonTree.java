package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON value being read, from any JSON library through {@link JsonValue}; paths are JSONPath
 * ({@code $.animators[1].postFraction}). One implementation for Jackson 2 and Jackson 3 trees, so
 * that both read with the same checks and messages.
 */
final class JsonTree extends AbstractTree {

  private final JsonValue node;

  JsonTree(JsonValue node, String path, ReadLimits limits) {
    super(path, ".", limits);
    this.node = node;
  }

  @Override
  public Optional<Tree> field(String name) {
    requireObject();
    return node.field(name)
        .filter(value -> value.kind() != JsonValue.Kind.NULL)
        .map(value -> new JsonTree(value, pathOf(name), limits));
  }

  @Override
  public List<String> fieldNames() {
    requireObject();
    return node.fieldNames();
  }

  @Override
  public List<Tree> items() {
    if (node.kind() != JsonValue.Kind.ARRAY) {
      throw wrongType("a list");
    }
    List<JsonValue> values = node.items();
    checkItems(values.size());
    ImmutableList.Builder<Tree> items = ImmutableList.builderWithExpectedSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      items.add(new JsonTree(values.get(i), path() + "[" + i + "]", limits));
    }
    return items.build();
  }

  @Override
  public String string() {
    if (node.kind() != JsonValue.Kind.STRING) {
      throw wrongType("a string");
    }
    return limited(node.text());
  }

  @Override
  public String numeral() {
    if (node.kind() != JsonValue.Kind.NUMBER) {
      throw wrongType("a number");
    }
    return numeralText();
  }

  @Override
  public String stringOrNumeral() {
    if (node.kind() == JsonValue.Kind.STRING) {
      return limited(node.text());
    }
    if (node.kind() == JsonValue.Kind.NUMBER) {
      return numeralText();
    }
    throw wrongType("a string or a number");
  }

  @Override
  public boolean bool() {
    if (node.kind() != JsonValue.Kind.BOOLEAN) {
      throw wrongType("true or false");
    }
    return node.bool();
  }

  @Override
  public boolean isXml() {
    return false;
  }

  /**
   * The number's decimal text: plain where that is short, else with an exponent ({@code 1E+999999999}
   * has a short text but a billion-digit plain form); {@link In} bounds it before any arithmetic.
   */
  private String numeralText() {
    if (node.isWholeNumber()) {
      return node.wholeNumber().toString();
    }
    java.math.BigDecimal decimal = node.decimal();
    boolean shortPlainForm = Math.abs((long) decimal.scale()) <= 100 && decimal.precision() <= 100;
    return shortPlainForm ? decimal.toPlainString() : decimal.toString();
  }

  private void requireObject() {
    if (node.kind() != JsonValue.Kind.OBJECT) {
      throw wrongType("an object");
    }
  }

  private KcsJsonException wrongType(String expected) {
    return error("must be " + expected + ", was " + describe(node));
  }

  /** What a value is, never what it holds: a string may be a person's name. */
  static String describe(JsonValue node) {
    switch (node.kind()) {
      case ARRAY:
        return "a list";
      case OBJECT:
        return "an object";
      case BOOLEAN:
        return node.bool() ? "true" : "false";
      case NUMBER:
        return "a number";
      case STRING:
        return "a string";
      case NULL:
      default:
        return "null";
    }
  }
}
