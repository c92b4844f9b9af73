/**
 * kcs json3: the JSON form of every kcs value and report for Jackson 3 ({@code tools.jackson},
 * Spring Boot 4), through kcs-json's one mapping. Jackson 3's module type is part of the API.
 */
module pl.kcs.json.tools.jackson {
  requires transitive pl.kcs.json;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires com.google.common;
  requires static transitive org.jspecify;

  exports pl.kcs.json.tools.jackson;
}
