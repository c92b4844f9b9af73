package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The tasks of a self-help club's animators (KS-PEOPLE).
 */
public enum ClubAnimatorTask implements DomainTerm {
  /** Starting new groups. (KS-PEOPLE) */
  START_NEW_GROUPS("KS-PEOPLE"),
  /** Running the groups' first meetings. (KS-PEOPLE) */
  RUN_FIRST_MEETINGS("KS-PEOPLE"),
  /** Giving information on site. (KS-PEOPLE) */
  GIVE_INFORMATION("KS-PEOPLE");

  private final FactId source;

  ClubAnimatorTask(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
