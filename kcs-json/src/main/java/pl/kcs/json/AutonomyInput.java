package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.group.PersonTerm;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.autonomy.AutonomyAssessment;
import pl.kcs.rules.autonomy.AutonomyReport;
import pl.kcs.rules.autonomy.Terminology;

/**
 * The autonomy and mutual aid of an implementation's groups, as one document (the {@code autonomy}
 * document that {@code kcs autonomy} reads): the implementation with its groups and, optionally,
 * the word the institution uses for the people in them and whether it chose it deliberately
 * (MA-TERMS: "the experienced" by default).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AutonomyInput implements WithAutonomyInput {

  AutonomyInput() {}

  /** The implementation whose groups are assessed. */
  public abstract KcsImplementation implementation();

  /** The word used for people; "the experienced" if absent (MA-TERMS). */
  public abstract Optional<PersonTerm> term();

  /** Whether {@link #term()} was chosen deliberately; by default it was. */
  @Value.Default
  public boolean termChosenDeliberately() {
    return true;
  }

  /** A builder; the implementation is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The words used for people, as the rules read them. */
  public final Terminology terminology() {
    if (term().isEmpty() || term().get() == PersonTerm.EXPERIENCED) {
      return Terminology.standard();
    }
    return termChosenDeliberately()
        ? Terminology.deliberately(term().get())
        : Terminology.byHabit(term().get());
  }

  /** The assessment of every group, in the order of group ids. */
  public final ImmutableList<AutonomyReport> reports() {
    return AutonomyAssessment.withDefaults()
        .withTerminology(terminology())
        .assess(implementation());
  }

  @Value.Check
  void check() {
    com.google.common.base.Preconditions.checkState(
        termChosenDeliberately() || (term().isPresent() && term().get() != PersonTerm.EXPERIENCED),
        "termChosenDeliberately may be false only for a term other than EXPERIENCED, the default (MA-TERMS), was %s",
        term().map(Enum::name).orElse("no term"));
  }

  /** Builds an {@link AutonomyInput}. */
  public static final class Builder extends ImmutableAutonomyInput.Builder {
    Builder() {}
  }
}
