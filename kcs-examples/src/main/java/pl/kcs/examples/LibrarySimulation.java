package pl.kcs.examples;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import pl.kcs.core.Language;
import pl.kcs.simulation.MonthSummary;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.Simulation;
import pl.kcs.simulation.SimulationResult;

/**
 * A researcher's question: "what happens if a library with one animator on ¼ of a post opens a KCS
 * for three years?" — 10,000 replications of 36 months with the default parameters, a progress bar,
 * a PNG chart of independent groups and cumulative cost over time, and the CSV.
 */
public final class LibrarySimulation {

  /** The seed of the example: the same seed gives the same figures. */
  public static final long SEED = 2024_01_15L;

  static final int MONTHS = 36;
  static final int REPLICATIONS = 10_000;

  private LibrarySimulation() {}

  /** Runs the example, writing {@code simulation.csv} and {@code simulation.png} into {@code args[0]} (default {@code .}). */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : ".");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SimulationResult result = run(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    write(result, directory);
    out.print(summary(result, Language.POLISH));
    out.print(summary(result, Language.ENGLISH));
  }

  /** Runs the scenario, drawing a progress bar on {@code progress}. */
  public static SimulationResult run(PrintStream progress) {
    ScenarioParameters library = ScenarioParameters.builder().months(MONTHS).build();
    ProgressBar bar = new ProgressBar(progress);
    SimulationResult result =
        Simulation.of(library)
            .run(
                RunSettings.builder()
                    .seed(SEED)
                    .replications(REPLICATIONS)
                    .progress(bar::update)
                    .build());
    bar.finish();
    return result;
  }

  /** Writes the CSV and the PNG chart ({@link #charts}, in Polish) of {@code result} into {@code directory}. */
  public static void write(SimulationResult result, Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("simulation.csv"), result.toCsv(), StandardCharsets.UTF_8);
    BitmapEncoder.saveBitmap(
        charts(result, Language.POLISH),
        2,
        1,
        directory.resolve("simulation.png").toString(),
        BitmapEncoder.BitmapFormat.PNG);
  }

  /** What the run shows at its end, in {@code language}. */
  public static String summary(SimulationResult result, Language language) {
    MonthSummary last = result.lastMonth();
    boolean polish = language == Language.POLISH;
    Locale locale = language.locale();
    StringBuilder text = new StringBuilder();
    text.append(
            polish
                ? "Biblioteka, 1 animator(ka) na 1/4 etatu, 36 miesięcy, 10 000 powtórzeń (ziarno "
                : "A library, 1 animator on 1/4 of a post, 36 months, 10,000 replications (seed ")
        .append(result.seed())
        .append(", kcs ")
        .append(result.libraryVersion())
        .append(")\n");
    text.append(polish ? "  grupy usamodzielnione: średnio " : "  independent groups: mean ")
        .append(format(last.independentGroups().mean(), locale))
        .append(polish ? ", 90% przebiegów od " : ", 90% of runs from ")
        .append(last.independentGroups().p5().toPlainString())
        .append(polish ? " do " : " to ")
        .append(last.independentGroups().p95().toPlainString())
        .append('\n');
    text.append(
            polish
                ? "  grupy działające samodzielnie: średnio "
                : "  groups running themselves: mean ")
        .append(format(last.selfRunningGroups().mean(), locale))
        .append('\n');
    text.append(
            polish
                ? "  koszt łączny (PLN, bez lokalu): średnio "
                : "  total cost (PLN, premises excluded): mean ")
        .append(format(last.cumulativeCostLow().mean(), locale))
        .append("–")
        .append(format(last.cumulativeCostHigh().mean(), locale))
        .append('\n');
    appendShare(
        text,
        polish ? "  mniej samotni: " : "  less lonely: ",
        result.pooledLessLonelyShare(),
        locale);
    appendShare(
        text,
        polish ? "  gotowi założyć grupę: " : "  confident to start a group: ",
        result.pooledConfidentShare(),
        locale);
    return text.toString();
  }

  /** A pooled share as a percentage after {@code label}, where the run measured it. */
  private static void appendShare(
      StringBuilder text, String label, Optional<BigDecimal> share, Locale locale) {
    share.ifPresent(
        value -> text.append(label).append(format(value.movePointRight(2), locale)).append("%\n"));
  }

  private static String format(BigDecimal value, Locale locale) {
    return String.format(locale, "%,.1f", value);
  }

  /**
   * The example's chart of any simulation result, in {@code language}: the independent groups
   * (KCS-EFF-INDEPENDENT) and the cumulative cost (KCS-COST-*) month by month, each with its spread
   * over the replications; two charts to be drawn one above the other, 900 × 380 pixels each. The
   * model and its default assumptions are kcs's, not the method's, and the titles say so. The
   * same result gives the same charts. A module that calls it reads XChart itself, as the {@code
   * kcs} command does.
   */
  @SuppressWarnings("exports") // XChart is an automatic module: not re-exported on purpose
  public static List<XYChart> charts(SimulationResult result, Language language) {
    requireNonNull(result, "result");
    boolean polish = requireNonNull(language, "language") == Language.POLISH;
    XYChart groups =
        chart(
            polish
                ? "Grupy usamodzielnione (KCS-EFF-INDEPENDENT), symulacja: model kcs, nie metody"
                : "Independent groups (KCS-EFF-INDEPENDENT), simulated: kcs's model, not the method's",
            polish ? "grupy" : "groups",
            polish);
    addSeries(
        groups, result, polish ? "średnia" : "mean", s -> s.independentGroups().mean(), Color.BLUE);
    addSeries(
        groups,
        result,
        polish ? "5. percentyl" : "5th percentile",
        s -> s.independentGroups().p5(),
        Color.LIGHT_GRAY);
    addSeries(
        groups,
        result,
        polish ? "95. percentyl" : "95th percentile",
        s -> s.independentGroups().p95(),
        Color.GRAY);
    XYChart cost =
        chart(
            polish
                ? "Koszt łączny bez lokalu (KCS-COST-*), symulacja: model kcs, nie metody"
                : "Cumulative cost, premises excluded (KCS-COST-*), simulated: kcs's model, not the method's",
            "PLN",
            polish);
    addSeries(
        cost,
        result,
        polish ? "niski, średnia" : "low, mean",
        s -> s.cumulativeCostLow().mean(),
        new Color(0, 128, 0));
    addSeries(
        cost,
        result,
        polish ? "wysoki, średnia" : "high, mean",
        s -> s.cumulativeCostHigh().mean(),
        new Color(200, 0, 0));
    addSeries(
        cost,
        result,
        polish ? "wysoki, 95. percentyl" : "high, 95th percentile",
        s -> s.cumulativeCostHigh().p95(),
        new Color(255, 150, 150));
    return List.of(groups, cost);
  }

  private static XYChart chart(String title, String yAxis, boolean polish) {
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(380)
            .title(title)
            .xAxisTitle(polish ? "miesiąc" : "month")
            .yAxisTitle(yAxis)
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLocale(polish ? Language.POLISH.locale() : Language.ENGLISH.locale());
    return chart;
  }

  private static void addSeries(
      XYChart chart,
      SimulationResult result,
      String name,
      java.util.function.Function<MonthSummary, BigDecimal> value,
      Color color) {
    List<Integer> months = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (MonthSummary month : result.months()) {
      months.add(month.month());
      values.add(value.apply(month).doubleValue());
    }
    XYSeries series = chart.addSeries(name, months, values);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(color);
  }

  /** A text progress bar: {@code [#####.....] 50%}, redrawn in place. */
  static final class ProgressBar {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private int drawn = -1;

    ProgressBar(PrintStream out) {
      this.out = out;
    }

    synchronized void update(long done, long total) {
      int percent = (int) (100 * done / total);
      if (percent == drawn) {
        return;
      }
      drawn = percent;
      int filled = percent * WIDTH / 100;
      out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "%");
      out.flush();
    }

    synchronized void finish() {
      out.println();
    }
  }
}
