package pl.kcs.core.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;

class ProblemsAndSuccessFactorsTest {

  @Test
  void a_kcs_answers_three_problems_KCS_PROB() {
    assertThat(AddressedProblem.values())
        .hasSize(3)
        .extracting(AddressedProblem::source)
        .containsOnly(FactId.of("KCS-PROB"));
    assertThat(AddressedProblem.LONELINESS.label(Locale.forLanguageTag("pl")))
        .isEqualTo("poczucie samotności, brak wsparcia i wspólnoty");
  }

  @Test
  void the_pilot_names_three_success_factors_KCS_SUC() {
    assertThat(SuccessFactor.values())
        .hasSize(3)
        .extracting(SuccessFactor::source)
        .containsOnly(FactId.of("KCS-SUC"));
    assertThat(SuccessFactor.ANIMATOR_COMPETENCE_AND_ENGAGEMENT.label(Locale.ENGLISH))
        .isEqualTo("the animators' competences and engagement");
    assertThat(SuccessFactor.ANIMATOR_COMPETENCE_AND_ENGAGEMENT.label(Locale.forLanguageTag("pl")))
        .isEqualTo("kompetencje i zaangażowanie animatorów");
  }
}
