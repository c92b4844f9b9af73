package pl.kcs.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renders docs/pl/kody.md: every code an input document of kcs may hold (the constants of kcs-core's
 * domain enums), with its Polish meaning, its English label and the fact it comes from. Generated
 * from the labels, so the guide for people who do not write Java cannot drift from the code.
 */
final class PolishCodesDocument {

  private static final Locale POLISH = Locale.forLanguageTag("pl");

  private PolishCodesDocument() {}

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Kody w dokumentach kcs — słownik\n\n")
        .append(
            "<!-- Wygenerowane z etykiet kcs-core przez PolishGuideTest; nie edytujcie ręcznie. Po zmianie etykiet uruchomcie\n")
        .append(
            "     mvn -B -q verify -pl kcs-core -am -Dtest=PolishGuideTest -Dsurefire.failIfNoSpecifiedTests=false -Dkcs.regenerate=true -->\n\n")
        .append(
            "W dokumentach wejściowych kcs (pliki JSON lub XML, zob. [przewodnik](przewodnik.md)) wartości z zamkniętej listy\n")
        .append(
            "wpisuje się jako **kody** — wielkimi literami, po angielsku, dokładnie tak jak w tabelach poniżej, np.\n")
        .append(
            "`\"kind\": \"LIBRARY\"`. Raporty kcs pokazują zamiast kodu jego polskie znaczenie. Każdy kod ma też\n")
        .append(
            "identyfikator faktu ze źródeł, z którego pochodzi (opis faktów: [docs/facts.md](../facts.md)).\n\n")
        .append("Spis list kodów:\n\n");
    List<Class<? extends Enum<?>>> types =
        new ArrayList<>(MainTypes.enumsImplementing(DomainTerm.class));
    types.sort(Comparator.comparing(Class::getSimpleName));
    for (Class<? extends Enum<?>> type : types) {
      md.append("- [")
          .append(type.getSimpleName())
          .append("](#")
          .append(type.getSimpleName().toLowerCase(Locale.ROOT))
          .append(")\n");
    }
    for (Class<? extends Enum<?>> type : types) {
      md.append("\n## ").append(type.getSimpleName()).append("\n\n");
      md.append("| kod | znaczenie | English | fakt |\n| --- | --- | --- | --- |\n");
      for (Enum<?> constant : type.getEnumConstants()) {
        DomainTerm term = (DomainTerm) constant;
        md.append("| `")
            .append(constant.name())
            .append("` | ")
            .append(cell(term.label(POLISH)))
            .append(" | ")
            .append(cell(term.label(Locale.ENGLISH)))
            .append(" | ")
            .append(term.source().id())
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
