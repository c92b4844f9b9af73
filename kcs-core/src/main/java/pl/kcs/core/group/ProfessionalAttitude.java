package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The three attitudes of professionals that threaten a mutual-aid group's culture (MA-ATTITUDES).
 */
public enum ProfessionalAttitude implements DomainTerm {
  /** Doubts that the bonds between the experienced can last without professionals. (MA-ATTITUDES) */
  AMBIVALENT_OBSERVER("MA-ATTITUDES"),
  /** Catalogues groups and subordinates them to institutional help. (MA-ATTITUDES) */
  FORCEFUL_INTEGRATOR("MA-ATTITUDES"),
  /** Controls the group through academic titles and second-hand knowledge. (MA-ATTITUDES) */
  TITLED_QUACK("MA-ATTITUDES");

  private final FactId source;

  ProfessionalAttitude(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
