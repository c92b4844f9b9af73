package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fact ID cited anywhere in the main code and resources of the repository is in the
 * catalogue, so no rule, label or javadoc can point at a fact that kcs does not explain.
 *
 * <p>Reads the repository itself (Surefire runs in the module directory, so the repository root is
 * {@code ..}); it never reads anything beside the repository.
 */
class FactCitationsInCodeTest {

  /** A fact ID with one of the catalogue's prefixes, as a whole token (not {@code KCS-EFF-*}, {@code KCS-M*}). */
  private static final Pattern CITED_ID =
      Pattern.compile("(?<![A-Za-z0-9-])(?:KCS|KS|OPEN|MA)(?:-[A-Z0-9]+)+(?![A-Za-z0-9*-])");

  private static final Set<String> SCANNED_DIRECTORIES =
      Set.of("src/main/java", "src/main/resources");

  private static final Set<String> TEXT_FILES =
      Set.of(".java", ".properties", ".txt", ".json", ".md", ".csv");

  @Test
  void every_fact_id_cited_in_main_code_is_in_the_catalogue() throws IOException {
    Path root = repositoryRoot();
    TreeMap<String, List<String>> unknown = new TreeMap<>();
    Set<String> cited = new TreeSet<>();
    List<Path> files = mainFiles(root);
    for (Path file : files) {
      Matcher ids = CITED_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (ids.find()) {
        String id = ids.group();
        cited.add(id);
        if (!isInCatalogue(id)) {
          unknown
              .computeIfAbsent(id, key -> new ArrayList<>())
              .add(root.relativize(file).toString());
        }
      }
    }

    assertThat(unknown)
        .as(
            "fact IDs cited in main code but missing from the catalogue, with the files citing them")
        .isEmpty();
    // The scan must have seen the project, or the test would pass on nothing.
    assertThat(files.size())
        .as("main files scanned under %s", root.toAbsolutePath())
        .isGreaterThan(200);
    assertThat(cited).as("distinct fact IDs cited in main code").hasSizeGreaterThanOrEqualTo(55);
  }

  @Test
  void the_scan_sees_every_module_of_the_build() throws IOException {
    Path root = repositoryRoot();
    String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    List<String> withMainCode = new ArrayList<>();
    while (modules.find()) {
      if (Files.isDirectory(root.resolve(modules.group(1)).resolve("src/main/java"))) {
        withMainCode.add(modules.group(1));
      }
    }
    Set<String> scannedModules =
        mainFiles(root).stream()
            .map(file -> root.relativize(file).getName(0).toString())
            .collect(Collectors.toSet());

    assertThat(withMainCode).contains("kcs-core", "kcs-rules");
    assertThat(scannedModules).containsAll(withMainCode);
  }

  @Test
  void the_pattern_finds_whole_ids_and_skips_wildcards_and_words() {
    Matcher ids =
        CITED_ID.matcher(
            "see KCS-S1B-TEAM, KS-HOURS; KCS-EFF-*, KCS-M* and KCS-ie or XKCS-M1 and (MA-TERMS).");
    List<String> found = new ArrayList<>();
    while (ids.find()) {
      found.add(ids.group());
    }
    assertThat(found).containsExactly("KCS-S1B-TEAM", "KS-HOURS", "MA-TERMS");
  }

  private static boolean isInCatalogue(String id) {
    return FactId.all().stream().anyMatch(fact -> fact.id().equals(id));
  }

  /** The repository root: the parent of this module, which holds the build's aggregator pom. */
  private static Path repositoryRoot() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path pom = root.resolve("pom.xml");
    assertThat(pom)
        .as("the repository's root pom, seen from %s", Path.of("").toAbsolutePath())
        .isRegularFile();
    assertThat(Files.readString(pom, StandardCharsets.UTF_8)).contains("<module>kcs-core</module>");
    return root;
  }

  private static List<Path> mainFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
        for (String directory : SCANNED_DIRECTORIES) {
          Path sources = module.resolve(directory);
          if (Files.isDirectory(sources)) {
            files.addAll(textFilesUnder(sources));
          }
        }
      }
    }
    return files;
  }

  private static List<Path> textFilesUnder(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> TEXT_FILES.stream().anyMatch(file.getFileName().toString()::endsWith))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
