/**
 * kcs core: the KCS and KS domain as immutable, validated values.
 *
 * <p>Guava's immutable collections are part of the API ({@code requires transitive}). The
 * Immutables annotations are needed at compile time only ({@code requires static}); they are
 * {@code transitive} so that a consumer's compiler finds them in the class files and does not warn.
 */
module pl.kcs.core {
  requires transitive com.google.common;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports pl.kcs.core;
  exports pl.kcs.core.club;
  exports pl.kcs.core.defaults;
  exports pl.kcs.core.group;
  exports pl.kcs.core.host;
  exports pl.kcs.core.legal;
  exports pl.kcs.core.opening;
  exports pl.kcs.core.partner;
  exports pl.kcs.core.people;
  exports pl.kcs.core.stage;
}
