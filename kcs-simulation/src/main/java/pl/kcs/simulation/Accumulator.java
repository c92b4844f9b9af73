package pl.kcs.simulation;

import java.util.function.Consumer;

/**
 * Streams replications into fixed-size aggregates: histograms of small counts, bounded-resolution
 * histograms, sums, minima and maxima of money in minor units, and totals. Its size depends on the
 * months and the scenario's bounds, never on the number of replications. Every field is an integer
 * count or sum, so merging is exact and order-independent: the same replications give the same
 * aggregates whichever thread ran which.
 *
 * <p>Not thread-safe: one per worker, merged at the end.
 */
final class Accumulator {

  /** Resolution of the money histograms: this many bins up to the largest possible cost. */
  static final int MONEY_BINS = 1000;

  static final int SHARE_BINS = 1001; // per mille, 0 … 1000

  private final ScenarioParameters parameters;
  private final MonthlyRates rates;
  final int months;
  final int groupBound;
  final int animatorBound;
  long replications;
  final long[][] activeGroups;
  final long[][] selfRunningGroups;
  final long[][] independentGroups;
  final long[][] animatorsInPost;
  final long[] moneyBinWidth;

  /** 1 / {@link #moneyBinWidth}, for {@link #bin}: a multiplication instead of a division. */
  private final double[] moneyBinScale;

  final long[][] costLowHistogram;
  final long[][] costHighHistogram;
  final long[] costLowSum;
  final long[] costHighSum;
  final long[] costLowMin;
  final long[] costLowMax;
  final long[] costHighMin;
  final long[] costHighMax;
  // A month's costs in minor units (KCS-COST-ANIMATOR with KCS-COST-SUPERVISION, KCS-COST-EVENT).
  private final long perAnimatorLow;
  private final long perAnimatorHigh;
  private final long perEventLow;
  private final long perEventHigh;

  /**
   * Replications by month, animator-months in post and events held so far: a month's costs
   * follow from those two counts, so a replication adds one count a month here, and each count
   * is priced, binned, summed and compared once, in {@link #flush()}. Empty where the scenario's
   * counts could take too many values; its costs are then priced per replication.
   */
  private final int[] costTally;

  /** Where month {@code m}'s counts start in {@link #costTally}, and one past the last month's. */
  private final int[] tallyStart;

  /** The events a month's counts make room for: events held so far, 0 … {@code tallyEvents[m] - 1}. */
  private final int[] tallyEvents;

  /** Replications tallied in {@link #costTally} since the last {@link #flush()}. */
  private int tallied;

  final long[] lessLonelyShare = new long[SHARE_BINS];
  final long[] confidentShare = new long[SHARE_BINS];
  long replicationsWithParticipants;
  long groupsStarted;
  long startedThroughExistingGroups;
  long groupsDissolved;
  long groupsIndependent;
  long rulesReopened;
  long groupMonths;
  long participants;
  long lessLonely;
  long confident;

  Accumulator(ScenarioParameters parameters, MonthlyRates rates) {
    this(parameters, rates, MAX_TALLY);
  }

  /** With {@link #costTally} only where it holds at most {@code maxTally} counts (tests: 0). */
  Accumulator(ScenarioParameters parameters, MonthlyRates rates, int maxTally) {
    this.parameters = parameters;
    this.rates = rates;
    this.months = parameters.months();
    this.groupBound = Math.max(parameters.maxGroups(), months);
    this.animatorBound = parameters.animators();
    this.activeGroups = new long[months][parameters.maxGroups() + 1];
    this.selfRunningGroups = new long[months][parameters.maxGroups() + 1];
    this.independentGroups = new long[months][months + 1];
    this.animatorsInPost = new long[months][animatorBound + 1];
    this.moneyBinWidth = new long[months];
    this.moneyBinScale = new double[months];
    long monthlyBound = rates.monthlyHighBound(parameters);
    for (int month = 0; month < months; month++) {
      long bound = monthlyBound * (month + 1);
      moneyBinWidth[month] = Math.max(1, (bound + MONEY_BINS - 1) / MONEY_BINS);
      moneyBinScale[month] = 1.0 / moneyBinWidth[month];
    }
    this.costLowHistogram = new long[months][MONEY_BINS + 1];
    this.costHighHistogram = new long[months][MONEY_BINS + 1];
    this.costLowSum = new long[months];
    this.costHighSum = new long[months];
    this.costLowMin = filled(months, Long.MAX_VALUE);
    this.costLowMax = filled(months, Long.MIN_VALUE);
    this.costHighMin = filled(months, Long.MAX_VALUE);
    this.costHighMax = filled(months, Long.MIN_VALUE);
    this.perAnimatorLow = rates.animatorLow + rates.supervisionLow;
    this.perAnimatorHigh = rates.animatorHigh + rates.supervisionHigh;
    this.perEventLow = rates.eventLow;
    this.perEventHigh = rates.eventHigh;
    // By month m: at most (m + 1) × animators animator-months and, as at most one group starts a
    // month, at most min(maxGroups, j + 1) events in each month j ≤ m.
    this.tallyStart = new int[months + 1];
    this.tallyEvents = new int[months];
    long cells = 0;
    long events = 0;
    for (int month = 0; month < months; month++) {
      events += Math.min(parameters.maxGroups(), month + 1);
      tallyStart[month] = (int) Math.min(cells, MAX_TALLY);
      tallyEvents[month] = (int) Math.min(events + 1, MAX_TALLY);
      cells += ((month + 1L) * animatorBound + 1) * (events + 1);
    }
    tallyStart[months] = (int) Math.min(cells, MAX_TALLY);
    this.costTally = new int[cells <= maxTally ? (int) cells : 0];
  }

  /** The most counts {@link #costTally} holds (1 MiB); beyond, costs are priced per replication. */
  private static final int MAX_TALLY = 1 << 18;

  void add(Model model) {
    replications++;
    int[] active = model.activeGroups;
    int[] selfRunning = model.selfRunningGroups;
    int[] independent = model.independentGroups;
    int[] inPost = model.animatorsInPost;
    for (int month = 0; month < months; month++) {
      activeGroups[month][active[month]]++;
      selfRunningGroups[month][selfRunning[month]]++;
      independentGroups[month][independent[month]]++;
      animatorsInPost[month][inPost[month]]++;
    }
    int[] posts = model.postMonths;
    int[] events = model.eventsHeld;
    if (costTally.length > 0) {
      int[] tally = costTally;
      for (int month = 0; month < months; month++) {
        tally[tallyStart[month] + posts[month] * tallyEvents[month] + events[month]]++;
      }
      if (++tallied == Integer.MAX_VALUE) {
        flush();
      }
    } else {
      for (int month = 0; month < months; month++) {
        addCosts(month, posts[month], events[month], 1);
      }
    }
    groupsStarted += model.groupsStarted;
    startedThroughExistingGroups += model.startedThroughExistingGroups;
    groupsDissolved += model.groupsDissolved;
    groupsIndependent += model.groupsIndependent;
    rulesReopened += model.rulesReopened;
    groupMonths += model.groupMonths;
    if (model.participants > 0) {
      replicationsWithParticipants++;
      participants += model.participants;
      lessLonely += model.lessLonely;
      confident += model.confident;
      lessLonelyShare[perMille(model.lessLonely, model.participants)]++;
      confidentShare[perMille(model.confident, model.participants)]++;
    }
  }

  /**
   * Adds {@code count} replications whose month {@code month} had {@code posts} animator-months
   * in post and {@code events} events so far: their costs, binned, summed and compared.
   */
  private void addCosts(int month, long posts, long events, int count) {
    long low = posts * perAnimatorLow + events * perEventLow;
    long high = posts * perAnimatorHigh + events * perEventHigh;
    long width = moneyBinWidth[month];
    double scale = moneyBinScale[month];
    costLowHistogram[month][bin(low, width, scale)] += count;
    costHighHistogram[month][bin(high, width, scale)] += count;
    costLowSum[month] += count * low;
    costHighSum[month] += count * high;
    costLowMin[month] = Math.min(costLowMin[month], low);
    costLowMax[month] = Math.max(costLowMax[month], low);
    costHighMin[month] = Math.min(costHighMin[month], high);
    costHighMax[month] = Math.max(costHighMax[month], high);
  }

  /**
   * Prices the replications tallied since the last flush into the cost aggregates. Every
   * aggregate is an exact count, sum, minimum or maximum, so they are the same as if each
   * replication had been priced on its own. Called before the aggregates are read or merged.
   */
  void flush() {
    if (tallied == 0) {
      return;
    }
    int[] tally = costTally;
    for (int month = 0; month < months; month++) {
      int eventValues = tallyEvents[month];
      for (int cell = tallyStart[month]; cell < tallyStart[month + 1]; cell++) {
        int count = tally[cell];
        if (count != 0) {
          int offset = cell - tallyStart[month];
          addCosts(month, offset / eventValues, offset % eventValues, count);
          tally[cell] = 0;
        }
      }
    }
    tallied = 0;
  }

  void merge(Accumulator other) {
    flush();
    other.flush();
    replications += other.replications;
    for (int month = 0; month < months; month++) {
      addInto(activeGroups[month], other.activeGroups[month]);
      addInto(selfRunningGroups[month], other.selfRunningGroups[month]);
      addInto(independentGroups[month], other.independentGroups[month]);
      addInto(animatorsInPost[month], other.animatorsInPost[month]);
      addInto(costLowHistogram[month], other.costLowHistogram[month]);
      addInto(costHighHistogram[month], other.costHighHistogram[month]);
      costLowSum[month] += other.costLowSum[month];
      costHighSum[month] += other.costHighSum[month];
      costLowMin[month] = Math.min(costLowMin[month], other.costLowMin[month]);
      costLowMax[month] = Math.max(costLowMax[month], other.costLowMax[month]);
      costHighMin[month] = Math.min(costHighMin[month], other.costHighMin[month]);
      costHighMax[month] = Math.max(costHighMax[month], other.costHighMax[month]);
    }
    addInto(lessLonelyShare, other.lessLonelyShare);
    addInto(confidentShare, other.confidentShare);
    replicationsWithParticipants += other.replicationsWithParticipants;
    groupsStarted += other.groupsStarted;
    startedThroughExistingGroups += other.startedThroughExistingGroups;
    groupsDissolved += other.groupsDissolved;
    groupsIndependent += other.groupsIndependent;
    rulesReopened += other.rulesReopened;
    groupMonths += other.groupMonths;
    participants += other.participants;
    lessLonely += other.lessLonely;
    confident += other.confident;
  }

  /** A copy that shares no array with this one. */
  Accumulator copy() {
    Accumulator copy = new Accumulator(parameters, rates);
    copy.merge(this);
    return copy;
  }

  /**
   * Every field, in a fixed order, for {@link PartialResult}'s binary form and its equality: the
   * arrays' lengths follow from the scenario, so only their contents are visited.
   */
  void visit(LongVisitor visitor) {
    flush();
    visitor.value(replications);
    forEachArray(visitor::values);
    visitor.value(replicationsWithParticipants);
    visitor.value(groupsStarted);
    visitor.value(startedThroughExistingGroups);
    visitor.value(groupsDissolved);
    visitor.value(groupsIndependent);
    visitor.value(rulesReopened);
    visitor.value(groupMonths);
    visitor.value(participants);
    visitor.value(lessLonely);
    visitor.value(confident);
  }

  /** Reads every field in {@link #visit}'s order from {@code source}. */
  void read(LongSource source) {
    replications = source.next();
    forEachArray(source::fill);
    replicationsWithParticipants = source.next();
    groupsStarted = source.next();
    startedThroughExistingGroups = source.next();
    groupsDissolved = source.next();
    groupsIndependent = source.next();
    rulesReopened = source.next();
    groupMonths = source.next();
    participants = source.next();
    lessLonely = source.next();
    confident = source.next();
  }

  /** The arrays among the fields, in {@link #visit}'s order. */
  private void forEachArray(Consumer<long[]> action) {
    for (int month = 0; month < months; month++) {
      action.accept(activeGroups[month]);
      action.accept(selfRunningGroups[month]);
      action.accept(independentGroups[month]);
      action.accept(animatorsInPost[month]);
      action.accept(costLowHistogram[month]);
      action.accept(costHighHistogram[month]);
    }
    action.accept(costLowSum);
    action.accept(costHighSum);
    action.accept(costLowMin);
    action.accept(costLowMax);
    action.accept(costHighMin);
    action.accept(costHighMax);
    action.accept(lessLonelyShare);
    action.accept(confidentShare);
  }

  /** Receives the fields in order. */
  interface LongVisitor {
    void value(long value);

    default void values(long[] values) {
      for (long value : values) {
        value(value);
      }
    }
  }

  /** Gives the fields in order. */
  interface LongSource {
    long next();

    default void fill(long[] values) {
      for (int i = 0; i < values.length; i++) {
        values[i] = next();
      }
    }
  }

  /**
   * The money bin of {@code amount} (≥ 0): {@code min(MONEY_BINS, amount / width)}, computed as a
   * multiplication by {@code scale} = 1 / width and corrected to the exact quotient (the product
   * is off by at most one below 2^53), so no long division runs per replication and month.
   */
  static int bin(long amount, long width, double scale) {
    long quotient = (long) (amount * scale);
    while (quotient * width > amount) {
      quotient--;
    }
    while ((quotient + 1) * width <= amount) {
      quotient++;
    }
    return (int) Math.min(MONEY_BINS, quotient);
  }

  /** Rounded down, so a share reaches 1000 only when everyone answered yes. */
  static int perMille(int part, int whole) {
    return (int) ((1000L * part) / whole);
  }

  private static void addInto(long[] target, long[] source) {
    for (int i = 0; i < target.length; i++) {
      target[i] += source[i];
    }
  }

  private static long[] filled(int length, long value) {
    long[] array = new long[length];
    java.util.Arrays.fill(array, value);
    return array;
  }
}
