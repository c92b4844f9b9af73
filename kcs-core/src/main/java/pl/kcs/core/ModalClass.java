package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How strongly the source method words a fact: the deciding Polish word sets how hard a rule built
 * on the fact may bite.
 *
 * <ul>
 *   <li>{@link #REQUIREMENT}: "musi", "nie może", "trzeba", "konieczne", "potrzebne/potrzebna";
 *   <li>{@link #RECOMMENDATION}: "powinien/powinna", "należy", "ważne";
 *   <li>{@link #SUGGESTION}: "warto", "może", "przykładowe", "opcjonalnie", "ułatwi",
 *       "rekomendowane", "cenne";
 *   <li>{@link #OBSERVATION}: a difficulty or an effect the source reports, not a precondition.
 * </ul>
 *
 * <p>Constants are declared from the weakest to the strongest, so {@link #compareTo} orders them
 * by strength. The classification of each fact is kcs's reading of the source, stated with the
 * deciding words in the fact catalogue ({@link FactId#modalClass()}).
 */
public enum ModalClass implements Labelled {
  /** A difficulty or an effect the source reports; never a precondition. */
  OBSERVATION,
  /** Worth doing ("warto", "może", "przykładowe", "opcjonalnie", "ułatwi"). */
  SUGGESTION,
  /** Should be done ("powinien", "należy", "ważne"). */
  RECOMMENDATION,
  /** Must be done ("musi", "nie może", "trzeba", "konieczne", "potrzebne"). */
  REQUIREMENT;

  /** Whether this class is at least as strong as {@code other}. */
  public boolean isAtLeast(ModalClass other) {
    requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }

  @Override
  public String label(Locale locale) {
    return CoreLabels.BUNDLE.text(locale, "ModalClass." + name());
  }
}
