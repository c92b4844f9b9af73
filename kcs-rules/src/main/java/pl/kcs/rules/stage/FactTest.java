package pl.kcs.rules.stage;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Status;

/**
 * A built-in stage rule's condition as data: it applies from a stage on, optionally only where a
 * guard fact exceeds a minimum, and then tests one fact. Every built-in rule uses this one class,
 * so the engine's call to it stays monomorphic and inlines: the rules run at the speed of
 * hand-written {@code if}s while remaining a readable, replaceable list.
 */
final class FactTest implements Condition<StageFacts> {

  enum Test {
    /** The fact is zero (nothing missing). */
    ZERO,
    /** The fact is positive (something there, or true). */
    POSITIVE,
    /** A step record: done passes, recorded-not-done fails, not recorded is unknown. */
    RECORDED_DONE,
    /** Like {@link #ZERO}, but {@link StageFact#UNKNOWN} is unknown. */
    ZERO_IF_KNOWN
  }

  private static final int STAGE = StageFact.STAGE.ordinal();
  private static final int ZERO = Test.ZERO.ordinal();
  private static final int POSITIVE = Test.POSITIVE.ordinal();
  private static final int ZERO_IF_KNOWN = Test.ZERO_IF_KNOWN.ordinal();

  private final int fromStage;
  private final int guard;
  private final int guardAbove;
  private final int fact;
  private final Test test;
  // The test as an int, so that the hot path switches without an enum switch map.
  private final int code;

  private FactTest(
      Stage from, @Nullable StageFact guard, int guardAbove, StageFact fact, Test test) {
    // The test reads its facts only from stage `from` on: they must be worked out by then.
    checkArgument(
        fact.section().compareTo(from) <= 0
            && (guard == null || guard.section().compareTo(from) <= 0),
        "a rule from %s reads %s or %s, which are worked out only later",
        from,
        fact,
        guard);
    this.fromStage = from.ordinal();
    this.guard = guard == null ? -1 : guard.ordinal();
    this.guardAbove = guardAbove;
    this.fact = fact.ordinal();
    this.test = test;
    this.code = test.ordinal();
  }

  /** Applies from stage {@code from}; tests {@code fact}. */
  static FactTest from(Stage from, StageFact fact, Test test) {
    return new FactTest(from, null, 0, fact, test);
  }

  /** Applies from stage {@code from} where {@code guard} exceeds {@code guardAbove}; tests {@code fact}. */
  static FactTest from(Stage from, StageFact guard, int guardAbove, StageFact fact, Test test) {
    return new FactTest(from, guard, guardAbove, fact, test);
  }

  @Override
  public Status evaluate(StageFacts facts) {
    int[] values = facts.values();
    if (values[STAGE] < fromStage || (guard >= 0 && values[guard] <= guardAbove)) {
      return Status.NOT_APPLICABLE;
    }
    int value = values[fact];
    if (code == ZERO) {
      return value == 0 ? Status.PASSED : Status.FAILED;
    }
    if (code == POSITIVE) {
      return value > 0 ? Status.PASSED : Status.FAILED;
    }
    if (code == ZERO_IF_KNOWN) {
      return value == StageFact.UNKNOWN
          ? Status.UNKNOWN
          : value == 0 ? Status.PASSED : Status.FAILED;
    }
    return value == StageFact.DONE
        ? Status.PASSED
        : value == StageFact.NOT_DONE ? Status.FAILED : Status.UNKNOWN;
  }

  /** The stage from which the test applies, by ordinal: before it, it is not applicable. */
  @Override
  public int firstPhase() {
    return fromStage;
  }

  @Override
  public String toString() {
    return "FactTest{from stage "
        + (fromStage + 1)
        + (guard >= 0 ? ", where " + StageFact.values()[guard] + " > " + guardAbove : "")
        + ", "
        + StageFact.values()[fact]
        + " "
        + test
        + "}";
  }
}
