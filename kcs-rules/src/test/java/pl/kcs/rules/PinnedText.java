package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import pl.kcs.core.Language;

/**
 * Rendered report texts pinned byte for byte in a file under {@code src/test/resources/pinned}:
 * the report machinery may change, the text a reader gets may not. {@code
 * -Dkcs.writeGoldens=true} rewrites the files — only when a text is meant to change, and the diff
 * shows how.
 */
public final class PinnedText {

  private static final Path DIRECTORY = Path.of("src/test/resources/pinned");

  private final StringBuilder text = new StringBuilder();

  /** An empty set of texts. */
  public PinnedText() {}

  /** Adds {@code heading} and the text {@code render} gives in Polish and in English. */
  public PinnedText add(String heading, Function<Locale, String> render) {
    for (Language language : Language.values()) {
      String rendered = render.apply(language.locale());
      text.append("=== ").append(heading).append(", ").append(language).append('\n');
      text.append(rendered);
      if (!rendered.endsWith("\n")) {
        text.append('\n');
      }
    }
    return this;
  }

  /** Asserts that the texts added equal {@code file}'s, byte for byte. */
  public void assertSameAs(String file) {
    Path path = DIRECTORY.resolve(file);
    try {
      if (Boolean.getBoolean("kcs.writeGoldens")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(path, text, StandardCharsets.UTF_8);
      }
      assertThat(text.toString()).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
