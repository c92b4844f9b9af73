package pl.kcs.cli;

import java.util.Optional;
import pl.kcs.core.Language;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.examples.ThreeGroups;

/**
 * Where {@code kcs recommend} took the institution's offer from (KCS-S3: which model depends on the
 * institution's resources). The command never lends one institution's offer to another: the
 * embedded example's offer goes with the embedded example only.
 */
enum OfferSource {
  /** {@code --free-hours} and {@code --capability}. */
  OPTIONS,
  /** The offer the implementation document declares. */
  DECLARED,
  /** The document declares none: judged on what it declares, as offering nothing more. */
  NOT_DECLARED,
  /** The embedded example and its own offer (no FILE). */
  EXAMPLE;

  /** Where the offer of {@code implementation}, read from a file without offer options, comes from. */
  static OfferSource declared(KcsImplementation implementation) {
    return implementation.offer().isPresent() ? DECLARED : NOT_DECLARED;
  }

  /** The offer of {@code implementation} from this source; not for {@link #OPTIONS}. */
  InstitutionOffer offer(KcsImplementation implementation) {
    switch (this) {
      case EXAMPLE:
        return ThreeGroups.offer();
      case DECLARED:
        return implementation.offer().orElseThrow();
      case NOT_DECLARED:
        return InstitutionOffer.builder().build();
      default:
        throw new IllegalStateException("the offer of " + this + " is not the document's");
    }
  }

  /** What the reader must know before the models: that the file declared no offer. */
  Optional<String> notice(Language language) {
    if (this != NOT_DECLARED) {
      return Optional.empty();
    }
    return Optional.of(
        language == Language.POLISH
            ? "Uwaga: plik nie deklaruje oferty instytucji (KCS-S3: model zależy od zasobów instytucji). Modele oceniono"
                + " tylko na podstawie tego, co plik deklaruje — grup i sal — tak jakby instytucja nie oferowała grupom"
                + " nic więcej. Dopiszcie ofertę do dokumentu albo podajcie --free-hours i --capability."
            : "Note: the file declares no offer of the institution (KCS-S3: the model depends on the institution's"
                + " resources). The models are judged only on what the file declares — its groups and rooms — as if the"
                + " institution offered its groups nothing more. Add the offer to the document, or give --free-hours and"
                + " --capability.");
  }
}
