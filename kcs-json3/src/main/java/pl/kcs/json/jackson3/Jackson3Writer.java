package pl.kcs.json.jackson3;

import pl.kcs.json.JsonValueWriter;
import tools.jackson.core.JsonGenerator;

/** kcs-json's tokens into a Jackson 3 generator, so the system's mapper keeps its own printer and features. */
final class Jackson3Writer implements JsonValueWriter {

  private final JsonGenerator generator;

  Jackson3Writer(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void wholeNumber(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(double value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }
}
