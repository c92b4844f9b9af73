package pl.kcs.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a {@link SensitivityDesign} found: for every output, the factors ranked from the most to the
 * least influential — by μ* for Morris, by the total index ST for Sobol (ties keep factor order) —
 * as text, CSV or JSON. An output that was not a finite number at some point (e.g. a share with no
 * participants) is {@linkplain #omittedOutputs() omitted}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SensitivityTable {

  private final SensitivityDesign design;
  private final ImmutableList<Ranking> rankings;
  private final ImmutableList<String> omittedOutputs;

  SensitivityTable(
      SensitivityDesign design,
      ImmutableList<Ranking> rankings,
      ImmutableList<String> omittedOutputs) {
    this.design = design;
    this.rankings = rankings;
    this.omittedOutputs = omittedOutputs;
  }

  /** The design analysed. */
  public SensitivityDesign design() {
    return design;
  }

  /** One ranking per output, in output order. */
  public ImmutableList<Ranking> rankings() {
    return rankings;
  }

  /** The ranking of {@code output}, if it was analysed. */
  public Optional<Ranking> ranking(String output) {
    requireNonNull(output, "output");
    return rankings.stream().filter(r -> r.output.equals(output)).findFirst();
  }

  /** Outputs left out because they were undefined at some point. */
  public ImmutableList<String> omittedOutputs() {
    return omittedOutputs;
  }

  /** A plain-text table per output, numbers to four decimals. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    boolean morris = design.method() == SensitivityDesign.Method.MORRIS;
    int width = 6;
    for (String factor : design.factors().keySet()) {
      width = Math.max(width, factor.length());
    }
    for (Ranking ranking : rankings) {
      text.append(ranking.output).append(" — ").append(design).append('\n');
      text.append(pad("rank", 5)).append(pad("factor", width + 2));
      text.append(morris ? pad("mu*", 12) + pad("mu", 12) + "sigma" : pad("S1", 12) + "ST")
          .append('\n');
      int rank = 1;
      for (Entry entry : ranking.entries) {
        text.append(pad(String.valueOf(rank++), 5)).append(pad(entry.factor, width + 2));
        if (morris) {
          text.append(pad(fixed(entry.muStar, 4), 12))
              .append(pad(fixed(entry.mu, 4), 12))
              .append(fixed(entry.sigma, 4));
        } else {
          text.append(pad(fixed(entry.firstOrder, 4), 12)).append(fixed(entry.total, 4));
        }
        text.append('\n');
      }
      text.append('\n');
    }
    if (!omittedOutputs.isEmpty()) {
      text.append("omitted (undefined at some point): ")
          .append(String.join(", ", omittedOutputs))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * CSV (RFC 4180, decimal point, six decimals): {@code output,rank,factor,mu_star,mu,sigma} for
   * Morris, {@code output,rank,factor,first_order,total} for Sobol.
   */
  public String toCsv() {
    boolean morris = design.method() == SensitivityDesign.Method.MORRIS;
    StringBuilder csv = new StringBuilder("output,rank,factor,");
    csv.append(morris ? "mu_star,mu,sigma" : "first_order,total").append("\r\n");
    for (Ranking ranking : rankings) {
      int rank = 1;
      for (Entry entry : ranking.entries) {
        csv.append(ResultCsv.quote(ranking.output))
            .append(',')
            .append(rank++)
            .append(',')
            .append(ResultCsv.quote(entry.factor));
        if (morris) {
          csv.append(',')
              .append(fixed(entry.muStar, 6))
              .append(',')
              .append(fixed(entry.mu, 6))
              .append(',')
              .append(fixed(entry.sigma, 6));
        } else {
          csv.append(',')
              .append(fixed(entry.firstOrder, 6))
              .append(',')
              .append(fixed(entry.total, 6));
        }
        csv.append("\r\n");
      }
    }
    return csv.toString();
  }

  /**
   * JSON: the method, its size, seed and factors with their distributions, then per output the
   * ranked factors with their indices (six decimals), and the omitted outputs.
   */
  public String toJson() {
    boolean morris = design.method() == SensitivityDesign.Method.MORRIS;
    JsonText json = new JsonText();
    json.beginObject();
    json.name("method").string(morris ? "morris" : "sobol");
    json.name(morris ? "trajectories" : "samples").number(design.size());
    if (morris) {
      json.name("levels").number(design.levels());
    }
    json.name("seed").number(design.seed());
    json.name("factors").beginArray();
    for (Map.Entry<String, ParameterDistribution> factor : design.factors().entrySet()) {
      json.beginObject()
          .name("name")
          .string(factor.getKey())
          .name("distribution")
          .string(factor.getValue().toString())
          .endObject();
    }
    json.endArray();
    json.name("outputs").beginArray();
    for (Ranking ranking : rankings) {
      json.beginObject().name("output").string(ranking.output).name("ranking").beginArray();
      int rank = 1;
      for (Entry entry : ranking.entries) {
        json.beginObject().name("rank").number(rank++).name("factor").string(entry.factor);
        if (morris) {
          json.name("muStar")
              .raw(fixed(entry.muStar, 6))
              .name("mu")
              .raw(fixed(entry.mu, 6))
              .name("sigma")
              .raw(fixed(entry.sigma, 6));
        } else {
          json.name("firstOrder")
              .raw(fixed(entry.firstOrder, 6))
              .name("total")
              .raw(fixed(entry.total, 6));
        }
        json.endObject();
      }
      json.endArray().endObject();
    }
    json.endArray();
    json.name("omittedOutputs").beginArray();
    for (String output : omittedOutputs) {
      json.string(output);
    }
    json.endArray();
    json.endObject();
    return json.toString();
  }

  static String fixed(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@code text} and at least one space, to {@code width} characters. */
  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(text);
    do {
      padded.append(' ');
    } while (padded.length() < width);
    return padded.toString();
  }

  @Override
  public String toString() {
    return "SensitivityTable{" + design + ", " + rankings.size() + " outputs}";
  }

  /** The factors of one output, the most influential first. */
  public static final class Ranking {
    private final String output;
    private final ImmutableList<Entry> entries;

    Ranking(String output, ImmutableList<Entry> entries) {
      this.output = output;
      List<Entry> sorted = new ArrayList<>(entries);
      sorted.sort(Comparator.comparingDouble((Entry e) -> e.importance()).reversed());
      this.entries = ImmutableList.copyOf(sorted);
    }

    /** The output's name. */
    public String output() {
      return output;
    }

    /** The factors, the most influential first. */
    public ImmutableList<Entry> entries() {
      return entries;
    }

    /** The entry of {@code factor}. */
    public Optional<Entry> entry(String factor) {
      return entries.stream().filter(e -> e.factor.equals(factor)).findFirst();
    }

    @Override
    public String toString() {
      return "Ranking{" + output + ", " + entries + "}";
    }
  }

  /** One factor's indices for one output. */
  public static final class Entry {
    private final String factor;
    private final double muStar;
    private final double mu;
    private final double sigma;
    private final double firstOrder;
    private final double total;
    private final boolean morris;

    private Entry(
        String factor,
        boolean morris,
        double muStar,
        double mu,
        double sigma,
        double firstOrder,
        double total) {
      this.factor = factor;
      this.morris = morris;
      this.muStar = muStar;
      this.mu = mu;
      this.sigma = sigma;
      this.firstOrder = firstOrder;
      this.total = total;
    }

    static Entry morris(String factor, double muStar, double mu, double sigma) {
      return new Entry(factor, true, muStar, mu, sigma, Double.NaN, Double.NaN);
    }

    static Entry sobol(String factor, double firstOrder, double total) {
      return new Entry(factor, false, Double.NaN, Double.NaN, Double.NaN, firstOrder, total);
    }

    /** The factor's name. */
    public String factor() {
      return factor;
    }

    /** What the ranking is by: μ* (Morris) or the total index (Sobol). */
    public double importance() {
      return morris ? muStar : total;
    }

    /** Morris: the mean absolute elementary effect. */
    public OptionalDouble muStar() {
      return morris ? OptionalDouble.of(muStar) : OptionalDouble.empty();
    }

    /** Morris: the mean elementary effect (its sign: the direction of the effect). */
    public OptionalDouble mu() {
      return morris ? OptionalDouble.of(mu) : OptionalDouble.empty();
    }

    /** Morris: the standard deviation of the effects (non-linearity or interaction). */
    public OptionalDouble sigma() {
      return morris ? OptionalDouble.of(sigma) : OptionalDouble.empty();
    }

    /** Sobol: the first-order index S1 (share of variance due to the factor alone). */
    public OptionalDouble firstOrder() {
      return morris ? OptionalDouble.empty() : OptionalDouble.of(firstOrder);
    }

    /** Sobol: the total index ST (share of variance due to the factor and its interactions). */
    public OptionalDouble total() {
      return morris ? OptionalDouble.empty() : OptionalDouble.of(total);
    }

    @Override
    public String toString() {
      return factor
          + (morris
              ? " mu*=" + fixed(muStar, 4)
              : " S1=" + fixed(firstOrder, 4) + " ST=" + fixed(total, 4));
    }
  }
}
