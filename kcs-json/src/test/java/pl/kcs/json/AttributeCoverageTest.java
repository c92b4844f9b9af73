package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Property;

/**
 * The round trip is only as good as the values it is tried on: a new attribute that the mapping
 * forgets, and that the generators never fill, would be lost silently. So every attribute of every
 * value type kcs-json reads must appear, under its own name, in the JSON written for at least one
 * of its generated values. A type that gains an attribute fails here until its mapping writes it
 * and its generator sometimes sets it.
 */
class AttributeCoverageTest {

  /** Methods that look like attributes but are computed from the others. */
  private static final Set<String> DERIVED =
      Set.of(
          "KcsImplementation.totalAnimatorPost",
          "EvaluationSurvey.groups",
          "PartnerContribution.source");

  @Test
  void should_write_every_attribute_of_every_readable_value_type_under_its_name() {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Class<?>, Gen<?>> entry : RoundTripPropertyTest.GENERATORS.entrySet()) {
      Class<?> type = entry.getKey();
      if (!Modifier.isAbstract(type.getModifiers())) {
        continue; // final classes (PostFraction, Fte, CostRange, FactId) are single values
      }
      Set<String> written = new HashSet<>();
      SplittableRandom random = new SplittableRandom(Property.DEFAULT_SEED);
      for (int trial = 0; trial < 200; trial++) {
        ObjectNode json = KcsJson.standard().toJsonTree(entry.getValue().next(random));
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
          written.add(names.next());
        }
      }
      for (String attribute : attributes(type)) {
        if (!written.contains(attribute)) {
          missing.add(type.getSimpleName() + "." + attribute);
        }
      }
    }
    assertThat(missing).as("attributes never written for generated values").isEmpty();
  }

  /** The public, non-final, parameterless instance methods of an Immutables abstract value type. */
  private static Set<String> attributes(Class<?> type) {
    Set<String> attributes = new HashSet<>();
    for (Method method : type.getMethods()) {
      int modifiers = method.getModifiers();
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(modifiers)
          && !Modifier.isFinal(modifiers)
          && !method.isDefault()
          && method.getDeclaringClass() != Object.class
          && !method.getName().equals("toString")
          && !method.getName().equals("hashCode")
          && !method.getDeclaringClass().isInterface()
          && !DERIVED.contains(type.getSimpleName() + "." + method.getName())) {
        attributes.add(method.getName());
      }
    }
    return attributes;
  }
}
