package pl.kcs.costs;

import java.util.Locale;
import pl.kcs.core.FactId;
import pl.kcs.core.Labelled;
import pl.kcs.core.Sourced;

/** What the unit cost of a {@link BudgetLine} is charged per. */
public enum CostUnit implements Labelled, Sourced {
  /** A month of one animator's work at a post fraction (KCS-COST-ANIMATOR: pay per month). */
  ANIMATOR_MONTH("KCS-COST-ANIMATOR"),
  /** One training of one animator (KCS-COST-TRAINING). */
  TRAINING("KCS-COST-TRAINING"),
  /** One hour of supervision (KCS-COST-SUPERVISION: 250–300 zł per hour). */
  HOUR("KCS-COST-SUPERVISION"),
  /** One workshop, cultural event or group project (KCS-COST-EVENT: per event). */
  EVENT("KCS-COST-EVENT"),
  /**
   * A month of the employer's contributions on all animators' pay; library extension of
   * KCS-COST-ANIMATOR, not in the source method.
   */
  MONTH("KCS-COST-ANIMATOR");

  private final FactId source;

  CostUnit(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }

  @Override
  public String label(Locale locale) {
    return CostsLabels.BUNDLE.text(locale, CostsLabels.key(this));
  }
}
