/**
 * kcs costs: exact money, rate cards, budgets and scenario comparisons. Joda-Money's {@code Money}
 * is part of the API ({@code requires transitive}).
 */
module pl.kcs.costs {
  requires transitive pl.kcs.core;
  requires transitive com.google.common;
  requires transitive org.joda.money;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports pl.kcs.costs;

  opens pl.kcs.costs to
      pl.kcs.core;
}
