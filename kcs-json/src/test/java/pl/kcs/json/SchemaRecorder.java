package pl.kcs.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pl.kcs.core.Language;

/**
 * Records what the mapping writes — every field of every object with its kind (a code of which
 * enum, a date, an exact decimal, a whole number, a list of what), whether the writer marks it
 * optional, and in how many of the written objects it appears — so that {@link SchemaGenerator}
 * derives the JSON Schemas from the mapping itself instead of from a second, hand-kept description.
 *
 * <p>An object of a mapped type is one shape, shared wherever the type appears; an object written
 * inline (an answer of a self-assessment, a code map) is a shape of its field.
 */
final class SchemaRecorder {

  /** The shape of one kind of object. */
  static final class ObjectShape {
    /** The document name of its type, or empty for an object written inline. */
    final String document;

    final Map<String, FieldShape> fields = new LinkedHashMap<>();

    /** The enum whose codes are its field names, for a code map. */
    Class<? extends Enum<?>> mapKeys;

    int instances;

    ObjectShape(String document) {
      this.document = document;
    }

    FieldShape field(String name) {
      return fields.computeIfAbsent(name, n -> new FieldShape());
    }
  }

  /** The shape of a field, of a list's items or of a code map's values. */
  static final class FieldShape {
    final Set<String> kinds = new TreeSet<>();
    Class<? extends Enum<?>> codes;
    ObjectShape object;
    FieldShape items;
    int present;
    boolean markedOptional;

    /** For a type kcs reads: whether its reader requires the field (found by leaving it out). */
    boolean readerRequires;
  }

  private final Mappings mappings;
  private final Map<String, ObjectShape> typed = new LinkedHashMap<>();

  SchemaRecorder(Mappings mappings) {
    this.mappings = mappings;
  }

  /** Records one written value of its mapped type. */
  void record(Object value) {
    Mapping<?> mapping = mappings.forType(value.getClass()).orElseThrow();
    mapping.write(value, new Recording(typed(mapping.document())));
  }

  /** The shape of the type with {@code document}, recorded or not. */
  ObjectShape typed(String document) {
    return typed.computeIfAbsent(document, ObjectShape::new);
  }

  Map<String, ObjectShape> shapes() {
    return typed;
  }

  private ObjectShape shapeOf(Object value, FieldShape field) {
    return mappings
        .forType(value.getClass())
        .map(m -> typed(m.document()))
        .orElseGet(() -> inline(field));
  }

  private static ObjectShape inline(FieldShape field) {
    if (field.object == null) {
      field.object = new ObjectShape("");
    }
    return field.object;
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Enum<?>> enumOf(Enum<?> value) {
    return (Class<? extends Enum<?>>) value.getDeclaringClass();
  }

  private final class Recording extends Out {
    private final ObjectShape shape;
    private final Set<String> written = new HashSet<>();

    Recording(ObjectShape shape) {
      super(Language.ENGLISH);
      this.shape = shape;
      shape.instances++;
    }

    private FieldShape write(String name, String kind) {
      FieldShape field = shape.field(name);
      if (written.add(name)) {
        field.present++;
      }
      field.kinds.add(kind);
      return field;
    }

    @Override
    void string(String name, String value) {
      write(name, "string");
    }

    @Override
    void integer(String name, long value) {
      write(name, "integer");
    }

    @Override
    void number(String name, double value) {
      write(name, "number");
    }

    @Override
    void bool(String name, boolean value) {
      write(name, "boolean");
    }

    @Override
    void codeValue(String name, Enum<?> value) {
      write(name, "code").codes = enumOf(value);
    }

    @Override
    void dateValue(String name, LocalDate value) {
      write(name, "date");
    }

    @Override
    void decimalValue(String name, BigDecimal value) {
      write(name, "decimal");
    }

    @Override
    void optional(String name) {
      shape.field(name).markedOptional = true;
    }

    @Override
    Out object(String name) {
      FieldShape field = write(name, "object");
      return new Recording(inline(field));
    }

    @Override
    Out objectOf(String name, Object value) {
      FieldShape field = write(name, "object");
      ObjectShape target = shapeOf(value, field);
      field.object = target;
      return new Recording(target);
    }

    @Override
    Out codeMap(String name, Class<? extends Enum<?>> keys) {
      FieldShape field = write(name, "object");
      inline(field).mapKeys = keys;
      return new Recording(field.object);
    }

    @Override
    Items list(String name, String item) {
      FieldShape field = write(name, "array");
      if (field.items == null) {
        field.items = new FieldShape();
      }
      FieldShape items = field.items;
      return new Items() {
        @Override
        Out object() {
          items.kinds.add("object");
          return new Recording(inline(items));
        }

        @Override
        Out objectOf(Object value) {
          items.kinds.add("object");
          items.object = shapeOf(value, items);
          return new Recording(items.object);
        }

        @Override
        void string(String value) {
          items.kinds.add("string");
        }

        @Override
        void integer(long value) {
          items.kinds.add("integer");
        }

        @Override
        void code(Enum<?> value) {
          items.kinds.add("code");
          items.codes = enumOf(value);
        }
      };
    }
  }
}
