package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Status;

/**
 * KCS-S3: an implementation that declares its offer ({@link KcsImplementation#offer()}) is
 * assessed with it — the models each group fits are known without passing the offer again — and
 * an offer passed to {@code assess} takes the place of the declared one.
 */
class StageDeclaredOfferTest {

  private static final KcsImplementation LIBRARY = LibraryFixture.complete(Stage.OPERATION);
  private static final InstitutionOffer OFFER =
      InstitutionOffer.of(
          6, InstitutionCapability.NIGHT_WATCHMAN, InstitutionCapability.CULTURAL_PROGRAMME);

  private static Outcome groupModels(pl.kcs.rules.stage.StageReport report) {
    return report.evaluation().outcome("kcs.s3.group-models").orElseThrow();
  }

  @Test
  void an_implementation_that_declares_its_offer_is_assessed_with_it_KCS_S3() {
    StageProgression stages = StageProgression.withDefaultRules();

    Outcome declared = groupModels(stages.assess(LIBRARY.withOffer(OFFER)));

    Outcome passed = groupModels(stages.assess(LIBRARY, OFFER));
    assertThat(declared.status()).isNotEqualTo(Status.UNKNOWN).isEqualTo(passed.status());
    assertThat(declared.message(Locale.ENGLISH)).isEqualTo(passed.message(Locale.ENGLISH));
  }

  @Test
  void an_empty_declared_offer_is_an_offer_of_nothing_not_an_unknown_one_KCS_S3() {
    Outcome outcome =
        groupModels(
            StageProgression.withDefaultRules()
                .assess(LIBRARY.withOffer(InstitutionOffer.builder().build())));

    assertThat(outcome.status()).isNotEqualTo(Status.UNKNOWN);
  }

  @Test
  void an_offer_passed_to_assess_takes_the_place_of_the_declared_one_KCS_S3() {
    StageProgression stages = StageProgression.withDefaultRules();
    InstitutionOffer other = InstitutionOffer.of(2, InstitutionCapability.TRAINING);

    Outcome overridden = groupModels(stages.assess(LIBRARY.withOffer(OFFER), other));
    Outcome passed = groupModels(stages.assess(LIBRARY, other));
    assertThat(overridden.message(Locale.ENGLISH))
        .isEqualTo(passed.message(Locale.ENGLISH))
        .isNotEqualTo(groupModels(stages.assess(LIBRARY, OFFER)).message(Locale.ENGLISH));
  }
}
