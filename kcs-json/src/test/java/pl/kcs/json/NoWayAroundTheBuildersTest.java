package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No code outside kcs-json can subclass a value type and so skip the checks of its builder: every
 * public abstract class of kcs-json (the Immutables value types) has only package-private
 * constructors, and only the generated implementation in the same package extends it.
 */
class NoWayAroundTheBuildersTest {

  @Test
  void should_give_no_public_abstract_value_type_a_public_or_protected_constructor()
      throws IOException {
    ImmutableList<Class<?>> valueTypes = publicAbstractClasses();

    List<String> open = new ArrayList<>();
    for (Class<?> type : valueTypes) {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        int modifiers = constructor.getModifiers();
        if (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) {
          open.add(constructor.toString());
        }
      }
    }

    // The scan must see the value types, or the test proves nothing.
    assertThat(valueTypes)
        .hasSizeGreaterThanOrEqualTo(2)
        .contains(EvaluationInput.class, SimulationInput.class);
    assertThat(open).as("constructors open to subclasses outside kcs-json").isEmpty();
  }

  /** The public abstract classes of kcs-json's main code (not its tests), found on the class path. */
  private static ImmutableList<Class<?>> publicAbstractClasses() throws IOException {
    URL mainCode = KcsJson.class.getProtectionDomain().getCodeSource().getLocation();
    return ClassPath.from(KcsJson.class.getClassLoader()).getAllClasses().stream()
        .filter(info -> info.getPackageName().startsWith("pl.kcs.json"))
        .<Class<?>>map(ClassPath.ClassInfo::load)
        .filter(type -> type.getProtectionDomain().getCodeSource().getLocation().equals(mainCode))
        .filter(type -> !type.isInterface() && !type.isEnum())
        .filter(type -> Modifier.isPublic(type.getModifiers()))
        .filter(type -> Modifier.isAbstract(type.getModifiers()))
        .collect(ImmutableList.toImmutableList());
  }
}
