package pl.kcs.costs;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the figures of a {@link CostTable} are rounded at the edge: not at all ({@link #exact()}),
 * or each once, from its exact value, to the currency's minor unit by an explicit {@link
 * RoundingMode} ({@link #toMinorUnit}). Rounding happens nowhere else in kcs-costs: the source
 * method's figures (KCS-COST-ANIMATOR, KCS-COST-TRAINING, KCS-COST-SUPERVISION, KCS-COST-EVENT)
 * are whole złoty, but indexed rates and employer contributions carry fractions of a grosz.
 *
 * <p>Immutable and thread-safe.
 */
public final class Rounding {

  private static final Rounding EXACT = new Rounding(null);

  private final @Nullable RoundingMode mode;

  private Rounding(@Nullable RoundingMode mode) {
    this.mode = mode;
  }

  /** No rounding: figures as exact as they are. */
  public static Rounding exact() {
    return EXACT;
  }

  /**
   * Each figure rounded to the currency's minor unit (0.01 PLN) by {@code mode}, e.g. {@link
   * RoundingMode#HALF_UP} as Polish accounting does. {@link RoundingMode#UNNECESSARY} makes a table
   * fail with {@link ArithmeticException} where a figure has a fraction of a grosz.
   */
  public static Rounding toMinorUnit(RoundingMode mode) {
    return new Rounding(requireNonNull(mode, "mode"));
  }

  /** The rounding mode; empty for {@link #exact()}. */
  public Optional<RoundingMode> mode() {
    return Optional.ofNullable(mode);
  }

  /** {@code range} rounded this way. */
  public CostRange apply(CostRange range) {
    requireNonNull(range, "range");
    return mode == null ? range : range.roundedToMinorUnit(mode);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rounding && ((Rounding) other).mode == mode;
  }

  @Override
  public int hashCode() {
    return mode == null ? 0 : mode.hashCode();
  }

  @Override
  public String toString() {
    return mode == null ? "Rounding{exact}" : "Rounding{toMinorUnit " + mode + "}";
  }
}
