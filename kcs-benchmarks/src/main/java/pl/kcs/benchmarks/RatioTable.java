package pl.kcs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints issue 17's ratio table, in Markdown, from a JMH JSON result ({@code -rf json}) of the
 * benchmarks of this module: each kcs figure as a ratio to the floor measured in the same run, and
 * the allocation per operation where {@code -prof gc} ran. Times are CPU time per operation where
 * {@link CpuTimeProfiler} ran, wall-clock time otherwise (the table says which).
 *
 * <p>{@code java -cp kcs-benchmarks/target/benchmarks.jar pl.kcs.benchmarks.RatioTable jmh.json}
 */
public final class RatioTable {

  /** One benchmark's figures: time in ns per operation, and bytes allocated per operation (-1 unknown). */
  record Figure(double nanos, double wallNanos, double bytes, boolean cpu) {}

  private final Map<String, Figure> figures = new LinkedHashMap<>();

  private RatioTable() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RatioTable <jmh-result.json>");
      System.exit(2);
    }
    RatioTable table = new RatioTable();
    table.read(new ObjectMapper().readTree(new File(args[0])));
    long groupMonths = SimulationBenchmark.groupMonthsPerOperation();
    long draws = SimulationBenchmark.drawsPerOperation();
    System.out.print(table.markdown(groupMonths, draws));
  }

  void read(JsonNode results) {
    for (JsonNode result : results) {
      String name = result.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.') + 1);
      JsonNode params = result.get("params");
      if (params != null && params.has("input")) {
        name += "/" + params.get("input").asText();
      }
      JsonNode primary = result.get("primaryMetric");
      double wall = primary.get("score").asDouble() * nanosPer(primary.get("scoreUnit").asText());
      double cpu = secondary(result, "cpu.ns/op");
      double bytes = secondary(result, "gc.alloc.rate.norm");
      figures.put(
          name,
          new Figure(
              Double.isNaN(cpu) ? wall : cpu,
              wall,
              Double.isNaN(bytes) ? -1 : bytes,
              !Double.isNaN(cpu)));
    }
  }

  private static double secondary(JsonNode result, String metric) {
    JsonNode secondary = result.get("secondaryMetrics");
    if (secondary == null) {
      return Double.NaN;
    }
    for (Map.Entry<String, JsonNode> entry : secondary.properties()) {
      if (entry.getKey().replace("\u00b7", "").equals(metric)) {
        return entry.getValue().get("score").asDouble();
      }
    }
    return Double.NaN;
  }

  private static double nanosPer(String unit) {
    switch (unit) {
      case "ns/op":
        return 1;
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        throw new IllegalArgumentException("unsupported score unit (use -bm avgt): " + unit);
    }
  }

  String markdown(long groupMonths, long draws) {
    StringBuilder out = new StringBuilder();
    boolean cpu = figures.values().stream().anyMatch(Figure::cpu);
    out.append("| what | kcs | hand-written floor | Easy Rules | Drools |\n")
        .append("|---|---|---|---|---|\n");
    stageRow(out, "stage 1, statuses only (`assess` + `mayAdvance`)", "Statuses");
    stageRow(
        out,
        "stage 1 with the explanation read (blockers, warnings, advice: rule id, fact ID, finding, Polish message)",
        "Explained");
    Figure ready = figures.get("kcsRender/ready");
    Figure blocked = figures.get("kcsRender/blocked");
    if (ready != null && blocked != null) {
      out.append("| rendering the stage text report (Polish) | ")
          .append(
              String.format(
                  Locale.ROOT,
                  "%s / %s reports/s per core, %s / %s allocated per report",
                  perSecond(ready.nanos),
                  perSecond(blocked.nanos),
                  bytes(ready.bytes),
                  bytes(blocked.bytes)))
          .append(" | | | |\n");
    }
    Figure simulation = figures.get("simulation");
    Figure floor = figures.get("randomDrawFloor");
    if (simulation != null && floor != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "| simulation, %s ns per group-month | **%.1f ns** = **%.2f×** the floor, %s per group-month | %.1f ns (the same %.2f random draws per group-month, compared and counted, SplittableRandom) | | |\n",
              cpu ? "CPU" : "wall-clock",
              simulation.nanos / groupMonths,
              simulation.nanos / floor.nanos,
              bytes(simulation.bytes < 0 ? -1 : simulation.bytes / groupMonths),
              floor.nanos / groupMonths,
              (double) draws / groupMonths));
    }
    out.append('\n')
        .append(
            cpu
                ? "Times are CPU time per operation (process CPU time, JIT and GC included; `-prof pl.kcs.benchmarks.CpuTimeProfiler`). "
                : "Times are wall-clock time per operation. ")
        .append(
            "\"× of the floor\" is the floor's time divided by kcs' (higher is faster; 1 is the floor); \"× slower\" is the engine's time divided by kcs'. ")
        .append("Two figures a cell are the ready / the blocked input.\n\n");
    out.append("| benchmark | ns/op (wall) | ns/op (CPU) | B/op |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, Figure> entry : figures.entrySet()) {
      Figure figure = entry.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %s | %s |\n",
              entry.getKey(),
              figure.wallNanos,
              figure.cpu ? String.format(Locale.ROOT, "%.1f", figure.nanos) : "",
              figure.bytes < 0 ? "" : String.format(Locale.ROOT, "%.0f", figure.bytes)));
    }
    return out.toString();
  }

  private void stageRow(StringBuilder out, String what, String variant) {
    Figure[] kcs = pair("kcs" + variant);
    Figure[] floor = pair("floor" + variant);
    Figure[] easy = pair("easyRules" + variant);
    Figure[] drools = pair("drools" + variant);
    if (kcs == null || floor == null) {
      return;
    }
    out.append("| ")
        .append(what)
        .append(" | ")
        .append(
            String.format(
                Locale.ROOT,
                "**%s× / %s×** of the floor; %s / %s allocated",
                ratio(floor[0].nanos / kcs[0].nanos),
                ratio(floor[1].nanos / kcs[1].nanos),
                bytes(kcs[0].bytes),
                bytes(kcs[1].bytes)))
        .append(" | ")
        .append(String.format(Locale.ROOT, "1 (%.0f / %.0f ns)", floor[0].nanos, floor[1].nanos))
        .append(" | ")
        .append(easy == null ? "not measured" : slower(easy, kcs))
        .append(" | ")
        .append(drools == null ? "not measured" : slower(drools, kcs))
        .append(" |\n");
  }

  private Figure[] pair(String name) {
    Figure ready = figures.get(name + "/ready");
    Figure blocked = figures.get(name + "/blocked");
    return ready == null || blocked == null ? null : new Figure[] {ready, blocked};
  }

  private static String slower(Figure[] engine, Figure[] kcs) {
    return String.format(
        Locale.ROOT,
        "%.1f× / %.1f× slower than kcs",
        engine[0].nanos / kcs[0].nanos,
        engine[1].nanos / kcs[1].nanos);
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, ratio < 0.095 ? "%.3f" : "%.2f", ratio);
  }

  private static String perSecond(double nanos) {
    double rate = 1e9 / nanos;
    return rate >= 1e6
        ? String.format(Locale.ROOT, "~%.1f M", rate / 1e6)
        : String.format(Locale.ROOT, "~%.0f k", rate / 1e3);
  }

  private static String bytes(double bytes) {
    if (bytes < 0) {
      return "? B (run with -prof gc)";
    }
    return bytes >= 10_000
        ? String.format(Locale.ROOT, "%.0f KB", bytes / 1000)
        : String.format(Locale.ROOT, "%.0f B", bytes);
  }
}
