/**
 * kcs json3: the JSON form of every kcs value and report for Jackson 3 ({@code tools.jackson},
 * Spring Boot 4), through kcs-json's one mapping. Jackson 3's module type is part of the API.
 */
module pl.kcs.json.jackson3 {
  requires transitive pl.kcs.json;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires com.google.common;

  exports pl.kcs.json.jackson3;
}
