package pl.kcs.rules.opening;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import pl.kcs.core.ModalClass;
import pl.kcs.core.opening.CohostPosition;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.rules.AreaWords;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * The built-in rules of the self-assessment (docs/facts.md: the opening panel): one per starting condition
 * (OPEN-START), one per area, and the position on the client → co-host scale (OPEN-COHOST).
 *
 * <p>Severities are the library's reading: the source calls the starting conditions "the starting
 * point" of opening an institution, so a missing one is a warning; an area below the co-host rung
 * and a position below co-host are advice — opening is a path, "small steps first", not a test.
 */
final class OpeningRules {

  /** The area's words: {@code pl/kcs/rules/opening/messages_pl.properties} and {@code _en}. */
  static final AreaWords WORDS =
      AreaWords.load("pl.kcs.rules.opening.messages", OpeningRules.class);

  /** The panel's purpose: recommendations for opening places to residents (OPEN-PRACTICES). */
  private static final String PANEL_RECOMMENDATIONS =
      "będziemy wspólnie wypracowywać rekomendacje dla otwierania miejsc na mieszkańców/ki";

  /** OPEN-COHOST: who a co-host is. */
  private static final String COHOST =
      "współgospodarz to osoba, która może współdecydować w instytucji o tym co, dla kogo i po co się dzieje";

  private OpeningRules() {}

  static ImmutableList<Rule<OpeningFacts>> defaults() {
    ImmutableList.Builder<Rule<OpeningFacts>> rules = ImmutableList.builder();
    for (OpeningPractice condition : OpeningPractice.startingConditions()) {
      rules.add(startingCondition(condition));
    }
    for (OpeningArea area : OpeningArea.values()) {
      rules.add(area(area));
    }
    rules.add(
        Rule.<OpeningFacts>builder("open.cohost")
            .source("OPEN-COHOST")
            .severity(Severity.ADVICE)
            .reading(ModalClass.OBSERVATION, COHOST)
            .libraryDefault()
            .appliesTo(OpeningArea.COHOSTING_AND_INITIATIVE)
            .condition(Condition.holds(f -> f.position() == CohostPosition.CO_HOST))
            .explainer(f -> Finding.of(List.of(f.percent()), f.position(), CohostPosition.CO_HOST))
            .messages(WORDS)
            .build());
    return rules.build();
  }

  /** The rule id of a starting condition or an area: {@code FRIENDLY_SPACE} is {@code friendly-space}. */
  static String idOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // OPEN-START: "Punktem wyjścia do realizacji takiego planu jest": each condition in place (at
  // least partly), failed when answered lower, unknown when unanswered. A warning: the
  // self-assessment gates nothing.
  private static Rule<OpeningFacts> startingCondition(OpeningPractice condition) {
    return Rule.<OpeningFacts>builder("open.start." + idOf(condition))
        .source(condition.source())
        .severity(Severity.WARNING)
        .reading(
            ModalClass.RECOMMENDATION,
            "Punktem wyjścia do realizacji takiego planu jest wspólna wizja")
        .appliesTo(condition)
        .condition(
            f ->
                f.assessment()
                    .answer(condition)
                    .map(level -> level.isInPlace() ? Status.PASSED : Status.FAILED)
                    .orElse(Status.UNKNOWN))
        .explainer(
            f ->
                Finding.of(
                    List.of(condition),
                    f.assessment().answer(condition).<Object>map(l -> l).orElse(""),
                    PracticeLevel.PARTLY))
        .messages(WORDS)
        .build();
  }

  // OPEN-PRACTICES, OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE: an area at the co-host rung passes;
  // below it, the items to develop are the advice, each with its own fact ID.
  private static Rule<OpeningFacts> area(OpeningArea area) {
    int coHost = CohostPosition.CO_HOST.minimumPercent();
    Rule.Builder<OpeningFacts> rule = Rule.<OpeningFacts>builder("open.area." + idOf(area));
    if (area.source().modalClass().isAtLeast(ModalClass.SUGGESTION)) {
      rule.reading(ModalClass.SUGGESTION, PANEL_RECOMMENDATIONS);
    } else {
      // OPEN-COHOST describes the co-host; advising on it is kcs's reading of the panel.
      rule.reading(ModalClass.OBSERVATION, COHOST).libraryDefault();
    }
    return rule.source(area.source())
        .severity(Severity.ADVICE)
        .appliesTo(area)
        .condition(Condition.holds(f -> f.score(area).percent() >= coHost))
        .explainer(f -> Finding.of(f.score(area).toDevelop(), f.score(area).percent(), coHost))
        .messages(WORDS)
        .build();
  }
}
