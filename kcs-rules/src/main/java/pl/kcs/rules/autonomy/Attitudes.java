package pl.kcs.rules.autonomy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.ProfessionalAttitude;
import pl.kcs.core.group.ProfessionalInvolvement;

/**
 * Which threatening attitude of MA-ATTITUDES a professional's practice shows. The pairing is the
 * library's reading of the source: leading the group's meetings, or doubting that its bonds can
 * last without professionals, is the "ambivalent observer"; setting its agenda, or cataloguing it
 * and subordinating it to institutional help, the "forceful integrator"; ruling by academic title
 * and second-hand knowledge, the "titled quack". Cooperating when asked shows none. A professional
 * who belongs to the group through own experience shows none either (MA-AUTONOMY).
 */
public final class Attitudes {

  private Attitudes() {}

  /** The attitude {@code practice} shows in a professional without own experience, if any. */
  public static Optional<ProfessionalAttitude> shownBy(InvolvementPractice practice) {
    switch (requireNonNull(practice, "practice")) {
      case LEADS_MEETINGS:
      case DOUBTS_GROUP_CAN_LAST:
        return Optional.of(ProfessionalAttitude.AMBIVALENT_OBSERVER);
      case SETS_AGENDA:
      case CATALOGUES_INTO_INSTITUTIONAL_HELP:
        return Optional.of(ProfessionalAttitude.FORCEFUL_INTEGRATOR);
      case RULES_BY_TITLE:
        return Optional.of(ProfessionalAttitude.TITLED_QUACK);
      default:
        return Optional.empty();
    }
  }

  /** Whether {@code involvement} shows {@code attitude}. */
  public static boolean shows(ProfessionalInvolvement involvement, ProfessionalAttitude attitude) {
    requireNonNull(involvement, "involvement");
    requireNonNull(attitude, "attitude");
    if (involvement.ownExperience()) {
      return false;
    }
    for (InvolvementPractice practice : involvement.practices()) {
      if (shownBy(practice).filter(attitude::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
