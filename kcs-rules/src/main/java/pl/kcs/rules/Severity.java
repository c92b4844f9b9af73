package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import pl.kcs.core.Labelled;
import pl.kcs.core.ModalClass;

/**
 * How much a failed rule matters. Library vocabulary, not in the source method: the source says
 * what is needed ("potrzebne", "konieczne"), what should be done ("należy", "powinien"), what is
 * worth doing ("warto", "może") and what it observed; kcs maps those {@link ModalClass modal
 * classes} to blockers, warnings, advice and notes ({@link #highestFor(ModalClass)}), and a rule
 * stricter than its source's word is marked as a library default ({@link Rule#isLibraryDefault()}).
 */
public enum Severity implements Labelled {
  /** Stops the institution from moving on until it is mended. */
  BLOCKER,
  /** Does not stop it, but puts the method at risk. */
  WARNING,
  /** A suggestion from the source method. */
  ADVICE,
  /**
   * A finding the source reports (a difficulty or an effect it observed, KCS-DIF-*, KCS-EFF-*):
   * worth knowing, never a precondition, never gates a transition.
   */
  NOTE;

  /**
   * The most a rule may bite when its source words it as {@code modalClass}: a requirement may
   * block, a recommendation warn, a suggestion advise, and an observation only note.
   */
  public static Severity highestFor(ModalClass modalClass) {
    switch (requireNonNull(modalClass, "modalClass")) {
      case REQUIREMENT:
        return BLOCKER;
      case RECOMMENDATION:
        return WARNING;
      case SUGGESTION:
        return ADVICE;
      default:
        return NOTE;
    }
  }

  /** Whether this severity bites harder than {@code other} (a blocker is stricter than a warning). */
  public boolean isStricterThan(Severity other) {
    requireNonNull(other, "other");
    return compareTo(other) < 0;
  }

  @Override
  public String label(Locale locale) {
    return RulesMessages.BUNDLE.text(locale, "Severity." + name());
  }
}
