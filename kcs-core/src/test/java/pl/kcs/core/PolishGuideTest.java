package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/pl/ is the guide for people who do not write Java. Its list of codes (docs/pl/kody.md) is
 * generated from the labels and compared byte for byte (regenerate with {@code
 * -Dkcs.regenerate=true}); the hand-written guide (docs/pl/przewodnik.md) must explain every field
 * the example documents use and every list of codes.
 */
class PolishGuideTest {

  private static final Path CODES_MD = Path.of("../docs/pl/kody.md");
  private static final Path GUIDE_MD = Path.of("../docs/pl/przewodnik.md");
  private static final Path EXAMPLES = Path.of("../examples");

  @Test
  void docs_pl_kody_md_is_the_labels_as_generated() throws IOException {
    String rendered = PolishCodesDocument.render();
    if (Boolean.getBoolean("kcs.regenerate")) {
      Files.createDirectories(CODES_MD.getParent());
      Files.writeString(CODES_MD, rendered, StandardCharsets.UTF_8);
    }
    assertThat(CODES_MD).isRegularFile();
    assertThat(Files.readString(CODES_MD, StandardCharsets.UTF_8))
        .as(
            "docs/pl/kody.md differs from the labels; regenerate it with mvn -B -q verify -pl kcs-core -am"
                + " -Dtest=PolishGuideTest -Dsurefire.failIfNoSpecifiedTests=false -Dkcs.regenerate=true")
        .isEqualTo(rendered);
  }

  @Test
  void the_codes_list_gives_every_code_its_polish_meaning() {
    String rendered = PolishCodesDocument.render();
    assertThat(rendered)
        .contains("| `LIBRARY` | biblioteka | library | KCS-HOST |")
        .contains("| `RUNNING_ITSELF` | spotyka się bez udziału animatora lub animatorki |");
    for (Class<? extends Enum<?>> type : MainTypes.enumsImplementing(DomainTerm.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(rendered)
            .contains(
                "| `"
                    + constant.name()
                    + "` | "
                    + ((DomainTerm) constant).label(Language.POLISH.locale()).replace("|", "\\|")
                    + " |");
      }
    }
  }

  @Test
  void the_guide_explains_every_field_of_the_example_documents() throws IOException {
    String guide = Files.readString(GUIDE_MD, StandardCharsets.UTF_8);
    TreeSet<String> missing = new TreeSet<>();
    Pattern key = Pattern.compile("\"([a-z][A-Za-z0-9]*)\"\\s*:");
    try (DirectoryStream<Path> files = Files.newDirectoryStream(EXAMPLES, "*.json")) {
      for (Path file : files) {
        Matcher matcher = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          if (!guide.contains("`" + matcher.group(1) + "`")) {
            missing.add(file.getFileName() + ": " + matcher.group(1));
          }
        }
      }
    }
    assertThat(missing)
        .as("fields of examples/*.json that docs/pl/przewodnik.md does not explain")
        .isEmpty();
  }

  @Test
  void the_guide_points_to_every_list_of_codes() throws IOException {
    String guide = Files.readString(GUIDE_MD, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Class<? extends Enum<?>> type : MainTypes.enumsImplementing(DomainTerm.class)) {
      String link = "kody.md#" + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
      if (!guide.contains(link)) {
        missing.add(type.getSimpleName());
      }
    }
    assertThat(missing).as("lists of codes docs/pl/przewodnik.md never links").isEmpty();
  }
}
