package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Outcome;

/**
 * The text a director reads is pinned byte for byte (issue 17: speed-ups change no behaviour): the
 * rendered Polish and English stage reports of the example libraries are golden files under
 * {@code src/test/resources/pl/kcs/rules/stage/rendered/}, and a digest pins, over many libraries
 * with random gaps in random stages, every report, every outcome line and every problem's message,
 * action and list item in both languages.
 *
 * <p>When the wording changes on purpose, regenerate the files with {@code -Dtest=
 * StageReportRenderedTextPinnedTest -Dkcs.writeRenderedReports=true} (run in kcs-rules) and update
 * {@link #DIGEST} from the failure message; review the diff.
 */
class StageReportRenderedTextPinnedTest {

  private static final StageProgression PROGRESSION = StageProgression.withDefaultRules();
  private static final String FOLDER = "pl/kcs/rules/stage/rendered/";

  /** SHA-256 of everything {@link #everythingRendered(long, int)} renders for seed 17, 400 cases. */
  static final String DIGEST = "496c3d917e621ab8d0271e975e4552b94f35ab34920b18feb14b5868817ce91e";

  private static final InstitutionOffer GENEROUS_OFFER =
      InstitutionOffer.of(
          6,
          InstitutionCapability.NIGHT_WATCHMAN,
          InstitutionCapability.ANIMATION,
          InstitutionCapability.CULTURAL_PROGRAMME,
          InstitutionCapability.OUTINGS_AND_GROUP_TICKETS);
  private static final InstitutionOffer THIN_OFFER =
      InstitutionOffer.of(2, InstitutionCapability.TRAINING);

  /** The example libraries, by the name of their golden file. */
  private static Map<String, StageReport> examples() {
    Map<String, StageReport> reports = new LinkedHashMap<>();
    for (Stage stage : Stage.values()) {
      String n = Integer.toString(stage.ordinal() + 1);
      reports.put("stage" + n + "-complete", PROGRESSION.assess(LibraryFixture.complete(stage)));
      reports.put(
          "stage" + n + "-unsupervised",
          PROGRESSION.assess(LibraryFixture.lacking(stage, Gap.SECOND_ANIMATOR_UNSUPERVISED)));
      reports.put(
          "stage" + n + "-every-gap",
          PROGRESSION.assess(LibraryFixture.with(stage, EnumSet.allOf(Gap.class))));
    }
    reports.put(
        "stage1-no-room-no-scale",
        PROGRESSION.assess(
            LibraryFixture.with(
                Stage.PREPARATION, EnumSet.of(Gap.NO_SUITABLE_ROOM, Gap.NO_SCALE_DECISION))));
    reports.put(
        "stage2-untrained-no-partner",
        PROGRESSION.assess(
            LibraryFixture.with(
                Stage.INAUGURATION,
                EnumSet.of(Gap.SECOND_ANIMATOR_UNTRAINED, Gap.NO_PARTNER_INVITED))));
    reports.put(
        "stage3-generous-offer",
        PROGRESSION.assess(LibraryFixture.complete(Stage.OPERATION), GENEROUS_OFFER));
    reports.put(
        "stage3-thin-offer-no-rules",
        PROGRESSION.assess(
            LibraryFixture.lacking(Stage.OPERATION, Gap.RULES_NOT_WITH_PARTICIPANTS), THIN_OFFER));
    return reports;
  }

  @Test
  void the_example_reports_read_exactly_as_pinned_in_polish_and_english() {
    boolean write = Boolean.getBoolean("kcs.writeRenderedReports");
    for (Map.Entry<String, StageReport> example : examples().entrySet()) {
      for (Language language : Language.values()) {
        String file = example.getKey() + "-" + language.locale().getLanguage() + ".txt";
        String rendered = example.getValue().render(language);
        if (write) {
          write(file, rendered);
        } else {
          assertThat(rendered).as(file).isEqualTo(read(file));
        }
      }
    }
  }

  @Test
  void every_rendered_text_of_many_random_libraries_is_as_pinned() {
    String digest = everythingRendered(17, 400);
    assertThat(digest)
        .as("SHA-256 of the rendered texts (seed 17, 400 libraries); was %s", digest)
        .isEqualTo(DIGEST);
  }

  /** Every text of {@code cases} random libraries, in both languages, hashed. */
  static String everythingRendered(long seed, int cases) {
    SplittableRandom random = new SplittableRandom(seed);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (int c = 0; c < cases; c++) {
      Set<Gap> gaps = EnumSet.noneOf(Gap.class);
      for (Gap gap : Gap.values()) {
        if (random.nextInt(4) == 0) {
          gaps.add(gap);
        }
      }
      Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
      int offer = random.nextInt(3);
      StageReport report =
          offer == 0
              ? PROGRESSION.assess(LibraryFixture.with(stage, gaps))
              : PROGRESSION.assess(
                  LibraryFixture.with(stage, gaps), offer == 1 ? GENEROUS_OFFER : THIN_OFFER);
      StringBuilder text = new StringBuilder();
      text.append(stage).append(' ').append(gaps).append(' ').append(offer).append('\n');
      text.append(report.mayAdvance()).append(' ').append(report.hasNoBlockers()).append('\n');
      for (Language language : Language.values()) {
        text.append(report.render(language));
        text.append(report.evaluation().render(language));
        for (Outcome outcome : report.evaluation().outcomes()) {
          text.append(outcome.status()).append(' ').append(outcome.message(language)).append('\n');
          text.append(outcome.action(language)).append('\n');
        }
        for (Outcome problem : report.problems()) {
          text.append(problem.renderAsListItem(language));
        }
        report.checklist().forEach(step -> text.append(step.render(language)).append('\n'));
        report.missingSteps().forEach(step -> text.append(step.render(language)).append('\n'));
      }
      sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String read(String file) {
    try (InputStream in =
        StageReportRenderedTextPinnedTest.class
            .getClassLoader()
            .getResourceAsStream(FOLDER + file)) {
      assertThat(in)
          .as("golden file %s (write it with -Dkcs.writeRenderedReports=true)", file)
          .isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String file, String text) {
    try {
      Path path = Path.of("src/test/resources", FOLDER, file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
