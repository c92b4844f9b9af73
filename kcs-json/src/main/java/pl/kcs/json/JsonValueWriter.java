package pl.kcs.json;

/**
 * Where {@link KcsJson#writeValue} writes a kcs value, as a stream of JSON tokens: the neutral
 * side through which kcs-json's one mapping writes into a JSON library that is not Jackson 2 — a
 * Jackson 3 {@code JsonGenerator} (kcs-json3), or another library's writer. The calls are always
 * well nested: a {@link #name} before each value of an object, every start closed by its end.
 *
 * <p>Decimals, dates, codes and post fractions arrive as strings (kcs's exchange shape); only
 * counts are whole numbers and probabilities doubles.
 */
public interface JsonValueWriter {

  void startObject();

  /** The name of the next field of the current object. */
  void name(String name);

  void endObject();

  void startArray();

  void endArray();

  void string(String value);

  void wholeNumber(long value);

  /** A finite double, such as a probability. */
  void number(double value);

  void bool(boolean value);
}
