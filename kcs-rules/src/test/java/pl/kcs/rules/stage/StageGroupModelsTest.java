package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Status;
import pl.kcs.rules.models.ModelSelection;

/**
 * KCS-S3: stage 3 is "działanie według jednego lub kilku modeli". Given the institution's offer,
 * the stage report names for each group the models it fits — the same ones model selection
 * recommends for it — and a group that fits none is shown with a dash.
 */
class StageGroupModelsTest {

  private static final KcsImplementation LIBRARY = LibraryFixture.complete(Stage.OPERATION);

  private static String expected(SelfHelpGroup group, InstitutionOffer offer) {
    List<OperatingModel> models =
        ModelSelection.withDefaultRules().recommend(group, offer).recommendedModels().asList();
    if (models.isEmpty()) {
      return group.name() + ": —";
    }
    List<String> labels = new ArrayList<>();
    for (OperatingModel model : models) {
      labels.add(model.label(Locale.ENGLISH));
    }
    return group.name() + ": " + String.join(", ", labels);
  }

  private static void assertNamesTheModels(InstitutionOffer offer) {
    SelfHelpGroup group = LIBRARY.groups().get(0);
    Outcome outcome =
        StageProgression.withDefaultRules()
            .assess(LIBRARY, offer)
            .evaluation()
            .outcome("kcs.s3.group-models")
            .orElseThrow();
    boolean fits =
        !ModelSelection.withDefaultRules().recommend(group, offer).recommendedModels().isEmpty();

    assertThat(outcome.status()).isEqualTo(fits ? Status.PASSED : Status.FAILED);
    assertThat(outcome.message(Locale.ENGLISH)).contains(expected(group, offer));
  }

  @Test
  void with_a_generous_offer_the_report_names_the_models_each_group_fits_KCS_S3() {
    assertNamesTheModels(
        InstitutionOffer.of(
            6,
            InstitutionCapability.NIGHT_WATCHMAN,
            InstitutionCapability.ANIMATION,
            InstitutionCapability.CULTURAL_PROGRAMME,
            InstitutionCapability.OUTINGS_AND_GROUP_TICKETS));
  }

  @Test
  void with_a_thin_offer_the_report_names_what_each_group_fits_or_a_dash_KCS_S3() {
    assertNamesTheModels(InstitutionOffer.of(2, InstitutionCapability.TRAINING));
  }

  @Test
  void without_the_offer_the_models_are_unknown_not_failed_KCS_S3() {
    Outcome outcome =
        StageProgression.withDefaultRules()
            .assess(LIBRARY)
            .evaluation()
            .outcome("kcs.s3.group-models")
            .orElseThrow();
    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
  }
}
