package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.kcs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures docs/kcs-command.md and docs/pl/przewodnik.md show, docs/img/*.png, are what {@code
 * kcs simulate|budget|evaluate --chart} draws for the embedded examples. Pixels depend on the
 * machine's fonts, so the test compares structure: each picture's size, and its title, axis
 * titles, series and categories (the {@code <title>} and {@code <desc>} of the same chart drawn as
 * SVG) with docs/img/charts.txt. When a chart changes on purpose, regenerate the pictures and the
 * list: {@code mvn -pl kcs-cli -am test -Dtest=DocsPicturesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dkcs.writePictures=true}.
 */
class DocsPicturesTest {

  private static final Path IMAGES = Path.of("..", "docs", "img");

  /** Picture name, then the subcommand and its language. */
  private static final List<String[]> PICTURES =
      List.of(
          new String[] {"simulate-en", "simulate", "en"},
          new String[] {"budget-en", "budget", "en"},
          new String[] {"evaluate-en", "evaluate", "en"},
          new String[] {"simulate-pl", "simulate", "pl"},
          new String[] {"budget-pl", "budget", "pl"},
          new String[] {"evaluate-pl", "evaluate", "pl"});

  @Test
  void the_pictures_in_the_docs_are_what_the_command_draws_for_the_examples(@TempDir Path scratch)
      throws Exception {
    boolean write = Boolean.getBoolean("kcs.writePictures");
    StringBuilder structure =
        new StringBuilder(
            "# What each picture of docs/img draws (DocsPicturesTest; regenerate with"
                + " -Dkcs.writePictures=true)\n");
    List<String> sizes = new ArrayList<>();
    for (String[] picture : PICTURES) {
      Path png = write ? IMAGES.resolve(picture[0] + ".png") : scratch.resolve(picture[0] + ".png");
      Path svg = scratch.resolve(picture[0] + ".svg");
      for (Path chart : List.of(png, svg)) {
        CommandRun run = kcs(picture[1], "--lang", picture[2], "--chart", chart.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
      }
      BufferedImage drawn = ImageIO.read(png.toFile());
      structure
          .append("\n## ")
          .append(picture[0])
          .append(".png: ")
          .append(drawn.getWidth())
          .append(" × ")
          .append(drawn.getHeight())
          .append('\n')
          .append(ChartCommandTest.svgText(svg));
      sizes.add(picture[0] + " " + drawn.getWidth() + "x" + drawn.getHeight());
    }
    Path list = IMAGES.resolve("charts.txt");
    if (write) {
      Files.writeString(list, structure.toString(), StandardCharsets.UTF_8);
    }
    for (int i = 0; i < PICTURES.size(); i++) {
      Path committed = IMAGES.resolve(PICTURES.get(i)[0] + ".png");
      assertThat(committed).as("regenerate with -Dkcs.writePictures=true").exists();
      BufferedImage image = ImageIO.read(committed.toFile());
      assertThat(image).as(committed.toString()).isNotNull();
      assertThat(PICTURES.get(i)[0] + " " + image.getWidth() + "x" + image.getHeight())
          .as("the size of %s; regenerate with -Dkcs.writePictures=true", committed)
          .isEqualTo(sizes.get(i));
    }
    assertThat(read(list))
        .as("what docs/img's pictures draw; regenerate with -Dkcs.writePictures=true")
        .isEqualTo(structure.toString());
  }

  @Test
  void the_docs_show_every_picture() throws IOException {
    String english = read(Path.of("..", "docs", "kcs-command.md"));
    String polish = read(Path.of("..", "docs", "pl", "przewodnik.md"));
    for (String[] picture : PICTURES) {
      String file = picture[0] + ".png";
      if (picture[2].equals("en")) {
        assertThat(english).contains("](img/" + file + ")");
      } else {
        assertThat(polish).contains("](../img/" + file + ")");
      }
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
