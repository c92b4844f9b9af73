package pl.kcs.simulation;

/**
 * A minimal JSON writer for the simulation's tables, so that kcs-simulation needs no JSON library
 * (kcs-json depends on this module, not the reverse). Compact output, strings escaped per RFC 8259.
 * Not thread-safe.
 */
final class JsonText {

  private final StringBuilder json = new StringBuilder();
  private boolean needsComma;

  JsonText beginObject() {
    separate();
    json.append('{');
    needsComma = false;
    return this;
  }

  JsonText endObject() {
    json.append('}');
    needsComma = true;
    return this;
  }

  JsonText beginArray() {
    separate();
    json.append('[');
    needsComma = false;
    return this;
  }

  JsonText endArray() {
    json.append(']');
    needsComma = true;
    return this;
  }

  JsonText name(String name) {
    separate();
    quote(name);
    json.append(':');
    needsComma = false;
    return this;
  }

  JsonText string(String value) {
    separate();
    quote(value);
    needsComma = true;
    return this;
  }

  JsonText number(long value) {
    return raw(Long.toString(value));
  }

  /** A number already written as JSON (a plain decimal). */
  JsonText raw(String number) {
    separate();
    json.append(number);
    needsComma = true;
    return this;
  }

  private void separate() {
    if (needsComma) {
      json.append(',');
      needsComma = false;
    }
  }

  private void quote(String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20) {
            json.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    json.append('"');
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
