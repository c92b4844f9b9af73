package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.Sourced;

/** Every labelled constant of kcs-costs has a Polish and an English label and cites a fact. */
class LabelsTest {

  private static final List<Class<? extends Enum<?>>> LABELLED =
      List.of(CostCategory.class, CostUnit.class, Recurrence.class, EmployerContribution.class);

  @Test
  void should_give_every_constant_a_polish_and_an_english_label() {
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled labelled = (Labelled) constant;
        String polish = labelled.label(Locale.forLanguageTag("pl-PL"));
        String english = labelled.label(Locale.ENGLISH);
        assertThat(polish).as("%s in Polish", constant).isNotBlank();
        assertThat(english).as("%s in English", constant).isNotBlank();
        assertThat(labelled.label(Locale.forLanguageTag("tr-TR"))).isEqualTo(english);
      }
    }
  }

  @Test
  void should_cite_a_cost_fact_for_every_constant() {
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(((Sourced) constant).source().id()).as("%s", constant).startsWith("KCS-COST-");
      }
    }
  }

  @Test
  void should_have_the_same_keys_in_both_languages() {
    assertThat(CostsLabels.BUNDLE.keys(Language.POLISH))
        .containsExactlyInAnyOrderElementsOf(CostsLabels.BUNDLE.keys(Language.ENGLISH));
  }

  @Test
  void should_write_polish_labels_with_polish_letters() {
    assertThat(CostCategory.EMPLOYER_CONTRIBUTIONS.label(Locale.forLanguageTag("pl")))
        .isEqualTo("Składki pracodawcy (dodatek kcs)");
    assertThat(CostCategory.ANIMATOR_PAY.label(Locale.forLanguageTag("pl")))
        .isEqualTo("Praca animatorów");
    assertThat(EmployerContribution.GUARANTEED_BENEFITS_FUND.label(Locale.forLanguageTag("pl")))
        .isEqualTo("Fundusz Gwarantowanych Świadczeń Pracowniczych");
  }

  @Test
  void should_name_the_source_facts_of_the_categories() {
    assertThat(CostCategory.ANIMATOR_PAY.source().id()).isEqualTo("KCS-COST-ANIMATOR");
    assertThat(CostCategory.TRAINING.source().id()).isEqualTo("KCS-COST-TRAINING");
    assertThat(CostCategory.SUPERVISION_OF_ANIMATORS.source().id())
        .isEqualTo("KCS-COST-SUPERVISION");
    assertThat(CostCategory.SUPERVISION_OF_GROUP_LEADERS.source().id())
        .isEqualTo("KCS-COST-SUPERVISION");
    assertThat(CostCategory.EVENTS.source().id()).isEqualTo("KCS-COST-EVENT");
    assertThat(CostCategory.EMPLOYER_CONTRIBUTIONS.isInSource()).isFalse();
    // the five costs the source method prices: KCS-COST-ANIMATOR, -TRAINING, -SUPERVISION (twice),
    // -EVENT
    assertThat(java.util.Arrays.stream(CostCategory.values()).filter(CostCategory::isInSource))
        .containsExactly(
            CostCategory.ANIMATOR_PAY,
            CostCategory.TRAINING,
            CostCategory.SUPERVISION_OF_ANIMATORS,
            CostCategory.SUPERVISION_OF_GROUP_LEADERS,
            CostCategory.EVENTS);
  }

  @Test
  void should_count_periods_of_each_recurrence() {
    assertThat(Recurrence.MONTHLY.periodsIn(13)).isEqualTo(13);
    assertThat(Recurrence.YEARLY.periodsIn(12)).isEqualTo(1);
    assertThat(Recurrence.YEARLY.periodsIn(13)).isEqualTo(2);
    assertThat(Recurrence.YEARLY.periodsIn(Integer.MAX_VALUE)).isEqualTo(178_956_971);
    assertThat(Recurrence.ONCE.periodsIn(40)).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Recurrence.ONCE.periodsIn(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months must be at least 1, was 0");
  }
}
