package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What a researcher believes about a parameter the sources do not fix: a uniform, triangular or
 * beta distribution instead of a point. Given to a {@link ProbabilityParameter} in an {@link
 * Uncertainty}, it is sampled once per replication; in a {@link ScenarioSensitivity} design it sets the
 * range a factor is varied over. The distributions are the researcher's (or the library's)
 * assumptions, not the method's.
 *
 * <h2>Sampling</h2>
 *
 * {@link #sample(SplittableRandom)} draws: uniform — one {@code nextDouble()} {@code u}, {@code min
 * + (max − min)·u}; triangular — one {@code u} through the inverse distribution function; beta —
 * {@code X/(X+Y)} with {@code X ~ Gamma(alpha)}, {@code Y ~ Gamma(beta)} drawn by Marsaglia and
 * Tsang's method (2000) from normal deviates of the polar method (one of each pair used), shapes
 * below 1 boosted by {@code u^(1/shape)}. {@link #quantile(double)} is exact for uniform and
 * triangular and, for beta, bisects the regularized incomplete beta function (continued fraction)
 * to 1e-12.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParameterDistribution {

  /** The largest beta shape accepted, so that one draw has bounded cost. */
  public static final double MAX_SHAPE = 1e6;

  /** The kinds of distribution. */
  public enum Kind {
    /** Every value in [min, max] equally likely. */
    UNIFORM,
    /** Likeliest at the mode, falling linearly to min and max. */
    TRIANGULAR,
    /** Beta(alpha, beta) on [0, 1], for probabilities: mean alpha / (alpha + beta). */
    BETA
  }

  private final Kind kind;
  private final double[] parameters;

  private ParameterDistribution(Kind kind, double... parameters) {
    this.kind = kind;
    this.parameters = parameters;
  }

  /**
   * Uniform on [{@code min}, {@code max}].
   *
   * @throws IllegalArgumentException unless both are finite and {@code min < max}
   */
  public static ParameterDistribution uniform(double min, double max) {
    finite("uniform min", min);
    finite("uniform max", max);
    checkArgument(min < max, "uniform max must be greater than min %s, was %s", min, max);
    return new ParameterDistribution(Kind.UNIFORM, min, max);
  }

  /**
   * Triangular on [{@code min}, {@code max}] with its peak at {@code mode}.
   *
   * @throws IllegalArgumentException unless all are finite, {@code min < max} and the mode lies in
   *     [min, max]
   */
  public static ParameterDistribution triangular(double min, double mode, double max) {
    finite("triangular min", min);
    finite("triangular mode", mode);
    finite("triangular max", max);
    checkArgument(min < max, "triangular max must be greater than min %s, was %s", min, max);
    checkArgument(
        mode >= min && mode <= max,
        "triangular mode must be in [min, max] = [%s, %s], was %s",
        min,
        max,
        mode);
    return new ParameterDistribution(Kind.TRIANGULAR, min, mode, max);
  }

  /**
   * Beta({@code alpha}, {@code beta}) on [0, 1], the usual belief about a probability: {@code
   * beta(4, 6)} has mean 0.4.
   *
   * @throws IllegalArgumentException unless both shapes are positive, finite and at most {@value
   *     #MAX_SHAPE}
   */
  public static ParameterDistribution beta(double alpha, double beta) {
    shape("beta alpha", alpha);
    shape("beta beta", beta);
    return new ParameterDistribution(Kind.BETA, alpha, beta);
  }

  /**
   * Reads {@code uniform(MIN, MAX)}, {@code triangular(MIN, MODE, MAX)} or {@code beta(ALPHA,
   * BETA)}, numbers with a decimal point; spaces are ignored.
   *
   * @throws IllegalArgumentException if the text is none of these, or the numbers are invalid
   */
  public static ParameterDistribution parse(String text) {
    requireNonNull(text, "text");
    String compact = text.replace(" ", "").replace("\t", "");
    int open = compact.indexOf('(');
    checkArgument(
        compact.length() <= 200 && open > 0 && compact.endsWith(")"),
        "a distribution must be uniform(min, max), triangular(min, mode, max) or beta(alpha, beta)");
    String name = compact.substring(0, open).toLowerCase(Locale.ROOT);
    String[] fields = compact.substring(open + 1, compact.length() - 1).split(",", -1);
    double[] numbers = new double[fields.length];
    for (int i = 0; i < fields.length; i++) {
      try {
        numbers[i] = Double.parseDouble(fields[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            name + " needs numbers with a decimal point, field " + (i + 1) + " is not one", e);
      }
    }
    switch (name) {
      case "uniform":
        arity(name, numbers, 2);
        return uniform(numbers[0], numbers[1]);
      case "triangular":
        arity(name, numbers, 3);
        return triangular(numbers[0], numbers[1], numbers[2]);
      case "beta":
        arity(name, numbers, 2);
        return beta(numbers[0], numbers[1]);
      default:
        throw new IllegalArgumentException(
            "a distribution must be uniform(min, max), triangular(min, mode, max) or beta(alpha, beta)");
    }
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** The smallest value it can take. */
  public double min() {
    return kind == Kind.BETA ? 0 : parameters[0];
  }

  /** The largest value it can take. */
  public double max() {
    return kind == Kind.BETA ? 1 : parameters[parameters.length - 1];
  }

  /** The mean. */
  public double mean() {
    switch (kind) {
      case UNIFORM:
        return (parameters[0] + parameters[1]) / 2;
      case TRIANGULAR:
        return (parameters[0] + parameters[1] + parameters[2]) / 3;
      default:
        return parameters[0] / (parameters[0] + parameters[1]);
    }
  }

  /** One draw from {@code random}, as the class javadoc describes. */
  public double sample(SplittableRandom random) {
    switch (kind) {
      case UNIFORM:
      case TRIANGULAR:
        return quantile(random.nextDouble());
      default:
        double x = gamma(parameters[0], random);
        double y = gamma(parameters[1], random);
        return x + y == 0 ? (random.nextBoolean() ? 0 : 1) : x / (x + y);
    }
  }

  /**
   * The value below which a share {@code u} of the distribution lies.
   *
   * @throws IllegalArgumentException unless {@code u} is in [0, 1]
   */
  public double quantile(double u) {
    checkArgument(u >= 0 && u <= 1, "u must be in [0, 1], was %s", u);
    switch (kind) {
      case UNIFORM:
        return parameters[0] + (parameters[1] - parameters[0]) * u;
      case TRIANGULAR:
        double min = parameters[0];
        double mode = parameters[1];
        double max = parameters[2];
        double cut = (mode - min) / (max - min);
        return u < cut
            ? min + Math.sqrt(u * (max - min) * (mode - min))
            : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      default:
        double low = 0;
        double high = 1;
        while (high - low > 1e-12) {
          double middle = (low + high) / 2;
          if (regularizedBeta(middle, parameters[0], parameters[1]) < u) {
            low = middle;
          } else {
            high = middle;
          }
        }
        return (low + high) / 2;
    }
  }

  /** Whether every value lies in [0, 1], so that it may describe a probability. */
  boolean isWithinUnitInterval() {
    return min() >= 0 && max() <= 1;
  }

  private static double gamma(double shape, SplittableRandom random) {
    if (shape < 1) {
      double u = random.nextDouble();
      return gamma(shape + 1, random) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normal(random);
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom random) {
    while (true) {
      double u = 2 * random.nextDouble() - 1;
      double v = 2 * random.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2 * Math.log(s) / s);
      }
    }
  }

  /** I_x(a, b) by the continued fraction (Lentz's method). */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 10_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double step = d * c;
      h *= step;
      if (Math.abs(step - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  @SuppressWarnings("FloatingPointLiteralPrecision") // the published coefficients, as printed
  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  /** ln Γ(x) for x > 0 (Lanczos, g = 7). */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  private static void finite(String field, double value) {
    checkArgument(Double.isFinite(value), "%s must be a finite number, was %s", field, value);
  }

  private static void shape(String field, double value) {
    checkArgument(
        value > 0 && value <= MAX_SHAPE,
        "%s must be positive and at most %s, was %s",
        field,
        MAX_SHAPE,
        value);
  }

  private static void arity(String name, double[] numbers, int expected) {
    checkArgument(
        numbers.length == expected,
        "%s needs %s numbers, was given %s",
        name,
        expected,
        numbers.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParameterDistribution
        && kind == ((ParameterDistribution) other).kind
        && Arrays.equals(parameters, ((ParameterDistribution) other).parameters);
  }

  @Override
  public int hashCode() {
    return kind.ordinal() * 31 + Arrays.hashCode(parameters);
  }

  /** As {@link #parse} reads it: {@code uniform(0.3, 0.7)}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.name().toLowerCase(Locale.ROOT)).append('(');
    for (int i = 0; i < parameters.length; i++) {
      text.append(i == 0 ? "" : ", ").append(parameters[i]);
    }
    return text.append(')').toString();
  }
}
