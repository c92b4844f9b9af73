package pl.kcs.evaluation;

import pl.kcs.core.LocalizedBundle;

/** The labels bundle of kcs-evaluation. */
final class EvaluationLabels {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.evaluation.labels", EvaluationLabels.class.getClassLoader());

  private EvaluationLabels() {}

  static String key(EvaluationTerm term) {
    Class<?> type = term.getClass();
    if (!type.isEnum()) {
      // A constant with a body is a subclass of its enum.
      type = type.getSuperclass();
    }
    return type.getSimpleName() + "." + term.name();
  }
}
