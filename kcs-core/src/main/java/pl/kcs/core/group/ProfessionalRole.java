package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The kind of professional involved with a self-help group (MA-AUTONOMY: groups are independent
 * of professional therapists, except those who belong through their own experience; MA-BARRIER:
 * the groups' dependence on psychiatric and social-assistance institutions). The institution's own
 * animator is not one of these: who leads a group's meetings is {@link MeetingLead}.
 */
public enum ProfessionalRole implements DomainTerm {
  /** A therapist. (MA-AUTONOMY) */
  THERAPIST("MA-AUTONOMY"),
  /** A professional of psychiatric care (a psychiatrist, a clinic's staff). (MA-BARRIER) */
  PSYCHIATRIC_CARE("MA-BARRIER"),
  /** A social worker or other staff of social assistance. (MA-BARRIER) */
  SOCIAL_ASSISTANCE("MA-BARRIER"),
  /** A researcher or academic. (MA-ATTITUDES) */
  RESEARCHER("MA-ATTITUDES"),
  /** Another specialist, e.g. from a partner (a lawyer, a career adviser). (KCS-S2A) */
  OTHER_SPECIALIST("KCS-S2A");

  private final FactId source;

  ProfessionalRole(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }

  /**
   * Whether the role belongs to the psychiatric or social-assistance institutions whose
   * paternalism is the groups' main barrier (MA-BARRIER).
   */
  public boolean isOfDependenceInstitutions() {
    return this == PSYCHIATRIC_CARE || this == SOCIAL_ASSISTANCE;
  }
}
