package pl.kcs.core;

import com.google.common.collect.ImmutableList;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Comparator;

/**
 * The classes of kcs-core's main code, found with Guava's {@link ClassPath} (reflection is for
 * tests only): so that the label and fact-ID tests cover every enum, including ones added later.
 */
final class MainTypes {

  private static final ImmutableList<Class<?>> ALL = scan();

  private MainTypes() {}

  /** Every class of kcs-core's main code (not its tests), nested ones included, by name. */
  static ImmutableList<Class<?>> all() {
    return ALL;
  }

  /** The enums of kcs-core's main code that implement {@code type}. */
  @SuppressWarnings("unchecked")
  static <T> ImmutableList<Class<? extends Enum<?>>> enumsImplementing(Class<T> type) {
    ImmutableList.Builder<Class<? extends Enum<?>>> enums = ImmutableList.builder();
    for (Class<?> candidate : ALL) {
      if (candidate.isEnum() && type.isAssignableFrom(candidate)) {
        enums.add((Class<? extends Enum<?>>) candidate);
      }
    }
    return enums.build();
  }

  private static ImmutableList<Class<?>> scan() {
    URL mainCode = FactId.class.getProtectionDomain().getCodeSource().getLocation();
    try {
      return ClassPath.from(FactId.class.getClassLoader()).getAllClasses().stream()
          .filter(info -> info.getPackageName().startsWith("pl.kcs.core"))
          .<Class<?>>map(ClassPath.ClassInfo::load)
          .filter(type -> type.getProtectionDomain().getCodeSource().getLocation().equals(mainCode))
          .sorted(Comparator.comparing(Class::getName))
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
