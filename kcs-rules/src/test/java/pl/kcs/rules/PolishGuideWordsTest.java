package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.core.Language.POLISH;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/pl/przewodnik.md explains the reports in the words the reports use: every heading and every
 * tag it quotes is the bundle's text, so a change of wording that leaves the guide behind fails.
 */
class PolishGuideWordsTest {

  private static final Path GUIDE_MD = Path.of("../docs/pl/przewodnik.md");

  @Test
  void the_guide_quotes_the_headings_and_tags_of_the_reports() throws IOException {
    String guide = Files.readString(GUIDE_MD, StandardCharsets.UTF_8);
    for (String key :
        List.of(
            "report.checklist",
            "report.blockers",
            "report.warnings",
            "report.advice",
            "report.notes")) {
      assertThat(guide).as(key).contains("**" + RulesMessages.BUNDLE.text(POLISH, key) + "**");
    }
    for (String tag :
        List.of(
            "tag.BLOCKER.PASSED",
            "tag.BLOCKER.FAILED",
            "tag.WARNING.PASSED",
            "tag.WARNING.FAILED",
            "tag.ADVICE.FAILED",
            "tag.NOTE.FAILED")) {
      assertThat(guide).as(tag).contains("„[" + RulesMessages.BUNDLE.text(POLISH, tag) + "]”");
    }
    assertThat(guide)
        .contains(
            RulesMessages.BUNDLE
                .format(POLISH, "report.may-advance", "X")
                .replaceFirst("^.*?\\. ", "")
                .replace(".", ""))
        .contains("ustawienie domyślne kcs, a nie wymóg metody");
    assertThat(RulesMessages.BUNDLE.text(POLISH, "rule.library-default"))
        .contains("ustawienie domyślne kcs, a nie wymóg metody");
  }
}
