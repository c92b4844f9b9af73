package pl.kcs.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import pl.kcs.core.Language;

/**
 * The options every report subcommand has: {@code --lang pl|en} and {@code --format
 * text|json|csv}. The language comes from the flag alone, never from the machine's locale: Polish
 * by default, the language of the source method and of the municipalities using it.
 */
public final class CommonOptions {

  @Option(
      names = "--lang",
      paramLabel = "pl|en",
      converter = LanguageConverter.class,
      description =
          "The language of the report, help and errors: pl or en. Without it, the KCS_LANG environment variable; without that, reports in pl, help and errors in en. Never taken from the machine's locale.")
  Language language;

  /** The report's language without --lang: KCS_LANG's, else Polish, the language of the method. */
  Language fallback = Language.POLISH;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      description =
          "text (default) for people, json (a kcs-json document) or csv for other programs; html, one printable page, where the subcommand has it.")
  Format format;

  @Option(
      names = "--excel",
      description =
          "With --format csv: a byte-order mark and ; as the separator, for Excel in a Polish locale.")
  boolean excel;

  /** The CSV dialect: RFC 4180, or Excel's with {@code --excel}. */
  CsvTable.Dialect csvDialect() {
    return excel ? CsvTable.Dialect.EXCEL : CsvTable.Dialect.RFC_4180;
  }

  /** The chosen language. */
  public Language language() {
    return language != null ? language : fallback;
  }

  /** The chosen format; one of {@code allowed}, else a usage error. */
  Format format(CommandLine.Model.CommandSpec spec, Set<Format> allowed) {
    if (!allowed.contains(format)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--format must be "
              + names(allowed)
              + " for kcs "
              + spec.name()
              + ", was '"
              + format.name().toLowerCase(Locale.ROOT)
              + "'");
    }
    return format;
  }

  /** Text, JSON and CSV. */
  static Set<Format> reports() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.CSV);
  }

  /** Text, JSON, CSV and HTML. */
  static Set<Format> withHtml() {
    return EnumSet.of(Format.TEXT, Format.JSON, Format.CSV, Format.HTML);
  }

  private static String names(Set<Format> formats) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    for (Format format : formats) {
      if (i > 0) {
        text.append(i == formats.size() - 1 ? " or " : ", ");
      }
      text.append(format.name().toLowerCase(Locale.ROOT));
      i++;
    }
    return text.toString();
  }

  /** Reads {@code pl} or {@code en}. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      switch (value) {
        case "pl":
          return Language.POLISH;
        case "en":
          return Language.ENGLISH;
        default:
          throw new CommandLine.TypeConversionException("must be pl or en, was '" + value + "'");
      }
    }
  }
}
