package pl.kcs.core.stage;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The four models a KCS works by in stage 3 (KCS-S3). They overlap: a real KCS rarely works by
 * one only.
 */
public enum OperatingModel implements DomainTerm {
  /** Open doors: the institution lends space with a "night watchman" function. (KCS-M1) */
  M1_OPEN_DOORS("KCS-M1"),
  /** Culture of support: help in starting and developing groups. (KCS-M2) */
  M2_CULTURE_OF_SUPPORT("KCS-M2"),
  /** Support of culture, the key variant: groups take part in culture. (KCS-M3) */
  M3_SUPPORT_OF_CULTURE("KCS-M3"),
  /** Co-creating the cultural programme, for formed, well-functioning groups. (KCS-M4) */
  M4_CO_CREATING_PROGRAMME("KCS-M4");

  private final FactId source;

  OperatingModel(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The forms of support this model offers, in the source's order. */
  public com.google.common.collect.ImmutableList<SupportForm> formsOfSupport() {
    return SupportForm.of(this);
  }
}
