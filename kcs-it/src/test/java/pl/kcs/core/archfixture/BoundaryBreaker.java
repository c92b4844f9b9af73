package pl.kcs.core.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Locale;
import pl.kcs.rules.RuleSet;

/**
 * A class that breaks every boundary {@code ArchitectureTest} keeps, from inside kcs-core's
 * package tree: the test shows each rule catches it, so no rule holds only because nothing was
 * looked at. Test code only; never on a user's class path.
 */
public final class BoundaryBreaker {

  private BoundaryBreaker() {}

  /** Reaches up from kcs-core to kcs-rules. */
  public static Class<?> reachUp() {
    return RuleSet.class;
  }

  /** Uses Jackson and picocli outside the JSON mapping and the command. */
  public static Object libraries() {
    return new Object[] {new ObjectMapper(), new picocli.CommandLine.Help.ColorScheme.Builder()};
  }

  /** Reads the clock. */
  public static LocalDate today() {
    return LocalDate.now();
  }

  /** Uses the machine's default locale three ways. */
  public static String defaults(String name) {
    return String.format("%s", name).toUpperCase() + Locale.getDefault();
  }
}
