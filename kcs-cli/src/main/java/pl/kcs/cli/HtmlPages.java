package pl.kcs.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;
import pl.kcs.core.text.TextFormats;
import pl.kcs.costs.CostRange;
import pl.kcs.costs.CostTable;
import pl.kcs.costs.CostTableRow;
import pl.kcs.evaluation.report.Cell;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.GroupRow;
import pl.kcs.evaluation.report.MeanScores;
import pl.kcs.evaluation.report.MeasureTable;
import pl.kcs.evaluation.report.ScaleSection;
import pl.kcs.evaluation.report.ShareEstimate;
import pl.kcs.simulation.Distribution;
import pl.kcs.simulation.MonthSummary;
import pl.kcs.simulation.SimulationResult;

/**
 * {@code --format html} of the reports that are tables rather than rules — {@code kcs budget},
 * {@code kcs evaluate}, {@code kcs simulate}: one self-contained, printable page each, in {@link
 * HtmlReport}'s frame, its tables first and the whole text report after them. Every text is
 * escaped. The evaluation's page never shows a suppressed cell: its tables leave such a cell's row
 * out and say how many they left out; the text report names it suppressed, without a figure.
 */
final class HtmlPages {

  private HtmlPages() {}

  /** The budget's cost table (KCS-COST-*): a row per line, subtotal, total, partners, net. */
  static String budget(CostTable table, String text, Language language) {
    boolean polish = language == Language.POLISH;
    List<String> header = new ArrayList<>();
    header.add(polish ? "Pozycja" : "Item");
    header.add(polish ? "Fakt" : "Fact");
    header.addAll(table.columns());
    List<List<String>> rows = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    List<Optional<FactId>> facts = new ArrayList<>();
    for (CostTableRow row : table.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.detail().isEmpty() ? row.label() : row.label() + " (" + row.detail() + ")");
      facts.add(row.source());
      for (Optional<CostRange> cell : row.cells()) {
        cells.add(cell.map(range -> range(range, language)).orElse(""));
      }
      rows.add(cells);
      classes.add(row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    String body =
        HtmlReport.table(
            "costs", polish ? "Pozycje" : "Items", header, rows, classes, facts, table.notes());
    return HtmlReport.frame(
        table.title(),
        (polish ? "Kwoty w " : "Amounts in ")
            + table.currency().getCode()
            + (polish ? ", bez lokalu (KCS-COST-*)" : ", premises excluded (KCS-COST-*)"),
        body,
        text,
        language);
  }

  /**
   * The evaluation report (KCS-EFF-*): per loneliness scale the mean scores before and after and
   * the shares, then the shares less lonely, confident and with new ties — only the cells shown.
   */
  static String evaluation(EvaluationReport report, Language language) {
    boolean polish = language == Language.POLISH;
    Locale locale = language.locale();
    StringBuilder body = new StringBuilder();
    for (ScaleSection scale : report.scales()) {
      String name = scale.instrument().label(locale);
      body.append(means(name, scale.scores(), report, language));
      body.append(
          shares(
              name + (polish ? ": mniej samotni (wynik spadł)" : ": less lonely (score fell)"),
              scale.improved(),
              report,
              language));
      body.append(
          shares(
              name + (polish ? ": samotni na początku" : ": lonely at the start"),
              scale.lonelyBefore(),
              report,
              language));
      body.append(
          shares(
              name + (polish ? ": samotni po" : ": lonely after"),
              scale.lonelyAfter(),
              report,
              language));
    }
    body.append(
        shares(
            polish
                ? "Mniej samotni, w ich własnej ocenie (KCS-EFF-LONELINESS)"
                : "Less lonely, in their own words (KCS-EFF-LONELINESS)",
            report.lessLonely(),
            report,
            language));
    body.append(
        shares(
            polish
                ? "Gotowi założyć grupę (KCS-EFF-CONFIDENCE)"
                : "Confident to start a group (KCS-EFF-CONFIDENCE)",
            report.confident(),
            report,
            language));
    body.append(
        shares(
            polish ? "Nowe więzi (KCS-EFF-TIES)" : "New ties (KCS-EFF-TIES)",
            report.ties(),
            report,
            language));
    String summary =
        (polish ? "Stan na " : "As of ")
            + TextFormats.date(report.asOf(), language)
            + (polish
                ? " · komórki poniżej " + report.suppression().minimumCellSize() + " osób ukryte: "
                : " · cells under "
                    + report.suppression().minimumCellSize()
                    + " respondents suppressed: ")
            + report.suppressedCells();
    return HtmlReport.frame(
        report.title(), summary, body.toString(), report.render(language), language);
  }

  /** The simulation (KCS-EFF-*, KCS-COST-*): the distributions at the last month. */
  static String simulation(SimulationResult result, String text, Language language) {
    boolean polish = language == Language.POLISH;
    MonthSummary last = result.lastMonth();
    List<String> header =
        polish
            ? List.of("Wielkość", "średnia", "5. percentyl", "mediana", "95. percentyl")
            : List.of("Quantity", "mean", "5th percentile", "median", "95th percentile");
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(polish ? "grupy aktywne" : "active groups", last.activeGroups(), 1, language));
    rows.add(
        row(
            polish
                ? "grupy działające samodzielnie (KCS-EFF-SELFRUN)"
                : "groups running themselves (KCS-EFF-SELFRUN)",
            last.selfRunningGroups(),
            1,
            language));
    rows.add(
        row(
            polish
                ? "grupy usamodzielnione (KCS-EFF-INDEPENDENT)"
                : "independent groups (KCS-EFF-INDEPENDENT)",
            last.independentGroups(),
            1,
            language));
    String currency = result.parameters().rateCard().currency().getCode();
    rows.add(
        row(
            (polish ? "koszt łączny, niski, " : "total cost, low, ") + currency,
            last.cumulativeCostLow(),
            TextFormats.MONEY_DECIMALS,
            language));
    rows.add(
        row(
            (polish ? "koszt łączny, wysoki, " : "total cost, high, ") + currency,
            last.cumulativeCostHigh(),
            TextFormats.MONEY_DECIMALS,
            language));
    String body =
        HtmlReport.table(
            "simulation",
            (polish ? "Po miesiącu " : "After month ") + last.month(),
            header,
            rows,
            List.of(),
            List.of(),
            List.of(
                polish
                    ? "Symulacja modelem kcs; jego założenia to ustawienia domyślne kcs, nie metody, o ile dokument ich nie podaje."
                    : "Simulated with kcs's model; its assumptions are kcs defaults, not the method's, unless the document sets them."));
    String summary =
        (polish ? "Powtórzenia: " : "Replications: ")
            + TextFormats.number(result.replications(), language)
            + (polish ? " · ziarno " : " · seed ")
            + result.seed()
            + " · kcs "
            + result.libraryVersion();
    return HtmlReport.frame(
        polish ? "Symulacja scenariusza" : "Simulated scenario", summary, body, text, language);
  }

  private static List<String> row(String name, Distribution d, int scale, Language language) {
    return List.of(
        name,
        decimal(d.mean(), scale, language),
        decimal(d.p5(), scale, language),
        decimal(d.median(), scale, language),
        decimal(d.p95(), scale, language));
  }

  private static String means(
      String name, MeasureTable<MeanScores> table, EvaluationReport report, Language language) {
    boolean polish = language == Language.POLISH;
    return shown(
        "scores",
        name + (polish ? ": średni wynik przed i po" : ": mean score before and after"),
        polish
            ? List.of("Grupa", "osoby", "przed", "po", "zmiana")
            : List.of("Group", "respondents", "before", "after", "change"),
        table,
        m ->
            List.of(
                TextFormats.number(m.respondents(), language),
                TextFormats.number(m.meanBefore(), language),
                TextFormats.number(m.meanAfter(), language),
                signed(m.meanChange(), language)),
        report,
        language);
  }

  private static String shares(
      String heading,
      MeasureTable<ShareEstimate> table,
      EvaluationReport report,
      Language language) {
    boolean polish = language == Language.POLISH;
    return shown(
        "shares",
        heading,
        polish
            ? List.of("Grupa", "osoby", "udział", "przedział Wilsona")
            : List.of("Group", "respondents", "share", "Wilson interval"),
        table,
        s ->
            List.of(
                s.proportion().successes() + (polish ? " z " : " of ") + s.proportion().trials(),
                percent(s),
                bound(s.interval().lower(), RoundingMode.FLOOR)
                    + "–"
                    + bound(s.interval().upper(), RoundingMode.CEILING)
                    + "%"),
        report,
        language);
  }

  /**
   * A table of the cells of {@code table} that are shown — each group's, then all groups' — with
   * {@code figures} of each; a suppressed cell, or one without answers, has no row, and the note
   * under the table says how many rows it left out.
   */
  private static <T> String shown(
      String sectionClass,
      String heading,
      List<String> header,
      MeasureTable<T> table,
      Function<T, List<String>> figures,
      EvaluationReport report,
      Language language) {
    List<List<String>> rows = new ArrayList<>();
    int left = 0;
    List<Cell<T>> cells = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (GroupRow<T> row : table.groups()) {
      cells.add(row.cell());
      names.add(row.name());
    }
    cells.add(table.allGroups());
    names.add(language == Language.POLISH ? "wszystkie grupy" : "all groups");
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i) instanceof Cell.Shown<T> shown) {
        List<String> row = new ArrayList<>();
        row.add(names.get(i));
        row.addAll(figures.apply(shown.shown()));
        rows.add(row);
      } else {
        left++;
      }
    }
    return HtmlReport.table(
        sectionClass,
        heading,
        header,
        rows,
        List.of(),
        List.of(),
        left == 0 ? List.of() : List.of(leftOut(left, report, language)));
  }

  /** What a table left out: its suppressed cells and those without answers, never their figures. */
  private static String leftOut(int left, EvaluationReport report, Language language) {
    return language == Language.POLISH
        ? "Pominięte wiersze: "
            + left
            + " (komórki ukryte, bo mają mniej niż "
            + report.suppression().minimumCellSize()
            + " osób, albo bez odpowiedzi)."
        : "Rows left out: "
            + left
            + " (cells suppressed for fewer than "
            + report.suppression().minimumCellSize()
            + " respondents, or without answers).";
  }

  private static String range(CostRange range, Language language) {
    return range.isExact()
        ? money(range.low().getAmount(), language)
        : money(range.low().getAmount(), language)
            + "–"
            + money(range.high().getAmount(), language);
  }

  private static String money(BigDecimal amount, Language language) {
    return TextFormats.number(
        amount.scale() < TextFormats.MONEY_DECIMALS
            ? amount.setScale(TextFormats.MONEY_DECIMALS)
            : amount,
        language);
  }

  private static String decimal(BigDecimal value, int scale, Language language) {
    return TextFormats.number(value.setScale(scale, RoundingMode.HALF_UP), language);
  }

  /** A change as the text report writes it: {@code +0.4}, {@code −1.2} (a minus sign), {@code 0.0}. */
  private static String signed(BigDecimal change, Language language) {
    String digits = TextFormats.number(change.abs(), language);
    return change.signum() > 0 ? "+" + digits : change.signum() < 0 ? "\u2212" + digits : digits;
  }

  /** The share as a whole percent, half up, from the exact count: as the text report has it. */
  private static String percent(ShareEstimate share) {
    return BigDecimal.valueOf(share.proportion().successes() * 100L)
            .divide(BigDecimal.valueOf(share.proportion().trials()), 0, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  /** An interval bound as a whole percent, rounded outwards: as the text report has it. */
  private static String bound(double share, RoundingMode mode) {
    return new BigDecimal(share)
        .movePointRight(2)
        .setScale(6, RoundingMode.HALF_UP)
        .setScale(0, mode)
        .toPlainString();
  }
}
