package pl.kcs.simulation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a simulation run shows: a {@link MonthSummary} for every month, the evaluation outcomes at
 * the end, totals, and everything needed to reproduce it — the parameters, the root seed, the
 * random generator and the library version.
 *
 * <p>Immutable and thread-safe.
 */
public final class SimulationResult {

  private final ScenarioParameters parameters;
  private final Uncertainty uncertainty;
  private final long seed;
  private final String generator;
  private final String libraryVersion;
  private final long replications;
  private final ImmutableList<MonthSummary> months;
  private final Optional<Distribution> lessLonelyShare;
  private final Optional<Distribution> confidentShare;
  private final long groupMonths;
  private final long groupsStarted;
  private final long startedThroughExistingGroups;
  private final long groupsDissolved;
  private final long groupsIndependent;
  private final long rulesReopened;
  private final long participants;
  private final long lessLonely;
  private final long confident;

  SimulationResult(
      ScenarioParameters parameters,
      Uncertainty uncertainty,
      long seed,
      String generator,
      String libraryVersion,
      ImmutableList<MonthSummary> months,
      Accumulator totals) {
    this.parameters = parameters;
    this.uncertainty = uncertainty;
    this.seed = seed;
    this.generator = generator;
    this.libraryVersion = libraryVersion;
    this.replications = totals.replications;
    this.months = months;
    BigDecimal perMille = new BigDecimal("0.001");
    this.lessLonelyShare =
        totals.replicationsWithParticipants == 0
            ? Optional.empty()
            : Optional.of(Distribution.ofHistogram(totals.lessLonelyShare, perMille));
    this.confidentShare =
        totals.replicationsWithParticipants == 0
            ? Optional.empty()
            : Optional.of(Distribution.ofHistogram(totals.confidentShare, perMille));
    this.groupMonths = totals.groupMonths;
    this.groupsStarted = totals.groupsStarted;
    this.startedThroughExistingGroups = totals.startedThroughExistingGroups;
    this.groupsDissolved = totals.groupsDissolved;
    this.groupsIndependent = totals.groupsIndependent;
    this.rulesReopened = totals.rulesReopened;
    this.participants = totals.participants;
    this.lessLonely = totals.lessLonely;
    this.confident = totals.confident;
  }

  /** The parameters simulated. */
  public ScenarioParameters parameters() {
    return parameters;
  }

  /**
   * The parameters drawn per replication; their uncertainty is part of every distribution of the
   * result.
   */
  public Uncertainty uncertainty() {
    return uncertainty;
  }

  /** The root seed: the same seed and parameters give bit-identical results on any number of threads. */
  public long seed() {
    return seed;
  }

  /** The random generator and how its streams were split. */
  public String generator() {
    return generator;
  }

  /** The version of kcs that produced the result. */
  public String libraryVersion() {
    return libraryVersion;
  }

  /** How many replications. */
  public long replications() {
    return replications;
  }

  /** One summary a month, in order. */
  public ImmutableList<MonthSummary> months() {
    return months;
  }

  /** The summary of the last month. */
  public MonthSummary lastMonth() {
    return months.get(months.size() - 1);
  }

  /**
   * Per replication, the share of participants who feel less lonely (KCS-EFF-LONELINESS), over
   * replications with any participant; empty if none had any.
   */
  public Optional<Distribution> lessLonelyShare() {
    return lessLonelyShare;
  }

  /** Per replication, the share confident to organise a group (KCS-EFF-CONFIDENCE). */
  public Optional<Distribution> confidentShare() {
    return confidentShare;
  }

  /** Of all participants of all replications, the share less lonely. */
  public Optional<BigDecimal> pooledLessLonelyShare() {
    return share(lessLonely, participants);
  }

  /** Of all participants of all replications, the share confident to organise a group. */
  public Optional<BigDecimal> pooledConfidentShare() {
    return share(confident, participants);
  }

  /**
   * Of all groups started in all replications, the share that became independent
   * (KCS-EFF-INDEPENDENT).
   */
  public Optional<BigDecimal> independentShareOfGroups() {
    return share(groupsIndependent, groupsStarted);
  }

  /** Of all groups started, the share recruited through existing organised groups (KCS-S2C). */
  public Optional<BigDecimal> shareStartedThroughExistingGroups() {
    return share(startedThroughExistingGroups, groupsStarted);
  }

  /** Group-months simulated: months in which a group was supported. */
  public long groupMonths() {
    return groupMonths;
  }

  /** Groups started, over all replications. */
  public long groupsStarted() {
    return groupsStarted;
  }

  /** Groups dissolved, over all replications. */
  public long groupsDissolved() {
    return groupsDissolved;
  }

  /** Groups that became independent, over all replications. */
  public long groupsIndependent() {
    return groupsIndependent;
  }

  /** Times a newcomer reopened a bonded group's rules (KCS-DIF-NEWCOMERS), over all replications. */
  public long rulesReopened() {
    return rulesReopened;
  }

  /**
   * The result as CSV (RFC 4180, UTF-8, decimal point): one row per month and quantity with mean,
   * percentiles, minimum and maximum, then the end-of-run outcomes; comment-free, with the seed,
   * generator and version in a leading metadata block of {@code # key,value} lines.
   */
  public String toCsv() {
    return ResultCsv.write(this);
  }

  private static Optional<BigDecimal> share(long part, long whole) {
    return whole == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_EVEN));
  }

  @Override
  public String toString() {
    return "SimulationResult{seed="
        + seed
        + ", replications="
        + replications
        + ", months="
        + months.size()
        + ", kcs "
        + libraryVersion
        + "}";
  }
}
