package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The five source documents the facts of kcs come from, each with the number the project gives it
 * ({@code 000} … {@code 004}) and a human title in Polish and English.
 *
 * <p>Every fact of the catalogue (docs/facts.md) names its source document and the section in it
 * ({@link FactId#source()}, {@link FactId#section()}). The KCS summary page (001) repeats the guide
 * (000) in shorter form; kcs cites the guide for the facts both contain.
 */
public enum SourceDocument implements Labelled {
  /** The KCS method guide, "Kulturalne centrum samopomocy": the main source. */
  KCS_GUIDE("000"),
  /** The KCS summary page, "Kulturalne Centrum Samopomocy – kultura inkluzywna". */
  KCS_SUMMARY("001"),
  /** The self-help club (Klub Samopomocy, KS) of a municipal social-assistance centre (OPS). */
  SELF_HELP_CLUB("002"),
  /** The panel "Od klienta do współgospodarza" (from client to co-host) on opening institutions. */
  OPENING_PANEL("003"),
  /** The article on the essence and importance of mutual aid among the experienced (doświadczeni). */
  MUTUAL_AID_ARTICLE("004");

  private final String number;

  SourceDocument(String number) {
    this.number = number;
  }

  /** The document's number in the project, {@code 000} … {@code 004}. */
  public String number() {
    return number;
  }

  /** The document's title in the language kcs uses for {@code locale}. */
  @Override
  public String label(Locale locale) {
    return CoreLabels.BUNDLE.text(locale, "SourceDocument." + name());
  }

  /** The document with {@code number}, or {@code null} if none has it (for the catalogue parser). */
  static @Nullable SourceDocument withNumber(String number) {
    requireNonNull(number, "number");
    for (SourceDocument document : values()) {
      if (document.number.equals(number)) {
        return document;
      }
    }
    return null;
  }
}
