package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * How the animator role sits in a person's post.
 */
public enum AnimatorDuty implements DomainTerm {
  /** A separate, clearly defined part of the post, done as a daily duty. (KCS-REM-FTE) */
  DEDICATED_PART_OF_POST("KCS-REM-FTE"),
  /** Done "by the way" (przy okazji) beside other duties, which the source method rules out. (KCS-S1B-ANIMATORS) */
  BY_THE_WAY("KCS-S1B-ANIMATORS");

  private final FactId source;

  AnimatorDuty(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
