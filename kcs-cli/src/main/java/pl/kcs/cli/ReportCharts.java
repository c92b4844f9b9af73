package pl.kcs.cli;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import pl.kcs.core.Language;
import pl.kcs.costs.Budget;
import pl.kcs.costs.CostCategory;
import pl.kcs.costs.CostRange;
import pl.kcs.evaluation.instrument.Instrument;
import pl.kcs.evaluation.report.Cell;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.GroupRow;
import pl.kcs.evaluation.report.MeanScores;
import pl.kcs.evaluation.report.ScaleSection;

/**
 * The charts of {@code kcs budget --chart} and {@code kcs evaluate --chart}, in the command's
 * language, drawn with XChart. The same report gives the same charts.
 */
final class ReportCharts {

  private static final Color LOW = new Color(0x1f77b4);
  private static final Color TO_HIGH = new Color(0xaec7e8);
  private static final Color BEFORE = new Color(0x7f7f7f);
  private static final Color AFTER = new Color(0x2ca02c);

  private ReportCharts() {}

  /**
   * The cost of every category the budget has (KCS-COST-*), low to high: a bar to the low figure
   * and, stacked on it, the span up to the high one, so that the whole bar is the high figure. A
   * category the source method does not price (the employer's contributions) says it is kcs's.
   */
  static List<CategoryChart> budget(
      Budget budget, String name, boolean defaultMonths, Language language) {
    boolean polish = language == Language.POLISH;
    Locale locale = language.locale();
    String currency = budget.currency().getCode();
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(1000)
            .height(800)
            .title(
                (polish
                        ? "Koszt według kategorii, od niskiego do wysokiego — "
                        : "Cost by category, low to high — ")
                    + name
                    + (polish ? ", miesiące: " : ", months: ")
                    + budget.months()
                    + (defaultMonths
                        ? polish
                            ? " (ustawienie domyślne kcs, nie metody)"
                            : " (kcs default, not the method's)"
                        : ""))
            .xAxisTitle(polish ? "kategoria kosztu (fakt)" : "cost category (fact)")
            .yAxisTitle(currency + (polish ? ", bez lokalu" : ", premises excluded"))
            .build();
    style(chart, Styler.LegendPosition.InsideNE, locale);
    chart.getStyler().setStacked(true);
    // Upright labels: XChart centres a slanted label on its tick, and the last, long one would
    // run off the picture.
    chart.getStyler().setXAxisLabelRotation(90);
    List<String> categories = new ArrayList<>();
    List<Double> low = new ArrayList<>();
    List<Double> toHigh = new ArrayList<>();
    for (CostCategory category : CostCategory.values()) {
      CostRange cost = budget.costOf(category);
      if (cost.isZero()) {
        continue;
      }
      // A category outside the source method says so in its own label ("kcs addition").
      categories.add(category.label(locale) + " (" + category.source().id() + ")");
      low.add(cost.low().getAmount().doubleValue());
      toHigh.add(cost.high().getAmount().subtract(cost.low().getAmount()).doubleValue());
    }
    if (categories.isEmpty()) {
      // XChart cannot draw a chart without a series; an empty picture would claim a result.
      throw new BadInputException(
          "--chart", "nothing to draw: the budget has no costs; no chart written");
    }
    CategorySeries lowSeries =
        chart.addSeries(polish ? "niski szacunek" : "low estimate", categories, low);
    lowSeries.setFillColor(LOW);
    CategorySeries highSeries =
        chart.addSeries(
            polish ? "do wysokiego szacunku" : "up to the high estimate", categories, toHigh);
    highSeries.setFillColor(TO_HIGH);
    return List.of(chart);
  }

  /**
   * For every loneliness scale (KCS-EFF-LONELINESS) of the report, the mean score before and after
   * of each group and of all groups together. A suppressed cell, or one without answers, is left
   * out: never drawn, not even as an empty place. The scales are kcs's addition, not the method's,
   * and the titles say so.
   */
  static List<CategoryChart> evaluation(EvaluationReport report, Language language) {
    boolean polish = language == Language.POLISH;
    Locale locale = language.locale();
    List<CategoryChart> charts = new ArrayList<>();
    for (ScaleSection scale : report.scales()) {
      List<String> cells = new ArrayList<>();
      List<Double> before = new ArrayList<>();
      List<Double> after = new ArrayList<>();
      for (GroupRow<MeanScores> row : scale.scores().groups()) {
        add(row.name(), row.cell(), cells, before, after);
      }
      add(
          polish ? "wszystkie grupy" : "all groups",
          scale.scores().allGroups(),
          cells,
          before,
          after);
      if (cells.isEmpty()) {
        continue;
      }
      Instrument instrument = scale.instrument();
      CategoryChart chart =
          new CategoryChartBuilder()
              .width(1000)
              .height(560)
              .title(
                  instrument.label(locale)
                      + (polish
                          ? " (KCS-EFF-LONELINESS): przed i po"
                          : " (KCS-EFF-LONELINESS): before and after"))
              .xAxisTitle(
                  polish
                      ? "grupa (skalę dodał kcs, nie metoda)"
                      : "group (the scale is kcs's addition, not the method's)")
              .yAxisTitle(
                  (polish ? "średni wynik, " : "mean score, ")
                      + instrument.minScore()
                      + "–"
                      + instrument.maxScore()
                      + (polish ? " (więcej = bardziej samotni)" : " (higher = lonelier)"))
              .build();
      style(chart, Styler.LegendPosition.OutsideE, locale);
      chart.getStyler().setXAxisLabelRotation(25);
      chart.getStyler().setYAxisMin((double) instrument.minScore());
      chart.getStyler().setYAxisMax((double) instrument.maxScore());
      chart.addSeries(polish ? "przed" : "before", cells, before).setFillColor(BEFORE);
      chart.addSeries(polish ? "po" : "after", cells, after).setFillColor(AFTER);
      charts.add(chart);
    }
    if (charts.isEmpty()) {
      // XChart cannot draw a chart without a series; an empty picture would claim a result.
      throw new BadInputException(
          "--chart",
          "nothing to draw: every mean score is suppressed or has no answers; no chart written");
    }
    return charts;
  }

  private static void add(
      String name,
      Cell<MeanScores> cell,
      List<String> cells,
      List<Double> before,
      List<Double> after) {
    if (cell instanceof Cell.Shown<MeanScores> shown) {
      cells.add(name);
      before.add(mean(shown.shown().meanBefore()));
      after.add(mean(shown.shown().meanAfter()));
    }
  }

  private static double mean(BigDecimal mean) {
    return mean.doubleValue();
  }

  private static void style(CategoryChart chart, Styler.LegendPosition legend, Locale locale) {
    chart.getStyler().setLocale(locale);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(legend);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
  }
}
