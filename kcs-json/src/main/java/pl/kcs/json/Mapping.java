package pl.kcs.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How one kcs type is written and, for values and input documents, read: its document name (the
 * {@code document} field of a JSON document, the root element of an XML one), a writer and a
 * reader. Reports are written only.
 *
 * @param type the type
 * @param document the document name, e.g. {@code implementation}
 * @param writer writes a value's fields
 * @param reader reads a value's fields; empty for a type that is written only
 * @param <T> the type
 */
record Mapping<T>(
    Class<T> type, String document, BiConsumer<T, Out> writer, Optional<Function<In, T>> reader) {

  Mapping {
    requireNonNull(type, "type");
    requireNonNull(document, "document");
    requireNonNull(writer, "writer");
    requireNonNull(reader, "reader");
  }

  /** A type that is written and read. */
  static <T> Mapping<T> of(
      Class<T> type, String document, BiConsumer<T, Out> writer, Function<In, T> reader) {
    return new Mapping<>(type, document, writer, Optional.of(reader));
  }

  /**
   * A type written as one text field, {@code {"value": "…"}}: an identifier, a fact ID, an exact
   * amount. One shape for all of them, so that each is written and read the same way.
   */
  static <T> Mapping<T> ofText(
      Class<T> type, String document, Function<T, String> text, Function<String, T> parse) {
    return of(
        type,
        document,
        (value, out) -> out.string("value", text.apply(value)),
        in -> in.value("value", parse));
  }

  /** A type that is written only, such as a report. */
  static <T> Mapping<T> writeOnly(Class<T> type, String document, BiConsumer<T, Out> writer) {
    return new Mapping<>(type, document, writer, Optional.empty());
  }

  /** Writes {@code value}, which must be of {@link #type()}. */
  void write(Object value, Out out) {
    writer.accept(type.cast(value), out);
  }
}
