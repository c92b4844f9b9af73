package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Words for the people in self-help groups (MA-TERMS: words shape identity). {@link
 * #EXPERIENCED} is the default; the others are for deliberate use.
 */
public enum PersonTerm implements DomainTerm {
  /** The experienced (doświadczeni): the default term. (MA-TERMS) */
  EXPERIENCED("MA-TERMS"),
  /** Patient. (MA-TERMS) */
  PATIENT("MA-TERMS"),
  /** Client. (MA-TERMS) */
  CLIENT("MA-TERMS"),
  /** Consumer. (MA-TERMS) */
  CONSUMER("MA-TERMS"),
  /** User. (MA-TERMS) */
  USER("MA-TERMS"),
  /** Educator. (MA-TERMS) */
  EDUCATOR("MA-TERMS");

  private final FactId source;

  PersonTerm(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
