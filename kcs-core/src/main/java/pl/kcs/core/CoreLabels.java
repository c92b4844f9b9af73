package pl.kcs.core;

/** The labels bundle of kcs-core. */
final class CoreLabels {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.core.labels", CoreLabels.class.getClassLoader());

  private CoreLabels() {}

  static String key(DomainTerm term) {
    Class<?> type = term.getClass();
    if (!type.isEnum()) {
      // A constant with a body is a subclass of its enum.
      type = type.getSuperclass();
    }
    return type.getSimpleName() + "." + term.name();
  }
}
