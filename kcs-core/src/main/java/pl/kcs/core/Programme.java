package pl.kcs.core;

/**
 * The two self-help programmes kcs models: the KCS method of a culture institution and the
 * self-help club (KS) of a social-assistance centre.
 */
public enum Programme implements DomainTerm {
  /** A cultural self-help centre hosted by a culture institution. (KCS-HOST) */
  KCS("KCS-HOST"),
  /** A self-help club run inside a municipal social-assistance centre. (KS-FORMAL) */
  KS("KS-FORMAL");

  private final FactId source;

  Programme(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
