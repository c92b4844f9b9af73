package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/facts.md is generated from the catalogue, so it cannot go stale: this test renders it and
 * fails if the committed file differs. Run with {@code -Dkcs.regenerate=true} to rewrite it.
 */
class FactsDocumentTest {

  /** docs/facts.md, seen from the kcs-core module directory (Surefire's working directory). */
  private static final Path FACTS_MD = Path.of("../docs/facts.md");

  @Test
  void docs_facts_md_is_the_catalogue_as_generated() throws IOException {
    String rendered = FactsDocument.render();
    if (Boolean.getBoolean("kcs.regenerate")) {
      Files.writeString(FACTS_MD, rendered, StandardCharsets.UTF_8);
    }
    assertThat(FACTS_MD)
        .as("docs/facts.md, seen from %s", Path.of("").toAbsolutePath())
        .isRegularFile();
    String committed = Files.readString(FACTS_MD, StandardCharsets.UTF_8);

    assertThat(committed.equals(rendered))
        .as(
            "docs/facts.md differs from the fact catalogue (first difference at character %s); regenerate it with"
                + " mvn -B -q verify -pl kcs-core -am -Dtest=FactsDocumentTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dkcs.regenerate=true",
            firstDifference(committed, rendered))
        .isTrue();
  }

  @Test
  void the_document_lists_every_fact_with_every_clause() {
    String rendered = FactsDocument.render();

    for (FactId fact : FactId.all()) {
      assertThat(rendered)
          .as(fact.id())
          .contains("\n### " + fact.id() + " — ")
          .contains("](#" + FactsDocument.anchor(fact) + ")");
      for (FactClause clause : fact.clauses()) {
        assertThat(rendered)
            .contains(clause.paraphrase(Language.POLISH), clause.paraphrase(Language.ENGLISH));
      }
    }
    assertThat(FactsDocument.anchor(FactId.of("KCS-S1B-TEAM")))
        .isEqualTo("kcs-s1b-team--the-conversation-with-the-institutions-team");
  }

  private static int firstDifference(String a, String b) {
    int length = Math.min(a.length(), b.length());
    for (int i = 0; i < length; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return length;
  }
}
