package pl.kcs.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Javadoc links one kcs module's pages to another's, and to Guava's, through the element lists in
 * src/javadoc (no network at build time). A list that drifts from its module's exports would leave
 * links out, so each must name exactly the packages the module's jar exports.
 */
class JavadocLinksIT {

  private static final List<String> LINKED_MODULES =
      List.of("kcs-core", "kcs-rules", "kcs-costs", "kcs-evaluation", "kcs-simulation");

  private static final Path ROOT = Path.of(Consumer.property("kcs.it.repositoryRoot"));

  @Test
  void should_keep_each_element_list_equal_to_the_exports_of_its_module() throws IOException {
    for (String module : LINKED_MODULES) {
      Path jar = jarOf(module);
      Set<String> exported;
      try (JarFile file = new JarFile(jar.toFile());
          InputStream in = file.getInputStream(file.getEntry("module-info.class"))) {
        exported =
            ModuleDescriptor.read(in).exports().stream()
                .filter(exports -> !exports.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
      }
      Set<String> listed =
          Files.readAllLines(
                  ROOT.resolve("src/javadoc").resolve(module).resolve("element-list"), UTF_8)
              .stream()
              .filter(line -> !line.isBlank())
              .collect(Collectors.toCollection(TreeSet::new));

      assertThat(listed).as("src/javadoc/%s/element-list", module).isEqualTo(exported);
    }
  }

  @Test
  void should_link_kcs_rules_pages_to_kcs_core_guava_and_the_jdk() throws IOException {
    Path javadocJar =
        jarOf("kcs-rules")
            .resolveSibling(
                jarOf("kcs-rules").getFileName().toString().replace(".jar", "-javadoc.jar"));
    assumeTrue(Files.exists(javadocJar), "the build made kcs-rules' javadoc jar");

    try (JarFile file = new JarFile(javadocJar.toFile())) {
      ZipEntry page = file.getEntry("pl/kcs/rules/stage/StageReport.html");
      assertThat(page).isNotNull();
      String html;
      try (InputStream in = file.getInputStream(page)) {
        html = new String(in.readAllBytes(), UTF_8);
      }
      assertThat(html)
          .contains(
              "https://javadoc.io/doc/pl.kcs/kcs-core/"
                  + Consumer.property("kcs.it.version")
                  + "/pl/kcs/core/stage/KcsImplementation.html")
          .contains("https://guava.dev/releases/")
          .contains("/com/google/common/collect/ImmutableList.html")
          .contains("https://docs.oracle.com/en/java/javase/17/docs/api/");
    }
  }

  private static Path jarOf(String module) {
    return Consumer.dependencyPath().stream()
        .filter(jar -> jar.getFileName().toString().startsWith(module + "-"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(module + " is not on kcs-it's path"));
  }
}
