package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import pl.kcs.testing.Gen;

/**
 * The generators of every type kcs-json reads and the sample reports of every kind it writes, for
 * the tests of other modules (kcs-json3's Jackson 3 round trip): one set of test values for both
 * Jackson lines.
 */
public final class JsonTestValues {

  private JsonTestValues() {}

  /** A generator for every type kcs-json reads, by type. */
  public static ImmutableMap<Class<?>, Gen<?>> generators() {
    return RoundTripPropertyTest.GENERATORS;
  }

  /** Reports of every kind kcs writes, made by kcs's engines from generated inputs, with a fixed seed. */
  public static ImmutableList<Object> reports() {
    return ImmutableList.copyOf(SchemaSamples.reports());
  }
}
