package pl.kcs.core.club;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The forms of activity of a self-help club (KS-FORMS).
 */
public enum ClubActivityForm implements DomainTerm {
  /** Self-help groups. (KS-FORMS) */
  SELF_HELP_GROUPS("KS-FORMS"),
  /** Support groups. (KS-FORMS) */
  SUPPORT_GROUPS("KS-FORMS"),
  /** Therapeutic groups. (KS-FORMS) */
  THERAPEUTIC_GROUPS("KS-FORMS"),
  /** Educational groups. (KS-FORMS) */
  EDUCATIONAL_GROUPS("KS-FORMS"),
  /** Counselling. (KS-FORMS) */
  COUNSELLING("KS-FORMS"),
  /** Trainings. (KS-FORMS) */
  TRAININGS("KS-FORMS"),
  /** Volunteering. (KS-FORMS) */
  VOLUNTEERING("KS-FORMS"),
  /** Exchange of services (barter). (KS-FORMS) */
  SERVICE_EXCHANGE("KS-FORMS");

  private final FactId source;

  ClubActivityForm(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
