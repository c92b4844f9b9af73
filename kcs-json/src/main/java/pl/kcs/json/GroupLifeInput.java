package pl.kcs.json;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import org.immutables.value.Value;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.group.GroupLife;
import pl.kcs.rules.group.GroupLifeReport;

/**
 * What each group's life asks of a KCS on a day, as one document (the {@code groupLife} document
 * that {@code kcs group} reads): the implementation with its groups, the day, and optionally the
 * bonding period in months, a kcs default of four months unless given (KCS-DIF-NEWCOMERS; see
 * {@link GroupLife#DEFAULT_BONDING_PERIOD}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupLifeInput implements WithGroupLifeInput {

  /** The longest bonding period a document may give, in months (library limit). */
  public static final int MAX_BONDING_MONTHS = 120;

  GroupLifeInput() {}

  /** The day the groups are looked at. */
  public abstract LocalDate asOf();

  /** The bonding period in months; the kcs default if absent. */
  public abstract OptionalInt bondingPeriodMonths();

  /** The implementation whose groups are looked at. */
  public abstract KcsImplementation implementation();

  /** A builder; the day and the implementation are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Group life with this document's bonding period. */
  public final GroupLife groupLife() {
    GroupLife life = GroupLife.withDefaults();
    return bondingPeriodMonths().isPresent()
        ? life.withBondingPeriod(Period.ofMonths(bondingPeriodMonths().getAsInt()))
        : life;
  }

  /** What each group's life asks of the KCS on {@link #asOf()}, in the order of group ids. */
  public final ImmutableList<GroupLifeReport> reports() {
    return groupLife().assess(implementation(), asOf());
  }

  @Value.Check
  void check() {
    if (bondingPeriodMonths().isPresent()) {
      int months = bondingPeriodMonths().getAsInt();
      checkState(
          months >= 1 && months <= MAX_BONDING_MONTHS,
          "bondingPeriodMonths must be from 1 to %s, was %s",
          MAX_BONDING_MONTHS,
          months);
    }
  }

  /** Builds a {@link GroupLifeInput}. */
  public static final class Builder extends ImmutableGroupLifeInput.Builder {
    Builder() {}
  }
}
