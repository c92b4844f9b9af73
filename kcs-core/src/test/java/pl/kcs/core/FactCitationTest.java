package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every domain type of kcs-core names in its source the fact it comes from (javadoc or {@code
 * source()}), so that a reader can walk from the code to the fact catalogue (docs/facts.md).
 */
class FactCitationTest {

  private static final Path MAIN_SOURCES = Path.of("src/main/java");

  /** The library's own machinery, which models no fact of the sources. */
  private static final Set<String> MACHINERY =
      Set.of(
          "Checks",
          "CoreLabels",
          "DomainTerm",
          "FactCatalogue",
          "FactClause",
          "FactId",
          "Identifier",
          "KcsStyle",
          "Labelled",
          "Language",
          "LocalizedBundle",
          "ModalClass",
          "Requirement",
          "SourceDocument",
          "Sourced",
          "Rational",
          // Text formatting (plurals, dates, money): the library's machinery, not the domain.
          "MessageTemplate",
          "PluralCategory",
          "Quantity",
          "TextFormats",
          // The holder of one library default (every default, in LibraryDefaults, cites its fact).
          "LibraryDefault");

  @Test
  void every_domain_type_cites_a_fact_id_in_its_source() throws IOException {
    assumeTrue(
        Files.isDirectory(MAIN_SOURCES),
        "main sources not found from " + Path.of("").toAbsolutePath());
    List<String> uncited = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : MainTypes.all()) {
      if (type.getSimpleName().equals("package-info")) {
        continue;
      }
      boolean generated =
          type.getSimpleName().startsWith("Immutable") || type.getSimpleName().startsWith("With");
      if (type.isMemberClass()
          || type.isAnonymousClass()
          || generated
          || MACHINERY.contains(type.getSimpleName())) {
        continue;
      }
      Path file = MAIN_SOURCES.resolve(type.getName().replace('.', '/') + ".java");
      String source = Files.readString(file, StandardCharsets.UTF_8);
      checked++;
      if (FactId.all().stream().noneMatch(fact -> source.contains(fact.id()))) {
        uncited.add(type.getName());
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(60);
    assertThat(uncited).as("domain types whose source cites no fact ID").isEmpty();
  }
}
