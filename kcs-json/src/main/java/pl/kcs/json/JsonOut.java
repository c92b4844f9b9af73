package pl.kcs.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import pl.kcs.core.Language;

/** Writes into a Jackson {@link ObjectNode}. */
final class JsonOut extends Out {

  private final ObjectNode node;

  JsonOut(ObjectNode node, Language language) {
    super(language);
    this.node = node;
  }

  @Override
  void string(String name, String value) {
    node.put(name, value);
  }

  @Override
  void integer(String name, long value) {
    node.put(name, value);
  }

  @Override
  void number(String name, double value) {
    node.put(name, value);
  }

  @Override
  void bool(String name, boolean value) {
    node.put(name, value);
  }

  @Override
  Out object(String name) {
    return new JsonOut(node.putObject(name), language());
  }

  @Override
  Items list(String name, String item) {
    ArrayNode array = node.putArray(name);
    return new Items() {
      @Override
      Out object() {
        return new JsonOut(array.addObject(), language());
      }

      @Override
      void string(String value) {
        array.add(value);
      }

      @Override
      void integer(long value) {
        array.add(value);
      }
    };
  }
}
