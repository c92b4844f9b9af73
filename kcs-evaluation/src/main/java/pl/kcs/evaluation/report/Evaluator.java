package pl.kcs.evaluation.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.PilotResult;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.Wave;
import pl.kcs.evaluation.instrument.DjgForm;
import pl.kcs.evaluation.instrument.Instrument;
import pl.kcs.evaluation.instrument.LonelinessScoring;
import pl.kcs.evaluation.instrument.ScaleScore;
import pl.kcs.evaluation.report.Suppressor.Counts;
import pl.kcs.evaluation.stats.ConfidenceLevel;
import pl.kcs.evaluation.stats.Proportion;

/**
 * Evaluates a KCS by its effects (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES,
 * KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT): scores the loneliness scales, compares each respondent
 * before and after, and writes the report of an implementation, suppressing small cells.
 *
 * <p>Populations, one per table so that no two tables of the same answer differ by a few people:
 *
 * <ul>
 *   <li>a loneliness scale: the respondents whose scale could be scored at {@link Wave#BASELINE}
 *       and at {@link Wave#FOLLOW_UP}; "improved" means a lower score after;
 *   <li>each of kcs's questions on the pilot's reported effects (worded by kcs, not the
 *       method's): the respondents who answered it at {@link
 *       Wave#FOLLOW_UP}, as the pilot asked "at the end"; "cannot say" counts among the answers;
 *   <li>group outcomes: every group of the implementation on the report's date.
 * </ul>
 *
 * <p>Scoring rules, suppression and the confidence level are configurable; {@link #standard()}
 * uses the published rules, a threshold of 5 and 95 % intervals. Logs at DEBUG only counts of
 * suppressed cells, never a respondent. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluator implements WithEvaluator {

  Evaluator() {}

  private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

  /** The scoring rules; {@link LonelinessScoring#standard()} by default. */
  @Value.Default
  public LonelinessScoring scoring() {
    return LonelinessScoring.standard();
  }

  /** The suppression policy; {@link SuppressionPolicy#standard()} by default. */
  @Value.Default
  public SuppressionPolicy suppression() {
    return SuppressionPolicy.standard();
  }

  /** The confidence level of intervals; 95 % by default. */
  @Value.Default
  public ConfidenceLevel confidenceLevel() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  /** The library defaults. */
  public static Evaluator standard() {
    return builder().build();
  }

  /** A builder, starting from the library defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The pre/post comparison of every respondent on {@code instrument}. The 6-item De Jong
   * Gierveld comparison also takes 11-item answers, read on the six items they contain.
   */
  public final PrePostComparison compare(EvaluationSurvey survey, Instrument instrument) {
    requireNonNull(survey, "survey");
    requireNonNull(instrument, "instrument");
    Map<RespondentId, SurveyResponse> baselines = new HashMap<>();
    for (SurveyResponse response : survey.responses()) {
      if (response.wave() == Wave.BASELINE) {
        baselines.put(response.respondent(), response);
      }
    }
    List<RespondentChange> changes = new ArrayList<>();
    for (SurveyResponse followUp : survey.responses()) {
      if (followUp.wave() != Wave.FOLLOW_UP) {
        continue;
      }
      Optional<ScaleScore> before =
          Optional.ofNullable(baselines.get(followUp.respondent()))
              .flatMap(response -> score(response, instrument));
      Optional<ScaleScore> after = score(followUp, instrument);
      if (before.isPresent() && after.isPresent()) {
        changes.add(
            RespondentChange.builder()
                .respondent(followUp.respondent())
                .group(followUp.group())
                .instrument(instrument)
                .before(before.get())
                .after(after.get())
                .build());
      }
    }
    changes.sort(
        Comparator.comparing(RespondentChange::group).thenComparing(RespondentChange::respondent));
    return PrePostComparison.builder().instrument(instrument).addAllChanges(changes).build();
  }

  /**
   * The report of {@code implementation} on {@code asOf}: its host's name, its groups and their
   * outcomes as recorded on kcs-core's groups, and {@code survey}.
   *
   * @throws IllegalArgumentException if the survey names a group the implementation does not have,
   *     or holds a response dated after {@code asOf}
   */
  public final EvaluationReport report(
      KcsImplementation implementation, EvaluationSurvey survey, LocalDate asOf) {
    requireNonNull(implementation, "implementation");
    List<GroupOutcome> groups = new ArrayList<>();
    for (SelfHelpGroup group : implementation.groups()) {
      groups.add(GroupOutcome.of(group));
    }
    return report(implementation.host().name(), groups, survey, asOf);
  }

  /**
   * The report titled {@code title} of {@code groups} on {@code asOf}, from {@code survey}.
   *
   * @throws IllegalArgumentException if groups repeat an id, the survey names a group not among
   *     them, or the survey holds a response dated after {@code asOf}
   */
  public final EvaluationReport report(
      String title, List<GroupOutcome> groups, EvaluationSurvey survey, LocalDate asOf) {
    requireNonNull(title, "title");
    requireNonNull(groups, "groups");
    requireNonNull(survey, "survey");
    requireNonNull(asOf, "asOf");
    List<GroupOutcome> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.comparing(GroupOutcome::group));
    Set<GroupId> ids = new HashSet<>();
    for (GroupOutcome group : sorted) {
      checkArgument(
          ids.add(group.group()), "groups must have distinct ids, was %s twice", group.group());
    }
    for (SurveyResponse response : survey.responses()) {
      checkArgument(
          ids.contains(response.group()),
          "survey responses must be of the report's groups %s, was one of group %s",
          ids.stream().sorted().toList(),
          response.group());
      checkArgument(
          !response.answeredOn().isAfter(asOf),
          "survey responses must not be dated after asOf %s, was one of %s in group %s",
          asOf,
          response.answeredOn(),
          response.group());
    }

    Suppressor suppressor = new Suppressor(suppression());
    EvaluationReport.Builder report =
        EvaluationReport.builder()
            .title(title)
            .asOf(asOf)
            .suppression(suppression())
            .confidenceLevel(confidenceLevel())
            .addAllGroups(sorted);
    for (Instrument instrument : instrumentsUsed(survey)) {
      report.addScales(scaleSection(suppressor, sorted, compare(survey, instrument)));
    }
    MeasureTable<ShareEstimate> lessLonely =
        question(suppressor, sorted, survey, r -> r.lessLonely().map(a -> a.isLessLonely()));
    MeasureTable<ShareEstimate> confident =
        question(suppressor, sorted, survey, r -> r.confidence().map(a -> a.isConfident()));
    Map<GroupId, Counts> tiesCounts = answers(survey, r -> r.ties().map(a -> a.hasTies()));
    MeasureTable<ShareEstimate> ties =
        suppressor.table(sorted, tiesCounts, Suppressor.SHARE, this::share);
    Optional<ShareEstimate> selfRunning = groupShare(sorted, g -> g.runsItselfOn(asOf));
    Optional<ShareEstimate> independent = groupShare(sorted, g -> g.isIndependentOn(asOf));
    EvaluationReport built =
        report
            .lessLonely(lessLonely)
            .confident(confident)
            .ties(ties)
            .selfRunning(selfRunning)
            .independent(independent)
            .addPilotComparisons(
                PilotComparison.of(PilotResult.LESS_LONELY, lessLonely.allGroups().value()),
                PilotComparison.of(PilotResult.SELF_RUNNING_GROUPS, selfRunning),
                PilotComparison.of(PilotResult.INDEPENDENT_GROUPS, independent),
                PilotComparison.of(
                    PilotResult.CONFIDENT_TO_ORGANISE, confident.allGroups().value()),
                tiesInRefugeeGroups(sorted, tiesCounts, ties))
            .build();
    LOG.debug(
        "Evaluation report for {} as of {}: {} cells suppressed (minimum cell size {})",
        title,
        asOf,
        built.suppressedCells(),
        suppression().minimumCellSize());
    return built;
  }

  private static Set<Instrument> instrumentsUsed(EvaluationSurvey survey) {
    Set<Instrument> used = EnumSet.noneOf(Instrument.class);
    for (SurveyResponse response : survey.responses()) {
      response.ucla().ifPresent(ucla -> used.add(Instrument.UCLA_3));
      response.djg().ifPresent(djg -> used.add(djg.form().instrument()));
    }
    return used;
  }

  private Optional<ScaleScore> score(SurveyResponse response, Instrument instrument) {
    switch (instrument) {
      case UCLA_3:
        return response.ucla().flatMap(ucla -> scoring().score(ucla).total());
      case DJG_6:
        return response.djg().flatMap(djg -> scoring().score(djg.toSixItemForm()).total());
      case DJG_11:
        return response
            .djg()
            .filter(djg -> djg.form() == DjgForm.ELEVEN_ITEM)
            .flatMap(djg -> scoring().score(djg).total());
      default:
        throw new AssertionError(instrument);
    }
  }

  private ScaleSection scaleSection(
      Suppressor suppressor, List<GroupOutcome> groups, PrePostComparison comparison) {
    Instrument instrument = comparison.instrument();
    Map<GroupId, Counts> scores = new HashMap<>();
    Map<GroupId, Counts> improved = new HashMap<>();
    Map<GroupId, Counts> lonelyBefore = new HashMap<>();
    Map<GroupId, Counts> lonelyAfter = new HashMap<>();
    int lonelyFrom = lonelyFrom(instrument);
    for (RespondentChange change : comparison.changes()) {
      GroupId group = change.group();
      ScaleScore before = change.before();
      ScaleScore after = change.after();
      scores.merge(
          group,
          new Counts(
              1,
              0,
              before.points(),
              after.points(),
              belowBandTop(before, lonelyFrom),
              aboveBandBottom(before, lonelyFrom),
              belowBandTop(after, lonelyFrom),
              aboveBandBottom(after, lonelyFrom)),
          Counts::plus);
      improved.merge(group, Counts.answer(change.isImproved()), Counts::plus);
      lonelyBefore.merge(group, Counts.answer(change.before().isLonely()), Counts::plus);
      lonelyAfter.merge(group, Counts.answer(change.after().isLonely()), Counts::plus);
    }
    Function<Counts, ShareEstimate> share = this::share;
    return new ScaleSection(
        instrument,
        suppressor.table(
            groups,
            scores,
            new Suppressor.Mean(
                instrument.minScore(), instrument.maxScore(), lonelyFrom(instrument)),
            c -> MeanScores.of(instrument, c.respondents(), c.sumBefore(), c.sumAfter())),
        suppressor.table(groups, improved, Suppressor.SHARE, share),
        suppressor.table(groups, lonelyBefore, Suppressor.SHARE, share),
        suppressor.table(groups, lonelyAfter, Suppressor.SHARE, share));
  }

  private MeasureTable<ShareEstimate> question(
      Suppressor suppressor,
      List<GroupOutcome> groups,
      EvaluationSurvey survey,
      Function<SurveyResponse, Optional<Boolean>> answer) {
    return suppressor.table(groups, answers(survey, answer), Suppressor.SHARE, this::share);
  }

  /** Per group, the follow-up answers to one yes/no measure. */
  private static Map<GroupId, Counts> answers(
      EvaluationSurvey survey, Function<SurveyResponse, Optional<Boolean>> answer) {
    Map<GroupId, Counts> counts = new HashMap<>();
    for (SurveyResponse response : survey.responses()) {
      if (response.wave() == Wave.FOLLOW_UP) {
        answer
            .apply(response)
            .ifPresent(yes -> counts.merge(response.group(), Counts.answer(yes), Counts::plus));
      }
    }
    return counts;
  }

  /**
   * The pilot's finding on ties is about its group for refugee women only (KCS-EFF-TIES), so it
   * is compared with this KCS's groups for refugees pooled, and does not apply where there are
   * none. The pooled share is published only where it adds nothing a reader could not already
   * work out: it is the all-groups cell as shown, or the sum of refugee groups' cells that are
   * all shown. Otherwise it would be a new margin from which a suppressed group could be
   * derived, and the comparison says "suppressed".
   */
  private PilotComparison tiesInRefugeeGroups(
      List<GroupOutcome> groups, Map<GroupId, Counts> counts, MeasureTable<ShareEstimate> ties) {
    Set<GroupId> forRefugees = new HashSet<>();
    for (GroupOutcome group : groups) {
      if (group.isForRefugees()) {
        forRefugees.add(group.group());
      }
    }
    Counts pooled = Counts.ZERO;
    boolean anyRefugeeGroup = false;
    boolean allRefugeeGroups = true;
    boolean everyAnsweringRefugeeGroupShown = true;
    for (GroupRow<ShareEstimate> row : ties.groups()) {
      if (!forRefugees.contains(row.group())) {
        allRefugeeGroups = false;
        continue;
      }
      anyRefugeeGroup = true;
      Counts answered = counts.getOrDefault(row.group(), Counts.ZERO);
      pooled = pooled.plus(answered);
      if (answered.respondents() > 0 && !row.cell().isShown()) {
        everyAnsweringRefugeeGroupShown = false;
      }
    }
    if (!anyRefugeeGroup) {
      return PilotComparison.notApplicable(PilotResult.TIES_OUTSIDE);
    }
    if (allRefugeeGroups) {
      return PilotComparison.of(PilotResult.TIES_OUTSIDE, ties.allGroups().value());
    }
    boolean publishable = pooled.respondents() > 0 && everyAnsweringRefugeeGroupShown;
    return PilotComparison.of(
        PilotResult.TIES_OUTSIDE, publishable ? Optional.of(share(pooled)) : Optional.empty());
  }

  private Optional<ShareEstimate> groupShare(
      List<GroupOutcome> groups, Predicate<GroupOutcome> outcome) {
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    int count = (int) groups.stream().filter(outcome).count();
    return Optional.of(ShareEstimate.of(Proportion.of(count, groups.size()), confidenceLevel()));
  }

  private ShareEstimate share(Counts counts) {
    return ShareEstimate.of(
        Proportion.of(counts.successes(), counts.respondents()), confidenceLevel());
  }

  /** The score from which the scale counts a respondent as lonely, by this evaluator's scoring. */
  private int lonelyFrom(Instrument instrument) {
    switch (instrument) {
      case UCLA_3:
        return scoring().ucla3().lonelyFrom();
      case DJG_6:
        return scoring().djg6().bands().moderateFrom();
      case DJG_11:
        return scoring().djg11().bands().moderateFrom();
      default:
        throw new AssertionError(instrument);
    }
  }

  /**
   * 1 if {@code score} lies below the top of its band: the scale's maximum for a lonely score,
   * the cut-off minus one for a score that is not lonely; else 0.
   */
  private static int belowBandTop(ScaleScore score, int lonelyFrom) {
    int top = score.isLonely() ? score.max() : lonelyFrom - 1;
    return score.points() < top ? 1 : 0;
  }

  /** 1 if {@code score} lies above the bottom of its band (the cut-off, or the minimum); else 0. */
  private static int aboveBandBottom(ScaleScore score, int lonelyFrom) {
    int bottom = score.isLonely() ? lonelyFrom : score.min();
    return score.points() > bottom ? 1 : 0;
  }

  /** Builds an {@link Evaluator}; every attribute has a default. */
  public static final class Builder extends ImmutableEvaluator.Builder {
    Builder() {}
  }
}
