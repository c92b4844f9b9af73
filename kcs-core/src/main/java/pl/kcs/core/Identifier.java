package pl.kcs.core;

import org.immutables.value.Value;

/**
 * The common shape of kcs identifiers ({@code AnimatorId}, {@code GroupId} …): a short, validated
 * token, compared by its text.
 *
 * @param <T> the identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  /**
   * For the kcs identifier types in kcs-core's packages ({@code GroupId}, {@code AnimatorId} …),
   * which are Immutables value types with package-private constructors of their own.
   */
  protected Identifier() {}

  /** The identifier's text; the one parameter of each identifier type's {@code of}. */
  @Value.Parameter
  public abstract String value();

  @Override
  public int compareTo(T other) {
    return value().compareTo(other.value());
  }

  /** The identifier's text: identifiers of staff, groups and partners are not personal data. */
  @Override
  public String toString() {
    return value();
  }
}
