package pl.kcs.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** A JSON node being read; paths are JSONPath ({@code $.animators[1].postFraction}). */
final class JsonTree implements Tree {

  private final JsonNode node;
  private final String path;
  private final ReadLimits limits;

  JsonTree(JsonNode node, String path, ReadLimits limits) {
    this.node = node;
    this.path = path;
    this.limits = limits;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String pathOf(String name) {
    return path + "." + name;
  }

  @Override
  public Optional<Tree> field(String name) {
    requireObject();
    JsonNode value = node.get(name);
    return value == null || value.isNull()
        ? Optional.empty()
        : Optional.of(new JsonTree(value, pathOf(name), limits));
  }

  @Override
  public List<String> fieldNames() {
    requireObject();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names.build();
  }

  @Override
  public List<Tree> items() {
    if (!node.isArray()) {
      throw wrongType("a list");
    }
    Limits.checkListItems(path, node.size(), limits);
    ImmutableList.Builder<Tree> items = ImmutableList.builderWithExpectedSize(node.size());
    for (int i = 0; i < node.size(); i++) {
      items.add(new JsonTree(node.get(i), path + "[" + i + "]", limits));
    }
    return items.build();
  }

  @Override
  public String string() {
    if (!node.isTextual()) {
      throw wrongType("a string");
    }
    return Limits.checkString(path, node.textValue(), limits);
  }

  @Override
  public String numeral() {
    if (!node.isNumber()) {
      throw wrongType("a number");
    }
    return numeralText();
  }

  @Override
  public String stringOrNumeral() {
    if (node.isTextual()) {
      return Limits.checkString(path, node.textValue(), limits);
    }
    if (node.isNumber()) {
      return numeralText();
    }
    throw wrongType("a string or a number");
  }

  @Override
  public boolean bool() {
    if (!node.isBoolean()) {
      throw wrongType("true or false");
    }
    return node.booleanValue();
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
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    java.math.BigDecimal decimal = node.decimalValue();
    boolean shortPlainForm = Math.abs((long) decimal.scale()) <= 100 && decimal.precision() <= 100;
    return shortPlainForm ? decimal.toPlainString() : decimal.toString();
  }

  private void requireObject() {
    if (!node.isObject()) {
      throw wrongType("an object");
    }
  }

  private KcsJsonException wrongType(String expected) {
    return new KcsJsonException(path, "must be " + expected + ", was " + describe(node));
  }

  /** What a node is, never what it holds: a string may be a person's name. */
  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY:
        return "a list";
      case OBJECT:
        return "an object";
      case BOOLEAN:
        return node.booleanValue() ? "true" : "false";
      case NUMBER:
        return "a number";
      case STRING:
        return "a string";
      case NULL:
        return "null";
      default:
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
