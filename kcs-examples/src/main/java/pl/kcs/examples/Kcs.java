package pl.kcs.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.stage.StageProgression;

/**
 * The {@code kcs} command: with no arguments it assesses the embedded example, a small-town
 * library, at each of the three stages, in Polish and English.
 */
public final class Kcs {

  private Kcs() {}

  /** Runs the command. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(stageReports());
  }

  /** The stage reports of the embedded example, each in Polish and then English. */
  public static String stageReports() {
    StageProgression progression = StageProgression.withDefaultRules();
    StringBuilder text = new StringBuilder();
    for (KcsImplementation library :
        new KcsImplementation[] {
          SmallTownLibrary.inPreparation(),
          SmallTownLibrary.inInauguration(),
          SmallTownLibrary.inOperation()
        }) {
      for (Locale locale : new Locale[] {Locale.forLanguageTag("pl"), Locale.ENGLISH}) {
        text.append(progression.assess(library).render(locale)).append('\n');
      }
    }
    return text.toString();
  }
}
