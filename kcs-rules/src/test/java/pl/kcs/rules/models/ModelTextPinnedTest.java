package pl.kcs.rules.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The rendered text of model selection (KCS-S3, KCS-M1 … KCS-M4) — every recommendation, fit,
 * score, resource demand and plan of the fixtures, in Polish and English — pinned byte for byte
 * in {@code models-text.txt}: the report machinery may change, the text a reader gets may not.
 * Rewrite the file with {@code -Dkcs.writeGoldens=true} only when a text is meant to change.
 */
class ModelTextPinnedTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/pl/kcs/rules/models/models-text.txt");
  private static final ModelSelection SELECTION = ModelSelection.withDefaultRules();

  @Test
  @DisplayName("KCS-S3: every model recommendation and plan renders the text pinned before")
  void the_model_texts_stand_as_pinned() throws IOException {
    String actual = texts();
    if (Boolean.getBoolean("kcs.writeGoldens")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  private static String texts() {
    Map<String, InstitutionOffer> offers = new LinkedHashMap<>();
    offers.put("everything", ModelsFixture.everything());
    offers.put("space only", ModelsFixture.spaceOnly());
    offers.put("nothing", ModelsFixture.nothing());
    offers.put("training", InstitutionOffer.of(2, InstitutionCapability.TRAINING));
    List<SelfHelpGroup> groups =
        List.of(
            ModelsFixture.forming(),
            ModelsFixture.early(),
            ModelsFixture.developing(),
            ModelsFixture.coCreating(),
            ModelsFixture.wanting(CulturalNeed.OUTINGS),
            ModelsFixture.wanting(CulturalNeed.INSTITUTION_PROGRAMME));
    KcsImplementation implementation = Fixtures.aLibraryReadyForStageThree();
    KcsImplementation oneGroup =
        implementation.withGroupLinks().withGroups(Fixtures.aSingleParentsGroup());
    StringBuilder text = new StringBuilder();
    for (Language language : Language.values()) {
      Locale locale = language.locale();
      for (Map.Entry<String, InstitutionOffer> offer : offers.entrySet()) {
        for (SelfHelpGroup group : groups) {
          ModelRecommendation recommendation = SELECTION.recommend(group, offer.getValue());
          text.append("=== recommendation ")
              .append(group.id())
              .append(", ")
              .append(offer.getKey())
              .append(", ")
              .append(language)
              .append('\n')
              .append(recommendation.render(locale));
          assertThat(recommendation.render(language)).isEqualTo(recommendation.render(locale));
          for (ModelFit fit : recommendation.fits()) {
            text.append("--- fit ").append(fit.render(locale)).append('\n');
            assertThat(fit.render(language)).isEqualTo(fit.render(locale));
            assertThat(fit.score().render(language)).isEqualTo(fit.score().render(locale));
          }
        }
        for (KcsImplementation planned : List.of(implementation, oneGroup)) {
          KcsModelPlan plan = SELECTION.plan(planned, offer.getValue());
          text.append("=== plan ")
              .append(planned.groups().size())
              .append(" groups, ")
              .append(offer.getKey())
              .append(", ")
              .append(language)
              .append('\n')
              .append(plan.render(locale));
          assertThat(plan.render(language)).isEqualTo(plan.render(locale));
          for (ResourceDemand demand : plan.demands()) {
            assertThat(demand.render(language)).isEqualTo(demand.render(locale));
          }
        }
      }
    }
    return text.toString();
  }
}
