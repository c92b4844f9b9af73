package pl.kcs.costs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.kcs.core.Language;

/** Renders a {@link CostTable} as aligned plain text. */
final class TextTables {

  private static final String GAP = "  ";

  private TextTables() {}

  static String render(CostTable table) {
    Language language = table.language();
    boolean withFacts = table.rows().stream().anyMatch(row -> row.source().isPresent());
    boolean withDetails = table.rows().stream().anyMatch(row -> !row.detail().isEmpty());

    List<String> header = new ArrayList<>();
    header.add(CostsLabels.BUNDLE.text(language, "text.item"));
    if (withFacts) {
      header.add(CostsLabels.BUNDLE.text(language, "text.fact"));
    }
    if (withDetails) {
      header.add(CostsLabels.BUNDLE.text(language, "text.detail"));
    }
    int textColumns = header.size();
    header.addAll(table.columns());

    List<List<String>> body = new ArrayList<>();
    for (CostTableRow row : table.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      if (withFacts) {
        cells.add(row.source().map(Object::toString).orElse(""));
      }
      if (withDetails) {
        cells.add(row.detail());
      }
      for (Optional<CostRange> cell : row.cells()) {
        cells.add(cell.map(range -> AmountFormat.range(range, language)).orElse(""));
      }
      body.add(cells);
    }

    int[] widths = new int[header.size()];
    measure(widths, header);
    body.forEach(cells -> measure(widths, cells));
    int ruleWidth = GAP.length() * (widths.length - 1);
    for (int width : widths) {
      ruleWidth += width;
    }
    String rule = "-".repeat(ruleWidth);

    StringBuilder text = new StringBuilder();
    text.append(table.title()).append('\n').append('\n');
    line(text, header, widths, textColumns);
    text.append(rule).append('\n');
    boolean inItems = true;
    for (int i = 0; i < body.size(); i++) {
      boolean item = table.rows().get(i).kind() == RowKind.ITEM;
      if (inItems && !item && i > 0) {
        text.append(rule).append('\n');
      }
      inItems = item;
      line(text, body.get(i), widths, textColumns);
    }
    if (!table.notes().isEmpty()) {
      text.append('\n');
      for (String note : table.notes()) {
        text.append("* ").append(note).append('\n');
      }
    }
    return text.toString();
  }

  private static void measure(int[] widths, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      widths[i] = Math.max(widths[i], length(cells.get(i)));
    }
  }

  private static void line(StringBuilder text, List<String> cells, int[] widths, int textColumns) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String cell = cells.get(i);
      String padding = " ".repeat(widths[i] - length(cell));
      if (i < textColumns) {
        line.append(cell).append(padding);
      } else {
        line.append(padding).append(cell);
      }
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
