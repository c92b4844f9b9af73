package pl.kcs.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the fact catalogue as docs/facts.md: a summary table per source document, then every
 * fact with each of its statements. Output depends only on the catalogue, so the committed file
 * can be compared byte for byte.
 */
final class FactsDocument {

  private static final Locale POLISH = Locale.forLanguageTag("pl");

  private FactsDocument() {}

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# The fact catalogue of kcs\n\n")
        .append(
            "<!-- Generated from kcs-core/src/main/resources/pl/kcs/core/fact-catalogue.txt by FactsDocumentTest;\n")
        .append("     do not edit by hand: change the catalogue and run\n")
        .append(
            "     mvn -B -q verify -pl kcs-core -am -Dtest=FactsDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dkcs.regenerate=true -->\n\n")
        .append(
            "Every rule, default number, enum constant and label of kcs names one of these facts. For each fact the\n")
        .append(
            "catalogue gives its source document and section, a paraphrase in kcs's own words (Polish and English),\n")
        .append(
            "and how strongly the source words it: its **modal class**, with the Polish words that decide it quoted\n")
        .append(
            "from the source. In Java: `FactId.of(\"KCS-S1B-SUPERVISION\")` with `source()`, `section()`,\n")
        .append(
            "`describe(Language)`, `modalClass()`, `decidingWords()`, `clauses()` and `clauseQuoting(words)`.\n\n")
        .append("## How strongly a source words a fact\n\n")
        .append("| Modal class | Deciding words | A rule built on it may be at most |\n")
        .append("|---|---|---|\n")
        .append(
            "| `REQUIREMENT` | musi, nie może, trzeba, konieczne, potrzebne, niezbędne, wymaga | a blocker |\n")
        .append("| `RECOMMENDATION` | powinien/powinna/powinno, należy, ważne | a warning |\n")
        .append(
            "| `SUGGESTION` | warto, może/można, np./przykładowe, opcjonalnie, ułatwi, rekomendowane, wskazane, dobrze, cenne, zachęcamy; a permission (nie musi) | advice |\n")
        .append(
            "| `OBSERVATION` | a difficulty or an effect the source reports, or a description that is no precondition | a finding that never gates |\n\n")
        .append(
            "A fact often mixes statements of different strength; each statement (clause) is listed with its own\n")
        .append(
            "class, and the fact is as strong as its strongest statement. The statement's own word decides. A\n")
        .append(
            "statement without one takes the word of the heading of its list (\"Niezbędne zaplecze KS\"); a step of\n")
        .append(
            "the method stated in the indicative with neither (\"przychodzi czas na\", \"zostaje powołany\") is read\n")
        .append(
            "as a recommendation, and its note says so. Notes explain the other readings that need a word.\n\n")
        .append("## Source documents\n\n")
        .append("| No. | Document | Dokument | Facts |\n")
        .append("|---|---|---|---|\n");
    for (SourceDocument document : SourceDocument.values()) {
      long count =
          FactId.inCatalogueOrder().stream().filter(fact -> fact.source() == document).count();
      md.append("| ")
          .append(document.number())
          .append(" | ")
          .append(cell(document.label(Locale.ENGLISH)))
          .append(" | ")
          .append(cell(document.label(POLISH)))
          .append(" | ")
          .append(count == 0 ? "none of its own (repeats 000)" : count)
          .append(" |\n");
    }
    for (SourceDocument document : SourceDocument.values()) {
      List<FactId> facts =
          FactId.inCatalogueOrder().stream()
              .filter(fact -> fact.source() == document)
              .collect(Collectors.toList());
      if (facts.isEmpty()) {
        continue;
      }
      md.append("\n## ")
          .append(document.number())
          .append(" — ")
          .append(document.label(Locale.ENGLISH))
          .append("\n\n");
      md.append("*").append(document.label(POLISH)).append("*\n\n");
      md.append("| ID | Fact | Section | Modal class | Deciding words |\n");
      md.append("|---|---|---|---|---|\n");
      for (FactId fact : facts) {
        md.append("| [")
            .append(fact.id())
            .append("](#")
            .append(anchor(fact))
            .append(")")
            .append(" | ")
            .append(cell(fact.title(Language.ENGLISH)))
            .append(" | ")
            .append(cell(fact.section()))
            .append(" | `")
            .append(fact.modalClass())
            .append('`')
            .append(" | ")
            .append(cell(quoted(fact.decidingWords())))
            .append(" |\n");
      }
      for (FactId fact : facts) {
        md.append("\n### ")
            .append(fact.id())
            .append(" — ")
            .append(fact.title(Language.ENGLISH))
            .append("\n\n");
        md.append("*")
            .append(fact.title(Language.POLISH))
            .append("* · ")
            .append(document.number())
            .append(", ")
            .append(fact.section())
            .append(" · **")
            .append(fact.modalClass())
            .append("**\n");
        int number = 0;
        for (FactClause clause : fact.clauses()) {
          number++;
          md.append("\n")
              .append(number)
              .append(". **")
              .append(clause.modalClass())
              .append("** — ")
              .append(quoted(clause.decidingWords()))
              .append("\n");
          md.append("   - pl: ").append(clause.paraphrase(Language.POLISH)).append("\n");
          md.append("   - en: ").append(clause.paraphrase(Language.ENGLISH)).append("\n");
          clause.note().ifPresent(note -> md.append("   - note: ").append(note).append("\n"));
        }
      }
    }
    return md.toString();
  }

  /** The anchor GitHub gives the fact's heading ("### KCS-S1A — Rooting …"). */
  static String anchor(FactId fact) {
    String heading = fact.id() + " — " + fact.title(Language.ENGLISH);
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  private static String quoted(List<String> words) {
    // A quotation inside a quotation takes the Polish inner marks: „… »przy okazji« …”.
    return words.stream()
        .map(w -> "„" + w.replace('„', '»').replace('”', '«') + "”")
        .collect(Collectors.joining(" · "));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
