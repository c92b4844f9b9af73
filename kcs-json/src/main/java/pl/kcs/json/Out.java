package pl.kcs.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import pl.kcs.core.Language;

/**
 * Writes one object of a document, JSON or XML, field by field, in the order of the mapping: the
 * one place that decides the exchange shape. Codes for enums (never labels), ISO dates, exact
 * decimals as strings, absent optional values left out, every list written (empty as {@code []}).
 *
 * <p>Not thread-safe; one per document being written.
 */
abstract class Out {

  private final Language language;

  Out(Language language) {
    this.language = language;
  }

  /** The language of the texts a report carries (rule messages); values are never labels. */
  final Language language() {
    return language;
  }

  abstract void string(String name, String value);

  abstract void integer(String name, long value);

  abstract void number(String name, double value);

  abstract void bool(String name, boolean value);

  abstract Out object(String name);

  /** A list whose items, in XML, are elements called {@code item}. */
  abstract Items list(String name, String item);

  /**
   * An object whose field names are the codes of {@code keys}, e.g. {@code {"PENSION": "9.76"}}.
   * The JSON and XML forms write it as any object; the schema of the JSON form (see {@code
   * docs/schemas}) says which names it may have.
   */
  Out codeMap(String name, Class<? extends Enum<?>> keys) {
    return object(name);
  }

  // The hooks below write as their names say; they exist so that the JSON Schemas can be derived
  // from the mapping itself (a test records what each writer writes), never written by hand.

  /** The object of {@code value} in the field {@code name}. */
  Out objectOf(String name, Object value) {
    return object(name);
  }

  /** Says that the field {@code name} is optional: left out when the value is absent. */
  void optional(String name) {}

  void codeValue(String name, Enum<?> value) {
    string(name, value.name());
  }

  void dateValue(String name, LocalDate value) {
    string(name, value.toString());
  }

  void decimalValue(String name, BigDecimal value) {
    string(name, decimalText(value));
  }

  /** A list being written. */
  abstract static class Items {
    abstract Out object();

    abstract void string(String value);

    abstract void integer(long value);

    /** The object of {@code value}, an item of the list. */
    Out objectOf(Object value) {
      return object();
    }

    void code(Enum<?> value) {
      string(value.name());
    }
  }

  // ------------------------------------------------------------------ helpers

  /** An exact decimal as a string: plain ({@code "1800.00"}), or with an exponent where its scale is negative, so that it reads back with the same scale. */
  final void decimal(String name, BigDecimal value) {
    decimalValue(name, value);
  }

  final void optDecimal(String name, Optional<BigDecimal> value) {
    optional(name);
    value.ifPresent(v -> decimal(name, v));
  }

  static String decimalText(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }

  final void code(String name, Enum<?> value) {
    codeValue(name, value);
  }

  final void date(String name, LocalDate value) {
    dateValue(name, value);
  }

  final void optString(String name, Optional<String> value) {
    optional(name);
    value.ifPresent(v -> string(name, v));
  }

  final void optDate(String name, Optional<LocalDate> value) {
    optional(name);
    value.ifPresent(v -> date(name, v));
  }

  final void optCode(String name, Optional<? extends Enum<?>> value) {
    optional(name);
    value.ifPresent(v -> code(name, v));
  }

  final void optInteger(String name, OptionalInt value) {
    optional(name);
    value.ifPresent(v -> integer(name, v));
  }

  final <T> void object(String name, T value, BiConsumer<? super T, Out> writer) {
    writer.accept(value, objectOf(name, value));
  }

  final <T> void optObject(String name, Optional<T> value, BiConsumer<? super T, Out> writer) {
    optional(name);
    value.ifPresent(v -> object(name, v, writer));
  }

  final void codes(String name, String item, Iterable<? extends Enum<?>> values) {
    Items items = list(name, item);
    for (Enum<?> value : values) {
      items.code(value);
    }
  }

  final void strings(String name, String item, Iterable<?> values) {
    Items items = list(name, item);
    for (Object value : values) {
      items.string(value.toString());
    }
  }

  final <T> void list(
      String name, String item, Iterable<? extends T> values, BiConsumer<? super T, Out> writer) {
    Items items = list(name, item);
    for (T value : values) {
      writer.accept(value, items.objectOf(value));
    }
  }
}
