package pl.kcs.rules.autonomy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;
import pl.kcs.core.Labelled;
import pl.kcs.core.group.PersonTerm;

/**
 * The word used for the people in self-help groups (MA-TERMS: words shape identity). By default
 * "the experienced" ("osoby z doświadczeniem"); another term — patient, client, consumer, user,
 * educator — is available when chosen {@linkplain #deliberately(PersonTerm) deliberately}. {@link
 * #byHabit(PersonTerm)} records a term used without such a choice, which the MA-TERMS rule
 * questions.
 *
 * <p>Immutable and thread-safe.
 */
public final class Terminology implements Labelled {

  private static final Terminology STANDARD = new Terminology(PersonTerm.EXPERIENCED, true);

  private final PersonTerm term;
  private final boolean deliberate;

  private Terminology(PersonTerm term, boolean deliberate) {
    this.term = term;
    this.deliberate = deliberate;
  }

  /** "The experienced": the default (MA-TERMS). */
  public static Terminology standard() {
    return STANDARD;
  }

  /** {@code term}, chosen deliberately, aware of how it shapes identity (MA-TERMS). */
  public static Terminology deliberately(PersonTerm term) {
    requireNonNull(term, "term");
    return term == PersonTerm.EXPERIENCED ? STANDARD : new Terminology(term, true);
  }

  /**
   * {@code term}, used by habit rather than by choice (MA-TERMS).
   *
   * @throws IllegalArgumentException for {@link PersonTerm#EXPERIENCED}, which is the default
   */
  public static Terminology byHabit(PersonTerm term) {
    requireNonNull(term, "term");
    checkArgument(
        term != PersonTerm.EXPERIENCED,
        "a term used by habit must not be the default EXPERIENCED, was %s",
        term);
    return new Terminology(term, false);
  }

  /** The term. */
  public PersonTerm term() {
    return term;
  }

  /** Whether the term was chosen deliberately (the default always is). */
  public boolean isDeliberate() {
    return deliberate;
  }

  /** The word for people, e.g. "osoby z doświadczeniem" or "the experienced". */
  @Override
  public String label(Locale locale) {
    return term.label(requireNonNull(locale, "locale"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Terminology
        && ((Terminology) other).term == term
        && ((Terminology) other).deliberate == deliberate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(term, deliberate);
  }

  @Override
  public String toString() {
    return "Terminology{" + term + (deliberate ? ", deliberate" : ", by habit") + "}";
  }
}
