package pl.kcs.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.kcs.core.archfixture.BoundaryBreaker;
import pl.kcs.rules.RuleSet;

/**
 * The boundaries the module layout shows, kept by a test (issue 19 §4): which kcs module may use
 * which, what only the applications may use (picocli, XChart, a logging binding), Jackson only in
 * the JSON mapping, and no clock or default locale read anywhere in production code — a report
 * must not depend on the day or the machine it runs on. A broken rule fails the build with a
 * sentence that names the boundary and every offending access.
 */
class ArchitectureTest {

  /** Every kcs module with main code, by its root package. */
  private static final Map<String, String> MODULES =
      Map.of(
          "kcs-core", "pl.kcs.core",
          "kcs-rules", "pl.kcs.rules",
          "kcs-costs", "pl.kcs.costs",
          "kcs-evaluation", "pl.kcs.evaluation",
          "kcs-simulation", "pl.kcs.simulation",
          "kcs-spark", "pl.kcs.spark",
          "kcs-json", "pl.kcs.json",
          "kcs-testing", "pl.kcs.testing",
          "kcs-examples", "pl.kcs.examples",
          "kcs-cli", "pl.kcs.cli");

  /** The library modules: what an embedding system puts on its class path. */
  private static final String[] LIBRARY_PACKAGES = {
    "pl.kcs.core..", "pl.kcs.rules..", "pl.kcs.costs..", "pl.kcs.evaluation..",
    "pl.kcs.simulation..", "pl.kcs.spark..", "pl.kcs.json..", "pl.kcs.testing.."
  };

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.kcs");
  }

  @Test
  void should_see_the_main_code_of_every_kcs_module_so_that_no_rule_below_holds_vacuously() {
    for (String root : MODULES.values()) {
      assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(root)))
          .as("classes of %s imported", root)
          .isTrue();
    }
  }

  @Test
  void should_catch_a_class_that_breaks_every_boundary_so_that_the_rules_are_known_to_bite() {
    JavaClasses breaker =
        new ClassFileImporter().importClasses(BoundaryBreaker.class, RuleSet.class);
    assertThatThrownBy(() -> layers().check(breaker))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("kcs-core depends on no other kcs module")
        .hasMessageContaining("pl.kcs.rules.RuleSet");
    assertThatThrownBy(() -> noApplicationLibrariesInLibraries().check(breaker))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("picocli");
    assertThatThrownBy(() -> jacksonOnlyInTheJsonMapping().check(breaker))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ObjectMapper");
    assertThatThrownBy(() -> noClockRead().check(breaker))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LocalDate.now()");
    assertThatThrownBy(() -> noDefaultLocale().check(breaker))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("String.format")
        .hasMessageContaining("String.toUpperCase()")
        .hasMessageContaining("Locale.getDefault()");
    assertThatThrownBy(
            () ->
                noImplementationPackageAcrossModules(Map.of("pl.kcs.rules", Set.of()))
                    .check(breaker))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not export")
        .hasMessageContaining("pl.kcs.rules.RuleSet");
  }

  @Test
  void should_keep_the_modules_in_their_layers() {
    layers().check(production);
  }

  static ArchRule layers() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        // Every module's presence is asserted by the test above, not by the layer check.
        .withOptionalLayers(true)
        .layer("kcs-core")
        .definedBy("pl.kcs.core..")
        .layer("kcs-rules")
        .definedBy("pl.kcs.rules..")
        .layer("kcs-costs")
        .definedBy("pl.kcs.costs..")
        .layer("kcs-evaluation")
        .definedBy("pl.kcs.evaluation..")
        .layer("kcs-simulation")
        .definedBy("pl.kcs.simulation..")
        .layer("kcs-spark")
        .definedBy("pl.kcs.spark..")
        .layer("kcs-json")
        .definedBy("pl.kcs.json..")
        .layer("kcs-testing")
        .definedBy("pl.kcs.testing..")
        .layer("kcs-examples")
        .definedBy("pl.kcs.examples..")
        .layer("kcs-cli")
        .definedBy("pl.kcs.cli..")
        .whereLayer("kcs-cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("kcs-examples")
        .mayOnlyBeAccessedByLayers("kcs-cli")
        .whereLayer("kcs-json")
        .mayOnlyBeAccessedByLayers("kcs-examples", "kcs-cli")
        .whereLayer("kcs-spark")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("kcs-simulation")
        .mayOnlyBeAccessedByLayers("kcs-spark", "kcs-json", "kcs-examples", "kcs-cli")
        .whereLayer("kcs-rules")
        .mayOnlyBeAccessedByLayers("kcs-json", "kcs-examples", "kcs-cli")
        .whereLayer("kcs-costs")
        .mayOnlyBeAccessedByLayers(
            "kcs-simulation", "kcs-spark", "kcs-json", "kcs-examples", "kcs-cli")
        .whereLayer("kcs-evaluation")
        .mayOnlyBeAccessedByLayers(
            "kcs-simulation", "kcs-spark", "kcs-json", "kcs-examples", "kcs-cli")
        .whereLayer("kcs-testing")
        .mayNotBeAccessedByAnyLayer()
        .because(
            "kcs-core depends on no other kcs module, the engines (rules, costs, evaluation)"
                + " only on kcs-core, the simulation on costs and evaluation, and no library"
                + " module on kcs-json, kcs-examples or kcs-cli; kcs-testing is for tests only");
  }

  @Test
  void should_keep_the_command_line_charts_and_logging_bindings_out_of_the_libraries() {
    noApplicationLibrariesInLibraries().check(production);
  }

  static ArchRule noApplicationLibrariesInLibraries() {
    return noClasses()
        .that()
        .resideInAnyPackage(LIBRARY_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "picocli..",
            "org.knowm.xchart..",
            "org.slf4j.simple..",
            "org.slf4j.impl..",
            "ch.qos.logback..",
            "org.apache.logging.log4j.core..",
            "org.apache.log4j..")
        .because(
            "a library module logs through the SLF4J API only and never binds it; picocli and"
                + " XChart belong to the command and the examples");
  }

  @Test
  void should_keep_jackson_inside_the_json_mapping() {
    jacksonOnlyInTheJsonMapping().check(production);
  }

  static ArchRule jacksonOnlyInTheJsonMapping() {
    return noClasses()
        .that()
        .resideInAnyPackage(LIBRARY_PACKAGES)
        .and()
        .resideOutsideOfPackages("pl.kcs.json..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .because(
            "the domain, the engines and the simulation know no JSON library: kcs-json maps them");
  }

  @Test
  void should_never_read_the_clock_in_production_code() {
    noClockRead().check(production);
  }

  static ArchRule noClockRead() {
    return classes()
        .should(callNone("read the clock", ArchitectureTest::readsTheClock))
        .because(
            "a report, a budget or a simulation must give the same answer whatever day it runs:"
                + " the caller passes the date (LocalDate) or the seed");
  }

  @Test
  void should_never_use_the_default_locale_in_production_code() {
    noDefaultLocale().check(production);
  }

  static ArchRule noDefaultLocale() {
    return classes()
        .should(callNone("use the machine's default locale", ArchitectureTest::usesDefaultLocale))
        .because(
            "output follows the Language a caller asks for, never the machine's locale (a Turkish"
                + " or Polish default locale must not change a figure or a letter)");
  }

  @Test
  void should_use_no_implementation_package_of_another_module() throws IOException {
    Map<String, Set<String>> exported = exportedPackagesOfEveryKcsModule();
    assertThat(exported.keySet())
        .as("module descriptors found on the class path")
        .containsAll(List.of("pl.kcs.core", "pl.kcs.rules", "pl.kcs.costs", "pl.kcs.json"));
    noImplementationPackageAcrossModules(exported).check(production);
  }

  static ArchRule noImplementationPackageAcrossModules(Map<String, Set<String>> exported) {
    return classes()
        .should(
            new ArchCondition<JavaClass>("not use a package another kcs module does not export") {
              @Override
              public void check(JavaClass item, ConditionEvents events) {
                String from = moduleOf(item.getPackageName());
                for (var dependency : item.getDirectDependenciesFromSelf()) {
                  JavaClass target = dependency.getTargetClass();
                  String to = moduleOf(target.getPackageName());
                  if (to == null || to.equals(from)) {
                    continue;
                  }
                  Set<String> packages = exported.get(to);
                  if (packages != null && !packages.contains(target.getPackageName())) {
                    events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                  }
                }
              }
            })
        .because("implementation lives in packages a module does not export, for its own use only");
  }

  private static String moduleOf(String packageName) {
    String best = null;
    for (String root : MODULES.values()) {
      if ((packageName.equals(root) || packageName.startsWith(root + "."))
          && (best == null || root.length() > best.length())) {
        best = root;
      }
    }
    return best;
  }

  /** Module name (pl.kcs.*) to its unqualified exports, from the module-info.class files. */
  private static Map<String, Set<String>> exportedPackagesOfEveryKcsModule() throws IOException {
    Map<String, Set<String>> exported = new TreeMap<>();
    Enumeration<URL> descriptors =
        ArchitectureTest.class.getClassLoader().getResources("module-info.class");
    while (descriptors.hasMoreElements()) {
      try (InputStream in = descriptors.nextElement().openStream()) {
        ModuleDescriptor descriptor = ModuleDescriptor.read(in);
        if (descriptor.name().startsWith("pl.kcs.")) {
          Set<String> packages = new TreeSet<>();
          descriptor.exports().stream()
              .filter(e -> !e.isQualified())
              .forEach(e -> packages.add(e.source()));
          exported.put(descriptor.name(), packages);
        }
      }
    }
    return exported;
  }

  /** A condition that reports every access {@code forbidden} matches as a violation. */
  private static ArchCondition<JavaClass> callNone(
      String description, Predicate<JavaAccess<?>> forbidden) {
    return new ArchCondition<>("not " + description) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaAccess<?> access : item.getAccessesFromSelf()) {
          if (forbidden.test(access)) {
            events.add(SimpleConditionEvent.violated(item, access.getDescription()));
          }
        }
      }
    };
  }

  private static boolean readsTheClock(JavaAccess<?> access) {
    String owner = access.getTargetOwner().getName();
    String name = access.getName();
    return (owner.startsWith("java.time.") && name.equals("now"))
        || (owner.equals("java.time.Clock")
            && (name.equals("systemDefaultZone") || name.equals("systemUTC")))
        || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"))
        || (owner.equals("java.util.Date") && name.equals("<init>") && noArguments(access));
  }

  private static boolean usesDefaultLocale(JavaAccess<?> access) {
    String owner = access.getTargetOwner().getName();
    String name = access.getName();
    List<String> parameters = parameterTypes(access);
    switch (owner) {
      case "java.util.Locale":
        return name.equals("getDefault") || name.equals("setDefault");
      case "java.lang.String":
        return (name.equals("format") && !firstIsLocale(parameters))
            || name.equals("formatted")
            || ((name.equals("toLowerCase") || name.equals("toUpperCase")) && parameters.isEmpty());
      case "java.time.format.DateTimeFormatter":
        return (name.equals("ofPattern") && parameters.size() == 1)
            || name.equals("ofLocalizedDate")
            || name.equals("ofLocalizedDateTime")
            || name.equals("ofLocalizedTime");
      case "java.text.MessageFormat":
        return (name.equals("<init>") && parameters.size() == 1)
            || (name.equals("format")
                && parameters.size() == 2
                && parameters.get(0).equals("java.lang.String"));
      case "java.text.NumberFormat":
        return name.startsWith("get") && name.endsWith("Instance") && parameters.isEmpty();
      case "java.text.DecimalFormat":
      case "java.text.SimpleDateFormat":
        return name.equals("<init>") && parameters.size() <= 1;
      case "java.util.Formatter":
        return name.equals("<init>") && !firstIsLocale(parameters);
      case "java.io.PrintStream":
      case "java.io.PrintWriter":
        return (name.equals("printf") || name.equals("format")) && !firstIsLocale(parameters);
      default:
        return false;
    }
  }

  private static boolean noArguments(JavaAccess<?> access) {
    return parameterTypes(access).isEmpty();
  }

  private static boolean firstIsLocale(List<String> parameters) {
    return !parameters.isEmpty() && parameters.get(0).equals("java.util.Locale");
  }

  private static List<String> parameterTypes(JavaAccess<?> access) {
    if (access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target) {
      return target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
    }
    return List.of();
  }
}
