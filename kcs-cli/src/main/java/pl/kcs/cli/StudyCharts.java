package pl.kcs.cli;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import pl.kcs.simulation.SensitivityDesign;
import pl.kcs.simulation.SensitivityTable;
import pl.kcs.simulation.SweepTable;

/** The charts of {@code kcs sensitivity --chart} and {@code kcs sweep --chart}, drawn with XChart. */
public final class StudyCharts {

  private StudyCharts() {}

  /**
   * A bar chart of one output's ranking, the most influential factor first: Sobol's total and
   * first-order indices, or Morris's μ* and σ.
   */
  public static CategoryChart sensitivity(
      SensitivityTable table, SensitivityTable.Ranking ranking) {
    boolean morris = table.design().method() == SensitivityDesign.Method.MORRIS;
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(1000)
            .height(600)
            .title("What drives " + ranking.output() + " — " + table.design())
            .xAxisTitle("assumption (kcs default, not the method's, unless calibrated)")
            .yAxisTitle(morris ? "elementary effect" : "share of variance")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setLocale(java.util.Locale.ENGLISH); // the titles are English
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setSeriesColors(new Color[] {new Color(0x1f77b4), new Color(0xff7f0e)});
    List<String> factors = new ArrayList<>();
    List<Double> first = new ArrayList<>();
    List<Double> second = new ArrayList<>();
    for (SensitivityTable.Entry entry : ranking.entries()) {
      factors.add(entry.factor());
      first.add(morris ? entry.muStar().getAsDouble() : entry.total().getAsDouble());
      second.add(morris ? entry.sigma().getAsDouble() : entry.firstOrder().getAsDouble());
    }
    chart.addSeries(morris ? "mu* (mean |effect|)" : "total index ST", factors, first);
    chart.addSeries(morris ? "sigma (interactions)" : "first-order index S1", factors, second);
    return chart;
  }

  /** A bar chart of a sweep: the mean independent and self-running groups at the end, per grid point. */
  public static CategoryChart sweep(SweepTable table) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(1000)
            .height(600)
            .title(
                "Groups at the end, per grid point ("
                    + String.join(", ", table.parameterNames())
                    + ")")
            .xAxisTitle(String.join(" | ", table.parameterNames()))
            .yAxisTitle("mean groups")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setLocale(java.util.Locale.ENGLISH); // the titles are English
    chart.getStyler().setXAxisLabelRotation(table.rows().size() > 8 ? 60 : 0);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    List<String> points = new ArrayList<>();
    List<Double> independent = new ArrayList<>();
    List<Double> selfRunning = new ArrayList<>();
    for (SweepTable.Row row : table.rows()) {
      points.add(String.join(" | ", row.parameterValues()));
      independent.add(row.result().lastMonth().independentGroups().mean().doubleValue());
      selfRunning.add(row.result().lastMonth().selfRunningGroups().mean().doubleValue());
    }
    chart.addSeries("independent (KCS-EFF-INDEPENDENT)", points, independent);
    chart.addSeries("running themselves (KCS-EFF-SELFRUN)", points, selfRunning);
    return chart;
  }
}
