package pl.kcs.core.club;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The values a self-help club is built on (KS-VALUES).
 */
public enum ClubValue implements DomainTerm {
  /** Everyone has the right to take part in the community's social and economic life. (KS-VALUES) */
  PARTICIPATION("KS-VALUES"),
  /** Every member of the club is equally important. (KS-VALUES) */
  PARTNERSHIP("KS-VALUES"),
  /** Social problems are solved only with many actors. (KS-VALUES) */
  COOPERATION("KS-VALUES"),
  /** Building on the members' experience of overcoming their problems. (KS-VALUES) */
  MEMBERS_EXPERIENCE("KS-VALUES");

  private final FactId source;

  ClubValue(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
