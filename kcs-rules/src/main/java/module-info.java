/**
 * kcs rules: an explainable rule engine and the KCS rule sets.
 *
 * <p>The packages holding message bundles are open to {@code pl.kcs.core}, whose {@code
 * LocalizedBundle} reads them; to nobody else.
 */
module pl.kcs.rules {
  requires transitive pl.kcs.core;
  requires transitive com.google.common;
  // Its API hands out kcs-core values, whose class files carry Immutables annotations.
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports pl.kcs.rules;
  exports pl.kcs.rules.autonomy;
  exports pl.kcs.rules.club;
  exports pl.kcs.rules.group;
  exports pl.kcs.rules.models;
  exports pl.kcs.rules.opening;
  exports pl.kcs.rules.stage;

  opens pl.kcs.rules to
      pl.kcs.core;
  opens pl.kcs.rules.autonomy to
      pl.kcs.core;
  opens pl.kcs.rules.club to
      pl.kcs.core;
  opens pl.kcs.rules.group to
      pl.kcs.core;
  opens pl.kcs.rules.models to
      pl.kcs.core;
  opens pl.kcs.rules.opening to
      pl.kcs.core;
}
