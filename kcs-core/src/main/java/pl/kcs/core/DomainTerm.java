package pl.kcs.core;

import java.util.Locale;

/**
 * An enum constant of the kcs-core domain: it names the fact it comes from and has a label in
 * Polish and English, read from kcs-core's {@code labels} bundle under the key {@code
 * <EnumSimpleName>.<CONSTANT>}.
 */
public interface DomainTerm extends Labelled, Sourced {

  /** The constant's name, as {@link Enum#name()}. */
  String name();

  @Override
  default String label(Locale locale) {
    return CoreLabels.BUNDLE.text(locale, CoreLabels.key(this));
  }
}
