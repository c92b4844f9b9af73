package pl.kcs.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test documents of {@code src/test/resources/pl/kcs/json}, as text or as trees to spoil. */
final class Documents {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Documents() {}

  /** A library in stage 2 with two animators, two groups and two partners. */
  static String libraryJson() {
    return text("library.json");
  }

  static String libraryXml() {
    return text("library.xml");
  }

  static ObjectNode library() {
    return tree(libraryJson());
  }

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    try (InputStream in = Documents.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
