package pl.kcs.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import pl.kcs.core.Language;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.PilotResult;
import pl.kcs.evaluation.stats.Interval;
import pl.kcs.evaluation.stats.Proportion;

/**
 * Writes an {@link EvaluationReport} as text. Numbers are rounded here and only here, on purpose:
 * a share to a whole percent, half up, from the exact count; its interval outwards (lower bound
 * down, upper bound up), so the printed interval is never narrower than the computed one; means to
 * one decimal. Negative numbers take a true minus sign. The text uses only what the report holds,
 * so it cannot show a suppressed count.
 */
final class ReportRenderer {

  private static final String INDENT = "  ";

  private final EvaluationReport report;
  private final Language language;
  private final StringBuilder text = new StringBuilder();

  ReportRenderer(EvaluationReport report, Language language) {
    this.report = report;
    this.language = language;
  }

  String render() {
    line(0, format("report.title", report.title()));
    line(0, format("report.asOf", report.asOf()));
    line(0, format("report.intervals", Integer.toString(report.confidenceLevel().percent())));
    line(0, format("report.suppression", report.suppression().minimumCellSize()));
    line(0, format("report.suppressedCells", report.suppressedCells()));
    for (ScaleSection scale : report.scales()) {
      blank();
      line(
          0,
          format(
              "report.scale",
              scale.instrument().label(language.locale()),
              Integer.toString(scale.instrument().minScore()),
              Integer.toString(scale.instrument().maxScore()),
              scale.instrument().source().id()));
      line(1, text("report.scale.population"));
      table(text("report.scale.means"), scale.scores(), this::means);
      table(text("report.scale.improved"), scale.improved(), this::share);
      table(text("report.scale.lonelyBefore"), scale.lonelyBefore(), this::share);
      table(text("report.scale.lonelyAfter"), scale.lonelyAfter(), this::share);
    }
    blank();
    line(0, text("report.questions"));
    line(1, text("report.questions.population"));
    table(
        measure("report.measure.lessLonely", "KCS-EFF-LONELINESS"),
        report.lessLonely(),
        this::share);
    table(
        measure("report.measure.confident", "KCS-EFF-CONFIDENCE"), report.confident(), this::share);
    table(measure("report.measure.ties", "KCS-EFF-TIES"), report.ties(), this::share);
    blank();
    groups(
        "report.groups.selfRun",
        "KCS-EFF-SELFRUN",
        report.selfRunning(),
        GroupOutcome::meetsWithoutAnimatorSince);
    groups(
        "report.groups.independent",
        "KCS-EFF-INDEPENDENT",
        report.independent(),
        GroupOutcome::independentSince);
    blank();
    line(0, text("report.pilot"));
    for (PilotComparison comparison : report.pilotComparisons()) {
      String observed =
          comparison
              .observed()
              .map(
                  share ->
                      comparison.pilot().unit() == PilotResult.Unit.GROUPS
                          ? groupShare(share)
                          : share(share))
              .orElse(text("report.pilot.notAvailable"));
      line(
          1,
          format(
              comparison.pilot().isAboutRefugeeGroupsOnly()
                  ? "report.pilot.lineRefugeeGroups"
                  : "report.pilot.line",
              comparison.pilot().label(language.locale()),
              comparison.pilot().source().id(),
              observed,
              comparison.verdict().label(language.locale())));
    }
    return text.toString();
  }

  private <T> void table(String title, MeasureTable<T> table, Function<T, String> shown) {
    line(1, title);
    line(2, text("report.allGroups") + ": " + cell(table.allGroups(), shown));
    for (GroupRow<T> row : table.groups()) {
      line(2, groupName(row.name(), row.group().value()) + ": " + cell(row.cell(), shown));
    }
  }

  private void groups(
      String key,
      String fact,
      Optional<ShareEstimate> share,
      Function<GroupOutcome, Optional<LocalDate>> since) {
    line(0, format(key, report.asOf(), fact));
    line(1, share.map(this::groupShare).orElse(text("report.groups.none")));
    for (GroupOutcome group : report.groups()) {
      Optional<LocalDate> date = since.apply(group).filter(d -> !d.isAfter(report.asOf()));
      String state =
          date.map(d -> format("report.groups.since", d)).orElse(text("report.groups.notYet"));
      line(2, groupName(group.name(), group.group().value()) + ": " + state);
    }
  }

  private <T> String cell(Cell<T> cell, Function<T, String> shown) {
    if (cell instanceof Cell.Shown<T> value) {
      return shown.apply(value.shown());
    }
    if (cell instanceof Cell.Suppressed) {
      return format("report.suppressed", report.suppression().minimumCellSize());
    }
    return text("report.noAnswers");
  }

  private String share(ShareEstimate share) {
    return shareText("report.share", share);
  }

  private String groupShare(ShareEstimate share) {
    return shareText("report.groups.share", share);
  }

  private String shareText(String key, ShareEstimate share) {
    Proportion proportion = share.proportion();
    Interval interval = share.interval();
    return format(
        key,
        proportion.successes(),
        proportion.trials(),
        percent(proportion),
        Integer.toString(share.level().percent()),
        bound(interval.lower(), RoundingMode.FLOOR),
        bound(interval.upper(), RoundingMode.CEILING));
  }

  private String means(MeanScores means) {
    return format(
        "report.means",
        means.respondents(),
        decimal(means.meanBefore()),
        decimal(means.meanAfter()),
        signed(means.meanChange()));
  }

  /** The share as a whole percent, half up, from the exact count. */
  static String percent(Proportion proportion) {
    return BigDecimal.valueOf(proportion.successes() * 100L)
        .divide(BigDecimal.valueOf(proportion.trials()), 0, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /**
   * An interval bound as a whole percent, rounded outwards by {@code mode}; first to six decimals
   * of a percent, so that a bound a rounding error away from a whole percent is not pushed past it.
   */
  static String bound(double share, RoundingMode mode) {
    return new BigDecimal(share)
        .movePointRight(2)
        .setScale(6, RoundingMode.HALF_UP)
        .setScale(0, mode)
        .toPlainString();
  }

  private String decimal(BigDecimal value) {
    String plain = value.abs().toPlainString();
    String digits = language == Language.POLISH ? plain.replace('.', ',') : plain;
    return value.signum() < 0 ? "\u2212" + digits : digits;
  }

  private String signed(BigDecimal value) {
    return value.signum() > 0 ? "+" + decimal(value) : decimal(value);
  }

  private String groupName(String name, String id) {
    return format("report.group", name, id);
  }

  private String measure(String key, String fact) {
    return text(key) + " [" + fact + "]";
  }

  private String text(String key) {
    return ReportText.BUNDLE.text(language, key);
  }

  private String format(String key, Object... arguments) {
    return ReportText.BUNDLE.format(language, key, arguments);
  }

  private void line(int depth, String line) {
    text.append(INDENT.repeat(depth)).append(line).append('\n');
  }

  private void blank() {
    text.append('\n');
  }
}
