package pl.kcs.rules.opening;

import com.google.common.base.Strings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pl.kcs.core.Language;
import pl.kcs.core.opening.CohostPosition;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;

/** Writes a {@link SelfAssessmentReport} as plain text: the words of openness on the shared pieces. */
final class SelfAssessmentText {

  private static final int BAR = 10;

  private SelfAssessmentText() {}

  static void write(SelfAssessmentReport report, ReportText out) {
    Language language = out.language();
    Locale locale = language.locale();
    OpeningFacts facts = report.facts();
    StringBuilder text = new StringBuilder();
    text.append(OpeningRules.WORDS.format(language, "report.title")).append('\n');
    text.append(
            OpeningRules.WORDS.format(language, "report.position", report.position().label(locale)))
        .append('\n');
    text.append(
            OpeningRules.WORDS.format(
                language,
                "report.overall",
                facts.percent(),
                facts.points(),
                facts.maxPoints(),
                facts.answered(),
                facts.items()))
        .append('\n');

    text.append('\n').append(OpeningRules.WORDS.format(language, "report.areas")).append('\n');
    int width = 0;
    for (AreaScore score : report.scores()) {
      width = Math.max(width, score.area().label(locale).length());
    }
    for (AreaScore score : report.scores()) {
      String label = score.area().label(locale);
      int filled = score.percent() * BAR / 100;
      text.append("  ")
          .append(label)
          .append(Strings.repeat(" ", width - label.length()))
          .append("  [")
          .append(Strings.repeat("#", filled))
          .append(Strings.repeat(".", BAR - filled))
          .append("] ")
          .append(Strings.padStart(Integer.toString(score.percent()), 3, ' '))
          .append("%\n");
    }

    text.append('\n')
        .append(
            OpeningRules.WORDS.format(
                language,
                "report.starting-conditions",
                report.startingConditionsMet().size(),
                OpeningPractice.startingConditions().size()))
        .append('\n');
    for (OpeningPractice condition : OpeningPractice.startingConditions()) {
      Optional<PracticeLevel> answer = facts.assessment().answer(condition);
      String mark = answer.isEmpty() ? "[?] " : answer.get().isInPlace() ? "[x] " : "[ ] ";
      text.append("  ")
          .append(mark)
          .append(condition.label(locale))
          .append(" — ")
          .append(
              answer
                  .map(l -> l.label(locale))
                  .orElse(OpeningRules.WORDS.format(language, "report.no-answer")))
          .append('\n');
    }

    out.append(text.toString());
    text.setLength(0);
    String none = OpeningRules.WORDS.format(language, "report.none");
    out.section(OpeningRules.WORDS.format(language, "report.warnings"), none, report.warnings());
    List<Outcome> advice = report.adviceForWeakestAreas();
    // The advice, each followed by the practices to develop.
    out.sectionTitle(OpeningRules.WORDS.format(language, "report.advice"), none, advice.isEmpty());
    for (Outcome outcome : advice) {
      out.item(outcome);
      for (Object subject : outcome.finding().subjects()) {
        if (subject instanceof OpeningPractice) {
          OpeningPractice practice = (OpeningPractice) subject;
          out.append("      · ")
              .append(practice.label(locale))
              .append(" — ")
              .append(
                  facts
                      .assessment()
                      .answer(practice)
                      .map(l -> l.label(locale))
                      .orElse(OpeningRules.WORDS.format(language, "report.no-answer")))
              .append(" (")
              .append(practice.source().id())
              .append(")\n");
        }
      }
    }
    List<String> others = new ArrayList<>();
    for (AreaScore score : report.scores()) {
      if (score.percent() < CohostPosition.CO_HOST.minimumPercent()
          && !report.weakestAreas().contains(score)) {
        others.add(
            OpeningRules.WORDS.format(
                language, "report.area-score", score.area().label(locale), score.percent()));
      }
    }
    if (!others.isEmpty()) {
      out.blankLine()
          .line(
              OpeningRules.WORDS.format(language, "report.other-areas", String.join(", ", others)));
    }
  }
}
