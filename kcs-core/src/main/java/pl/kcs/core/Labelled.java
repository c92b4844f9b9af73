package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Something with a human-readable label in Polish and English.
 *
 * <p>kcs names the language of a text with {@link Language} across its API ({@code
 * label(Language)}, {@code Budget.table(Language, …)}, {@code KcsJson.withLanguage(Language)});
 * {@code label(Locale)} stays for callers that hold a {@link Locale} (a web request's, say).
 */
public interface Labelled {

  /**
   * The label in the language kcs uses for {@code locale}: Polish for a Polish locale, English for
   * every other (see {@link Language#of(Locale)}).
   */
  String label(Locale locale);

  /** The label in {@code language}: the text {@link #label(Locale)} gives for its locale. */
  default String label(Language language) {
    return label(requireNonNull(language, "language").locale());
  }
}
