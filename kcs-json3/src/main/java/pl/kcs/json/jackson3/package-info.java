/**
 * kcs values inside Jackson 3 documents ({@code tools.jackson}, the Jackson of Spring Boot 4):
 * {@link pl.kcs.json.jackson3.KcsJson3#module()} is a Jackson 3 module whose serializers and
 * deserializers delegate to kcs-json's mapping ({@link pl.kcs.json.KcsJson}), through its neutral
 * {@link pl.kcs.json.JsonValue} and {@link pl.kcs.json.JsonValueWriter}: the same shape, the same
 * checks and the same one-line messages as with Jackson 2, from one mapping.
 */
package pl.kcs.json.jackson3;
