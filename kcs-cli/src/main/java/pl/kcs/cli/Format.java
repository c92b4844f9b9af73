package pl.kcs.cli;

import java.util.Locale;
import picocli.CommandLine;

/** What a subcommand prints: text for people, JSON (kcs-json's documents) or CSV for other programs. */
public enum Format {
  /** The report as text, in the chosen language. */
  TEXT,
  /** The report as a kcs-json document. */
  JSON,
  /** The report as CSV (RFC 4180). */
  CSV,
  /** The report as one self-contained, printable HTML page. */
  HTML,
  /** The document as XML (for {@code kcs example library} only). */
  XML;

  /** Reads {@code text}, {@code json}, {@code csv}, {@code xml}. */
  static final class Converter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format format : values()) {
        if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
          return format;
        }
      }
      throw new CommandLine.TypeConversionException(
          "must be text, json, csv or html, was '" + value + "'");
    }
  }
}
