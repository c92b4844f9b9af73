package pl.kcs.rules.club;

import java.util.Locale;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The parts of the KS model a club is checked against, one per fact of the self-help club (docs/facts.md), in
 * the source's order: what each built-in club rule {@linkplain pl.kcs.rules.Rule#appliesTo()
 * applies to}, and the lines of a {@link ClubReport}'s checklist.
 */
public enum ClubAspect implements DomainTerm {
  /** Formal set-up: an order of the centre's head, a separate unit, a strategy. (KS-FORMAL) */
  FORMAL_SET_UP("KS-FORMAL"),
  /** Legal basis. (KS-LAW) */
  LEGAL_BASIS("KS-LAW"),
  /** Goals. (KS-GOALS) */
  GOALS("KS-GOALS"),
  /** Values. (KS-VALUES) */
  VALUES("KS-VALUES"),
  /** Whom the club is for. (KS-WHO) */
  BENEFICIARIES("KS-WHO"),
  /** Forms of activity. (KS-FORMS) */
  ACTIVITY_FORMS("KS-FORMS"),
  /** People: the team, the coordinator, animators, experts. (KS-PEOPLE) */
  PEOPLE("KS-PEOPLE"),
  /** Rooms and meeting points in the field. (KS-ROOM) */
  ROOMS("KS-ROOM"),
  /** Opening hours of the information point. (KS-HOURS) */
  OPENING_HOURS("KS-HOURS"),
  /** Equipment. (KS-EQUIPMENT) */
  EQUIPMENT("KS-EQUIPMENT"),
  /** Key partners. (KS-PARTNERS) */
  PARTNERS("KS-PARTNERS");

  private final FactId source;

  ClubAspect(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }

  @Override
  public String label(Locale locale) {
    return ClubRules.WORDS.text(locale, "ClubAspect." + name());
  }
}
