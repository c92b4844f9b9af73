package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.legal.LegalAct;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.legal.LocalStrategy;
import pl.kcs.core.legal.StrategyKind;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;

/**
 * KCS-S1A: the strategies a KCS knows are named in alphabetical order, whatever order they were
 * entered in, so that two reports of the same institution read the same.
 */
class StageFindingOrderTest {

  private static LocalStrategy strategy(String title) {
    return LocalStrategy.builder()
        .kind(StrategyKind.INSTITUTION_STRATEGY_AND_MISSION)
        .title(title)
        .programmeWrittenIn(true)
        .build();
  }

  @Test
  void known_strategies_are_named_alphabetically_whatever_the_input_order_KCS_S1A() {
    KcsImplementation library =
        LibraryFixture.complete(Stage.PREPARATION)
            .withLegalContext(
                LegalContext.builder()
                    .addKnownActs(LegalAct.ACCESSIBILITY_ACT)
                    .addStrategies(strategy("Strategia rozwoju gminy"), strategy("Program kultury"))
                    .build());

    String message =
        StageProgression.withDefaultRules()
            .assess(library)
            .evaluation()
            .outcome("kcs.s1a.legal-context")
            .orElseThrow()
            .message(Locale.ENGLISH);

    assertThat(message).contains("Program kultury").contains("Strategia rozwoju gminy");
    assertThat(message.indexOf("Program kultury"))
        .isLessThan(message.indexOf("Strategia rozwoju gminy"));
  }
}
