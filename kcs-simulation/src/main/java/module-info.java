/** kcs simulation: stochastic, month-by-month simulation of KCS implementation scenarios. */
module pl.kcs.simulation {
  requires transitive pl.kcs.core;
  requires transitive pl.kcs.costs;
  requires transitive pl.kcs.evaluation;
  requires transitive com.google.common;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports pl.kcs.simulation;
}
