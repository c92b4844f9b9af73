package pl.kcs.core.club;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The two parts of the day a club's information point must be open in (KS-HOURS: "częściowo w
 * godzinach przedpołudniowych, a częściowo popołudniowych"). Where the morning ends is {@link
 * WeeklySchedule#MIDDAY}.
 */
public enum DayPart implements DomainTerm {
  /** Before {@link WeeklySchedule#MIDDAY}, e.g. 8–10. (KS-HOURS) */
  MORNING("KS-HOURS"),
  /** From {@link WeeklySchedule#MIDDAY} on, e.g. 16–18. (KS-HOURS) */
  AFTERNOON("KS-HOURS");

  private final FactId source;

  DayPart(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
