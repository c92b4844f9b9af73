package pl.kcs.costs;

import pl.kcs.core.LocalizedBundle;

/** The labels and messages bundle of kcs-costs. */
final class CostsLabels {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.costs.labels", CostsLabels.class.getClassLoader());

  private CostsLabels() {}

  /** The bundle key of an enum constant's label: {@code <EnumSimpleName>.<CONSTANT>}. */
  static String key(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }
}
