package pl.kcs.core.defaults;

import static java.util.Objects.requireNonNull;

import pl.kcs.core.FactId;
import pl.kcs.core.Language;

/**
 * One number or choice kcs needs where the source method gives none: a <em>library default, not
 * the method's</em>. It has a stable name, a value, the fact it serves and a sentence in Polish
 * and English that says what it is and that kcs chose it. Every module reads the same constant of
 * {@link LibraryDefaults}, so group life, the rules and the simulation cannot disagree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the value
 */
public final class LibraryDefault<T> {

  private final String name;
  private final T value;
  private final FactId serves;
  private final String polish;
  private final String english;

  LibraryDefault(String name, T value, String serves, String polish, String english) {
    this.name = requireNonNull(name, "name");
    this.value = requireNonNull(value, "value");
    this.serves = FactId.of(serves);
    this.polish = requireNonNull(polish, "polish");
    this.english = requireNonNull(english, "english");
  }

  /** The stable name, e.g. {@code bonding-period}. */
  public String name() {
    return name;
  }

  /** The value kcs uses unless a caller chooses another where the API lets it. */
  public T value() {
    return value;
  }

  /** The fact of the method the default serves. */
  public FactId serves() {
    return serves;
  }

  /** What the default is and why, in {@code language}; it always says it is kcs's, not the method's. */
  public String describe(Language language) {
    return requireNonNull(language, "language") == Language.POLISH ? polish : english;
  }

  /** The name and the value, e.g. {@code bonding-period=P4M}. */
  @Override
  public String toString() {
    return name + "=" + value;
  }
}
