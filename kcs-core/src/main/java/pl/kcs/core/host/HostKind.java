package pl.kcs.core.host;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The kind of institution that hosts a programme (KCS-HOST for the KCS method; KS-FORMAL for the
 * self-help club, which is a unit of a social-assistance centre).
 */
public enum HostKind implements DomainTerm {
  /** A culture house (dom kultury). (KCS-HOST) */
  CULTURE_HOUSE("KCS-HOST", true),
  /** A library. (KCS-HOST) */
  LIBRARY("KCS-HOST", true),
  /** A local activity place or neighbourhood centre. (KCS-HOST) */
  LOCAL_ACTIVITY_CENTRE("KCS-HOST", true),
  /** An already existing self-help group. (KCS-HOST) */
  EXISTING_SELF_HELP_GROUP("KCS-HOST", true),
  /** A municipal social-assistance centre (ośrodek pomocy społecznej, OPS), which hosts a self-help club. (KS-FORMAL) */
  SOCIAL_ASSISTANCE_CENTRE("KS-FORMAL", false);

  private final FactId source;
  private final boolean kcsHost;

  HostKind(String source, boolean kcsHost) {
    this.source = FactId.of(source);
    this.kcsHost = kcsHost;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** Whether the source method names this kind as a possible host of a KCS (KCS-HOST). */
  public boolean kcsHost() {
    return kcsHost;
  }
}
