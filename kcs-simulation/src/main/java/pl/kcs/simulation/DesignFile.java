package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A study written down: a parameter sweep or a sensitivity analysis of a scenario, as the {@code
 * kcs sweep} and {@code kcs sensitivity} commands and the Spark job (kcs-spark) read it. A plain
 * text of {@code key = value} lines; {@code #} starts a comment. The format is kcs's own.
 *
 * <pre>
 * kind = sweep                      # or sensitivity
 * seed = 42                         # the root seed (required)
 * replications = 2000               # per scenario; default 10000
 * scenario.months = 36              # any ScenarioParameters field by name
 * vary.maxGroups = 2, 3, 4          # sweep: one axis per line, in order
 * vary.animatorPost = 1/4, 1/2
 * uncertain.selfRunningProbability = beta(3, 7)   # sweep: drawn per replication at every point
 *
 * kind = sensitivity
 * method = sobol                    # or morris
 * samples = 128                     # sobol: base samples N
 * trajectories = 20                 # morris: r; levels = 4 by default
 * designSeed = 7                    # the design's points; default: seed
 * factor.newGroupProbability = uniform(0.25, 0.75)
 * factor.independenceProbability = beta(3.4, 6.6)
 * </pre>
 *
 * Fields are named as the accessors of {@link ScenarioParameters}: whole numbers, probabilities
 * with a decimal point, {@code animatorPost} as a fraction; the rate card is the default's. Factors
 * are {@link ProbabilityParameter}s with a {@link ParameterDistribution}. A file has at most
 * 65,536 characters and 2,000 lines. Errors name the line and the field, never repeat the text.
 *
 * <p>Immutable and thread-safe.
 */
public final class DesignFile {

  /** The most characters a design file may have. */
  public static final int MAX_CHARS = 65_536;

  /** The most replications per scenario a design file may ask for. */
  public static final long MAX_REPLICATIONS = 100_000_000L;

  /** What a file describes. */
  public enum Kind {
    /** A grid of scenarios, {@link Sweep}. */
    SWEEP,
    /** A global sensitivity analysis, {@link ScenarioSensitivity}. */
    SENSITIVITY
  }

  private final String text;
  private final Kind kind;
  private final long seed;
  private final long replications;
  private final ScenarioParameters scenario;
  private final @Nullable Sweep sweep;
  private final @Nullable SensitivityDesign design;

  private DesignFile(
      String text,
      Kind kind,
      long seed,
      long replications,
      ScenarioParameters scenario,
      @Nullable Sweep sweep,
      @Nullable SensitivityDesign design) {
    this.text = text;
    this.kind = kind;
    this.seed = seed;
    this.replications = replications;
    this.scenario = scenario;
    this.sweep = sweep;
    this.design = design;
  }

  /**
   * Reads a design file.
   *
   * @throws IllegalArgumentException naming the line and the field, if the text is not a valid design
   */
  public static DesignFile parse(String text) {
    requireNonNull(text, "text");
    checkArgument(
        text.length() <= MAX_CHARS,
        "a design file may have at most %s characters, was %s",
        MAX_CHARS,
        text.length());
    String[] lines = text.split("\r?\n", -1);
    checkArgument(
        lines.length <= 2_000, "a design file may have at most 2000 lines, was %s", lines.length);
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      int equals = line.indexOf('=');
      checkArgument(equals > 0, "line %s: expected key = value", i + 1);
      String key = line.substring(0, equals).strip();
      checkArgument(
          !values.containsKey(key),
          "line %s: a key is given twice (first on line %s)",
          i + 1,
          lineOf.get(key));
      values.put(key, line.substring(equals + 1).strip());
      lineOf.put(key, i + 1);
    }
    return new Reader(text, values, lineOf).read();
  }

  /** The text the file was read from. */
  public String text() {
    return text;
  }

  /** A sweep or a sensitivity analysis. */
  public Kind kind() {
    return kind;
  }

  /** The root seed every scenario is simulated with. */
  public long seed() {
    return seed;
  }

  /** Replications per scenario. */
  public long replications() {
    return replications;
  }

  /** The base scenario: the defaults with the file's {@code scenario.*} values. */
  public ScenarioParameters scenario() {
    return scenario;
  }

  /** The file's seed and replications on {@code threads} threads. */
  public RunSettings settings(int threads) {
    return RunSettings.builder().seed(seed).replications(replications).threads(threads).build();
  }

  /**
   * The sweep.
   *
   * @throws IllegalStateException if the file describes a sensitivity analysis
   */
  public Sweep sweep() {
    checkState(kind == Kind.SWEEP, "the design file describes a sensitivity analysis, not a sweep");
    return requireNonNull(sweep, "sweep");
  }

  /**
   * The sensitivity design.
   *
   * @throws IllegalStateException if the file describes a sweep
   */
  public SensitivityDesign design() {
    checkState(
        kind == Kind.SENSITIVITY, "the design file describes a sweep, not a sensitivity analysis");
    return requireNonNull(design, "design");
  }

  /**
   * The probabilities drawn per replication at every scenario ({@code uncertain.*} lines of a
   * sweep); {@link Uncertainty#none()} for a sensitivity design.
   */
  public Uncertainty uncertainty() {
    return kind == Kind.SWEEP ? sweep().uncertainty() : Uncertainty.none();
  }

  /** The sensitivity analysis with {@code settings} (e.g. {@link #settings(int)} with a progress listener). */
  public ScenarioSensitivity sensitivity(RunSettings settings) {
    return ScenarioSensitivity.of(scenario, design(), settings);
  }

  /** Every scenario to simulate, in order: the sweep's grid points or the design's points. */
  public ImmutableList<ScenarioParameters> scenarios() {
    return kind == Kind.SWEEP ? sweep().scenarios() : sensitivity(settings(1)).points();
  }

  @Override
  public String toString() {
    return "DesignFile{"
        + kind.name().toLowerCase(Locale.ROOT)
        + ", seed "
        + seed
        + ", "
        + replications
        + " replications}";
  }

  /** One read of a file's keys. */
  private static final class Reader {
    private final String text;
    private final Map<String, String> values;
    private final Map<String, Integer> lineOf;
    private final Set<String> used = new HashSet<>();

    Reader(String text, Map<String, String> values, Map<String, Integer> lineOf) {
      this.text = text;
      this.values = values;
      this.lineOf = lineOf;
    }

    DesignFile read() {
      String kindText = required("kind");
      Kind kind;
      if (kindText.equals("sweep")) {
        kind = Kind.SWEEP;
      } else if (kindText.equals("sensitivity")) {
        kind = Kind.SENSITIVITY;
      } else {
        throw error("kind", "kind must be sweep or sensitivity");
      }
      long seed = number("seed", required("seed"));
      long replications =
          values.containsKey("replications")
              ? number("replications", take("replications"))
              : RunSettings.DEFAULT_REPLICATIONS;
      if (replications < 1 || replications > MAX_REPLICATIONS) {
        throw error(
            "replications",
            "replications must be 1 to " + MAX_REPLICATIONS + ", was " + replications);
      }
      ScenarioParameters scenario = ScenarioParameters.defaults();
      for (String key : keysWithPrefix("scenario.")) {
        String field = key.substring("scenario.".length());
        try {
          scenario = ScenarioFields.with(scenario, field, take(key));
        } catch (IllegalArgumentException e) {
          throw error(key, e.getMessage());
        }
      }
      Sweep sweep = null;
      SensitivityDesign design = null;
      if (kind == Kind.SWEEP) {
        sweep = sweep(scenario);
      } else {
        design = design(seed);
      }
      for (String key : values.keySet()) {
        if (!used.contains(key)) {
          throw error(key, "unknown key for a " + kindText + " design file");
        }
      }
      return new DesignFile(text, kind, seed, replications, scenario, sweep, design);
    }

    private Sweep sweep(ScenarioParameters scenario) {
      Sweep sweep = Sweep.of(scenario);
      List<String> axes = keysWithPrefix("vary.");
      if (axes.isEmpty()) {
        throw new IllegalArgumentException(
            "a sweep design file needs at least one vary.FIELD line");
      }
      for (String key : axes) {
        String field = key.substring("vary.".length());
        String[] items = take(key).split(",", -1);
        if (items.length > 1000) {
          throw error(key, field + " may take at most 1000 values");
        }
        List<String> list = new ArrayList<>();
        for (String item : items) {
          list.add(item.strip());
        }
        try {
          sweep = sweep.vary(field, list, (p, v) -> ScenarioFields.with(p, field, v));
        } catch (IllegalArgumentException e) {
          throw error(key, e.getMessage());
        }
      }
      Uncertainty uncertainty = Uncertainty.none();
      for (String key : keysWithPrefix("uncertain.")) {
        String name = key.substring("uncertain.".length());
        try {
          ProbabilityParameter parameter = ProbabilityParameter.named(name);
          if (values.containsKey("vary." + name)) {
            throw new IllegalArgumentException(name + " cannot be both varied and uncertain");
          }
          uncertainty = uncertainty.with(parameter, ParameterDistribution.parse(take(key)));
        } catch (IllegalArgumentException e) {
          throw error(key, e.getMessage());
        }
      }
      return sweep.withUncertainty(uncertainty);
    }

    private SensitivityDesign design(long seed) {
      String method = required("method");
      long designSeed =
          values.containsKey("designSeed") ? number("designSeed", take("designSeed")) : seed;
      SensitivityDesign design;
      try {
        if (method.equals("sobol")) {
          design = SensitivityDesign.sobol(whole("samples", required("samples")), designSeed);
        } else if (method.equals("morris")) {
          int levels = values.containsKey("levels") ? whole("levels", take("levels")) : 4;
          design =
              SensitivityDesign.morris(
                  whole("trajectories", required("trajectories")), levels, designSeed);
        } else {
          throw error("method", "method must be sobol or morris");
        }
      } catch (IllegalArgumentException e) {
        String message = e.getMessage();
        if (message != null && message.startsWith("line ")) {
          throw e;
        }
        String key =
            message != null && message.startsWith("levels")
                ? "levels"
                : method.equals("sobol") ? "samples" : "trajectories";
        throw error(key, message);
      }
      List<String> factors = keysWithPrefix("factor.");
      if (factors.isEmpty()) {
        throw new IllegalArgumentException(
            "a sensitivity design file needs at least one factor.PARAMETER line");
      }
      for (String key : factors) {
        String name = key.substring("factor.".length());
        try {
          ProbabilityParameter parameter = ProbabilityParameter.named(name);
          ParameterDistribution distribution = ParameterDistribution.parse(take(key));
          checkArgument(
              distribution.isWithinUnitInterval(),
              "%s is a probability: its distribution must lie in [0, 1], was %s",
              parameter.parameterName(),
              distribution);
          design = design.withFactor(name, distribution);
        } catch (IllegalArgumentException e) {
          throw error(key, e.getMessage());
        }
      }
      return design;
    }

    private List<String> keysWithPrefix(String prefix) {
      List<String> keys = new ArrayList<>();
      for (String key : values.keySet()) {
        if (key.startsWith(prefix)) {
          keys.add(key);
        }
      }
      return keys;
    }

    private String required(String key) {
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("a design file needs a " + key + " line");
      }
      return take(key);
    }

    private String take(String key) {
      used.add(key);
      return requireNonNull(values.get(key), key);
    }

    private long number(String key, String value) {
      if (!value.matches("-?\\d{1,18}")) {
        throw error(key, key + " must be a whole number of at most 18 digits");
      }
      return Long.parseLong(value);
    }

    private int whole(String key, String value) {
      if (!value.matches("-?\\d{1,9}")) {
        throw error(key, key + " must be a whole number of at most 9 digits");
      }
      return Integer.parseInt(value);
    }

    private IllegalArgumentException error(String key, @Nullable String message) {
      return new IllegalArgumentException("line " + lineOf.get(key) + ": " + message);
    }
  }
}
