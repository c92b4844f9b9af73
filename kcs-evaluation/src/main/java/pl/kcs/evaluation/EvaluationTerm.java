package pl.kcs.evaluation;

import java.util.Locale;
import pl.kcs.core.Labelled;

/**
 * An enum constant of kcs-evaluation with a label in Polish and English, read from the module's
 * {@code pl.kcs.evaluation.labels} bundle under the key {@code <EnumSimpleName>.<CONSTANT>}.
 */
public interface EvaluationTerm extends Labelled {

  /** The constant's name, as {@link Enum#name()}. */
  String name();

  @Override
  default String label(Locale locale) {
    return EvaluationLabels.BUNDLE.text(locale, EvaluationLabels.key(this));
  }
}
