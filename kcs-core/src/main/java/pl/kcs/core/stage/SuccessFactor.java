package pl.kcs.core.stage;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/** What made the pilot succeed (KCS-SUC), for evaluations and reports that look back. */
public enum SuccessFactor implements DomainTerm {
  /** Emphasis on activation and self-organisation of vulnerable groups and on their cultural participation. (KCS-SUC) */
  ACTIVATION_AND_SELF_ORGANISATION,
  /** The animators' competences and engagement. (KCS-SUC) */
  ANIMATOR_COMPETENCE_AND_ENGAGEMENT,
  /** The ideas of self-help, community and bottom-up action taking root in participants. (KCS-SUC) */
  SELF_HELP_IDEAS_TAKING_ROOT;

  private static final FactId SOURCE = FactId.of("KCS-SUC");

  @Override
  public FactId source() {
    return SOURCE;
  }
}
