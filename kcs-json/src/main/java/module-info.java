/**
 * kcs json: the JSON (Jackson 2) and XML forms of every kcs value and report. Jackson's tree and
 * module types and the JDK's XML {@code Schema} are part of the API ({@code requires transitive}).
 */
module pl.kcs.json {
  requires transitive pl.kcs.core;
  requires transitive pl.kcs.rules;
  requires transitive pl.kcs.costs;
  requires transitive pl.kcs.evaluation;
  requires transitive pl.kcs.simulation;
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive java.xml;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports pl.kcs.json;
}
