package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.kcs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --format html}: one self-contained printable page, read with an HTML parser (jsoup): no
 * script, no external resource, the problems first with blockers before warnings before advice,
 * each fact ID a link into docs/facts.md, the stage checklist with progress per stage, and text from
 * a document escaped.
 */
class HtmlReportTest {

  @Test
  void
      the_stage_report_page_puts_blockers_first_links_fact_ids_and_shows_progress_per_stage_KCS_S2B() {
    Document page = Jsoup.parse(kcs("assess", "--format", "html", "--lang", "en").out());

    assertThat(page.title()).isEqualTo("Biblioteka Publiczna w Lipowie — Stage 2: inauguration");
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    List<String> sections = page.select("body > section").eachAttr("class");
    assertThat(sections.indexOf("blockers"))
        .isLessThan(sections.indexOf("advices"))
        .isGreaterThanOrEqualTo(0);
    Element blocker = page.selectFirst("section.blockers li.outcome.blocker");
    assertThat(blocker.attr("data-rule")).isEqualTo("kcs.s2b.prepared");
    assertThat(blocker.selectFirst("a.fact").text()).isEqualTo("KCS-S2B");
    assertThat(blocker.selectFirst("a.fact").attr("href"))
        .isEqualTo(HtmlReport.FACTS + "#kcs-s2b--preparing-the-animators");
    assertThat(page.select("progress.stage-progress")).isNotEmpty();
    assertThat(page.select("table.checklist tr")).isNotEmpty();
    assertThat(page.select("section.text pre").text())
        .startsWith("Biblioteka Publiczna w Lipowie — Stage 2: inauguration");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assess", "recommend", "club", "open", "group", "autonomy"})
  void every_html_page_is_self_contained_and_printable(String subcommand) {
    Document page = Jsoup.parse(kcs(subcommand, "--format", "html").out());

    assertThat(page.select("script, link, img, iframe, object")).isEmpty();
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.select("style").html()).contains("@media print");
    assertThat(page.select("html").attr("lang")).isEqualTo("pl");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("a.fact"))
        .allMatch(link -> link.attr("href").startsWith(HtmlReport.FACTS + "#"));
  }

  @Test
  void text_from_a_document_is_escaped(@TempDir Path directory) throws Exception {
    String library =
        kcs("example", "library")
            .out()
            .replace("Biblioteka Publiczna w Lipowie", "<script>alert(1)</script> & Co");
    Path file = directory.resolve("library.json");
    Files.writeString(file, library);

    String html = kcs("assess", file.toString(), "--format", "html").out();
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).isEmpty();
    assertThat(page.title()).startsWith("<script>alert(1)</script> & Co");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
  }
}
