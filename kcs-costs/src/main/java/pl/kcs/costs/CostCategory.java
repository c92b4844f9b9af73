package pl.kcs.costs;

import java.util.Locale;
import pl.kcs.core.FactId;
import pl.kcs.core.Labelled;
import pl.kcs.core.Sourced;

/**
 * What a line of a {@link Budget} pays for. Every category but one prices a cost the source method
 * names; {@link #EMPLOYER_CONTRIBUTIONS} is the library's extension of the gross pay of
 * KCS-COST-ANIMATOR and says so ({@link #isInSource()}).
 */
public enum CostCategory implements Labelled, Sourced {
  /** Animator work, gross pay (KCS-COST-ANIMATOR). */
  ANIMATOR_PAY("KCS-COST-ANIMATOR", true),
  /** Trainings of animators, one price per training per animator (KCS-COST-TRAINING). */
  TRAINING("KCS-COST-TRAINING", true),
  /** Supervision sessions for the animators, priced per hour (KCS-COST-SUPERVISION). */
  SUPERVISION_OF_ANIMATORS("KCS-COST-SUPERVISION", true),
  /** Supervision sessions for group leaders, which the source calls optional (KCS-COST-SUPERVISION). */
  SUPERVISION_OF_GROUP_LEADERS("KCS-COST-SUPERVISION", true),
  /** Workshops, cultural events and group projects, priced per event (KCS-COST-EVENT). */
  EVENTS("KCS-COST-EVENT", true),
  /**
   * The employer's social contributions on the animators' gross pay: not in the source method;
   * library extension of KCS-COST-ANIMATOR, always a line of its own, never mixed into the gross
   * figures.
   */
  EMPLOYER_CONTRIBUTIONS("KCS-COST-ANIMATOR", false);

  private final FactId source;
  private final boolean inSource;

  CostCategory(String source, boolean inSource) {
    this.source = FactId.of(source);
    this.inSource = inSource;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** Whether the source method prices this cost; {@code false} for the library's extensions. */
  public boolean isInSource() {
    return inSource;
  }

  @Override
  public String label(Locale locale) {
    return CostsLabels.BUNDLE.text(locale, CostsLabels.key(this));
  }
}
