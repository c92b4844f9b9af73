package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No code outside kcs-core can subclass a value type and so skip the checks of its builder: every
 * public abstract class of kcs-core (the Immutables value types) has only package-private
 * constructors, and only the generated implementation in the same package extends it.
 */
class NoWayAroundTheBuildersTest {

  @Test
  void should_give_no_public_abstract_value_type_a_public_or_protected_constructor() {
    ImmutableList<Class<?>> valueTypes = publicAbstractClasses();

    List<String> open = new ArrayList<>();
    for (Class<?> type : valueTypes) {
      if (type == Identifier.class) {
        continue; // the base of the id types, which live in other packages; it has no state
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        int modifiers = constructor.getModifiers();
        if (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) {
          open.add(constructor.toString());
        }
      }
    }

    // The scan must see the value types, or the test proves nothing.
    assertThat(valueTypes)
        .hasSizeGreaterThanOrEqualTo(30)
        .contains(pl.kcs.core.stage.KcsImplementation.class, pl.kcs.core.group.SelfHelpGroup.class);
    assertThat(open).as("constructors open to subclasses outside kcs-core").isEmpty();
  }

  @Test
  void should_let_only_subclasses_reach_the_stateless_identifier_base()
      throws NoSuchMethodException {
    Constructor<?> constructor = Identifier.class.getDeclaredConstructor();

    assertThat(Modifier.isProtected(constructor.getModifiers())).isTrue();
    // Fields a tool adds to the class file (the probes of a coverage or mutation-testing agent
    // such as PIT's or JaCoCo's) are synthetic: they are not state of the identifier.
    assertThat(
            Arrays.stream(Identifier.class.getDeclaredFields())
                .filter(field -> !field.isSynthetic()))
        .as("fields of Identifier")
        .isEmpty();
  }

  private static ImmutableList<Class<?>> publicAbstractClasses() {
    return MainTypes.all().stream()
        .filter(type -> !type.isInterface() && !type.isEnum())
        .filter(type -> Modifier.isPublic(type.getModifiers()))
        .filter(type -> Modifier.isAbstract(type.getModifiers()))
        .collect(ImmutableList.toImmutableList());
  }
}
