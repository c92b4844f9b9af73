package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The three assumptions of mutual aid among the experienced (MA-ASSUMPTIONS).
 */
public enum MutualAidAssumption implements DomainTerm {
  /** The experienced help more effectively than professionals without first-hand experience. (MA-ASSUMPTIONS) */
  PARALLEL_RELATION("MA-ASSUMPTIONS"),
  /** The helper benefits too. (MA-ASSUMPTIONS) */
  RECIPROCITY("MA-ASSUMPTIONS"),
  /** Openness, trust and respect. (MA-ASSUMPTIONS) */
  AUTHENTICITY("MA-ASSUMPTIONS");

  private final FactId source;

  MutualAidAssumption(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
