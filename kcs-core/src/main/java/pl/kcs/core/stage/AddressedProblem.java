package pl.kcs.core.stage;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/** The three problems a KCS answers (KCS-PROB), e.g. for an application's problem statement. */
public enum AddressedProblem implements DomainTerm {
  /** Loneliness, lack of support and of a community where people can speak openly and grow. (KCS-PROB) */
  LONELINESS,
  /** Lack of resources, above all premises, and of the skills to run self-help meetings. (KCS-PROB) */
  LACK_OF_RESOURCES_AND_SKILLS,
  /** Lack of effective offers in culture institutions for vulnerable people with special needs. (KCS-PROB) */
  LACK_OF_CULTURAL_OFFERS;

  private static final FactId SOURCE = FactId.of("KCS-PROB");

  @Override
  public FactId source() {
    return SOURCE;
  }
}
