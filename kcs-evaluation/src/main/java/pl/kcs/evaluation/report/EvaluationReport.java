package pl.kcs.evaluation.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Language;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.stats.ConfidenceLevel;

/**
 * The evaluation report of one implementation: the loneliness scales before and after
 * (KCS-EFF-LONELINESS), kcs's questions on the effects the pilot reports (KCS-EFF-LONELINESS,
 * KCS-EFF-CONFIDENCE, KCS-EFF-TIES; worded by kcs, not the method's), the groups' outcomes (KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT), and all of them side
 * by side with the pilot's published results — as data, and as text in Polish or English ({@link
 * #render(Language)}).
 *
 * <p>Every aggregate of respondents has been through the {@link #suppression()} policy; a
 * suppressed cell keeps no count. Nothing in a report identifies a respondent, and the report says
 * how many cells it suppressed. Group outcomes are facts about groups, not people, and are shown
 * for every group.
 *
 * <p>Built by {@link Evaluator#report}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationReport {

  EvaluationReport() {}

  /** What the report is about: the host institution's name. */
  public abstract String title();

  /** The date the report describes. */
  public abstract LocalDate asOf();

  /** The suppression policy applied. */
  public abstract SuppressionPolicy suppression();

  /** The confidence level of every interval. */
  public abstract ConfidenceLevel confidenceLevel();

  /** The groups and their outcomes, in group id order (KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT). */
  public abstract ImmutableList<GroupOutcome> groups();

  /** The loneliness scales used, one section each (KCS-EFF-LONELINESS). */
  public abstract ImmutableList<ScaleSection> scales();

  /** Respondents who feel less lonely than before joining, at follow-up (KCS-EFF-LONELINESS). */
  public abstract MeasureTable<ShareEstimate> lessLonely();

  /** Respondents confident to organise a new group, at follow-up (KCS-EFF-CONFIDENCE). */
  public abstract MeasureTable<ShareEstimate> confident();

  /** Respondents keeping ties outside the group, at follow-up (KCS-EFF-TIES). */
  public abstract MeasureTable<ShareEstimate> ties();

  /** Groups meeting without the animator on {@link #asOf()}, if there are groups (KCS-EFF-SELFRUN). */
  public abstract Optional<ShareEstimate> selfRunning();

  /** Groups independent on {@link #asOf()}, if there are groups (KCS-EFF-INDEPENDENT). */
  public abstract Optional<ShareEstimate> independent();

  /** The pilot's published results and what this evaluation observed. */
  public abstract ImmutableList<PilotComparison> pilotComparisons();

  static Builder builder() {
    return new Builder();
  }

  /** How many cells of the report are suppressed. */
  @Value.Derived
  public int suppressedCells() {
    int suppressed =
        lessLonely().suppressedCells() + confident().suppressedCells() + ties().suppressedCells();
    for (ScaleSection scale : scales()) {
      suppressed += scale.suppressedCells();
    }
    return suppressed;
  }

  /** The report as plain text in {@code language}, lines separated by {@code \n}. */
  public final String render(Language language) {
    requireNonNull(language, "language");
    return new ReportRenderer(this, language).render();
  }

  /** The report as plain text in the language kcs uses for {@code locale}. */
  public final String render(Locale locale) {
    return render(Language.of(locale));
  }

  static final class Builder extends ImmutableEvaluationReport.Builder {
    Builder() {}
  }
}
