/** kcs evaluation: scales, questions, group outcomes, pre/post comparisons and their reports. */
module pl.kcs.evaluation {
  requires transitive pl.kcs.core;
  requires transitive com.google.common;
  requires org.slf4j;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports pl.kcs.evaluation;
  exports pl.kcs.evaluation.instrument;
  exports pl.kcs.evaluation.report;
  exports pl.kcs.evaluation.stats;

  opens pl.kcs.evaluation to
      pl.kcs.core;
}
