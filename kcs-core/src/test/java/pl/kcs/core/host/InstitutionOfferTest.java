package pl.kcs.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;

/** What an institution can offer its groups (KCS-S3, KCS-M1 … KCS-M4). */
class InstitutionOfferTest {

  @Test
  @DisplayName("KCS-M1: free space counts in hours a week; no hours means no free space")
  void should_count_free_space_in_hours_a_week_KCS_M1() {
    assertThat(InstitutionOffer.builder().build().hasFreeSpace()).isFalse();
    assertThat(InstitutionOffer.of(6).hasFreeSpace()).isTrue();
    assertThat(InstitutionOffer.of(6).freeHoursPerWeek()).isEqualTo(6);
    assertThat(InstitutionOffer.of(InstitutionOffer.HOURS_IN_A_WEEK).hasFreeSpace()).isTrue();
  }

  @Test
  void should_reject_negative_hours_or_more_than_a_week_naming_the_field() {
    assertThatThrownBy(() -> InstitutionOffer.of(-1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("freeHoursPerWeek must not be negative, was -1");
    assertThatThrownBy(() -> InstitutionOffer.of(169))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("freeHoursPerWeek must be at most 168, was 169");
  }

  @Test
  @DisplayName("KCS-M3: art therapy by own or by external instructors")
  void should_offer_art_therapy_by_own_or_external_instructors_KCS_M3() {
    assertThat(InstitutionOffer.of(4).hasArtTherapy()).isFalse();
    assertThat(
            InstitutionOffer.of(4, InstitutionCapability.ART_THERAPY_OWN_INSTRUCTORS)
                .hasArtTherapy())
        .isTrue();
    assertThat(
            InstitutionOffer.of(4, InstitutionCapability.ART_THERAPY_EXTERNAL_INSTRUCTORS)
                .hasArtTherapy())
        .isTrue();
  }

  @Test
  void plus_adds_a_capability_and_keeps_the_rest() {
    InstitutionOffer offer = InstitutionOffer.of(4, InstitutionCapability.NIGHT_WATCHMAN);

    InstitutionOffer more = offer.plus(InstitutionCapability.PUBLIC_EVENTS);

    assertThat(more.capabilities())
        .containsExactly(InstitutionCapability.NIGHT_WATCHMAN, InstitutionCapability.PUBLIC_EVENTS);
    assertThat(more.freeHoursPerWeek()).isEqualTo(4);
    assertThat(more.plus(InstitutionCapability.PUBLIC_EVENTS)).isSameAs(more);
    assertThat(offer.has(InstitutionCapability.PUBLIC_EVENTS)).isFalse();
  }

  @Test
  @DisplayName("KCS-M1 … KCS-M4: every capability cites the model it serves and has both labels")
  void every_capability_cites_its_model_and_has_labels() {
    assertThat(InstitutionCapability.NIGHT_WATCHMAN.source()).isEqualTo(FactId.of("KCS-M1"));
    assertThat(InstitutionCapability.TRAINING.source()).isEqualTo(FactId.of("KCS-M2"));
    assertThat(InstitutionCapability.ANIMATION.source()).isEqualTo(FactId.of("KCS-M2"));
    assertThat(InstitutionCapability.OUTINGS_AND_GROUP_TICKETS.source())
        .isEqualTo(FactId.of("KCS-M3"));
    assertThat(InstitutionCapability.PUBLIC_EVENTS.source()).isEqualTo(FactId.of("KCS-M4"));
    for (InstitutionCapability capability : InstitutionCapability.values()) {
      assertThat(capability.label(Locale.forLanguageTag("pl"))).isNotBlank();
      assertThat(capability.label(Locale.ENGLISH)).isNotBlank();
    }
    assertThat(InstitutionCapability.NIGHT_WATCHMAN.label(Locale.forLanguageTag("pl")))
        .isEqualTo("funkcja „nocnego stróża” (kawa, herbata, drobna obsługa administracyjna)");
  }

  @Test
  void offers_are_values_and_reject_nulls() {
    new EqualsTester()
        .addEqualityGroup(
            InstitutionOffer.of(4, InstitutionCapability.TRAINING),
            InstitutionOffer.builder()
                .freeHoursPerWeek(4)
                .addCapabilities(InstitutionCapability.TRAINING)
                .build())
        .addEqualityGroup(InstitutionOffer.of(5, InstitutionCapability.TRAINING))
        .addEqualityGroup(InstitutionOffer.of(4))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicStaticMethods(InstitutionOffer.class);
    nulls.testAllPublicInstanceMethods(InstitutionOffer.of(4, InstitutionCapability.TRAINING));
    nulls.testAllPublicInstanceMethods(InstitutionOffer.builder());
  }
}
