package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.FactId;

/**
 * One row of a {@link CostTable}: its kind, the fact it cites (e.g. KCS-COST-SUPERVISION), a label,
 * a detail (the quantities behind the figures) and one cell per amount column, empty where the
 * column does not apply.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CostTableRow {

  CostTableRow() {}

  /** What the row holds. */
  public abstract RowKind kind();

  /** The fact the row's figures come from, if one does. */
  public abstract Optional<FactId> source();

  /** The row's label, on one line. */
  public abstract String label();

  /** The quantities behind the figures, e.g. {@code 3 h/month × 12 months}; may be empty. */
  @Value.Default
  public String detail() {
    return "";
  }

  /** One cell per amount column of the table; empty where the column does not apply. */
  public abstract ImmutableList<Optional<CostRange>> cells();

  /** A builder of a row. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    CostTable.checkOneLine("row label", label());
    CostTable.checkOneLine("row detail", detail());
    checkState(!label().isBlank(), "row label must not be blank, was '%s'", label());
  }

  /** Builds a {@link CostTableRow}; kind and label are required. */
  public static final class Builder extends ImmutableCostTableRow.Builder {
    Builder() {}
  }
}
