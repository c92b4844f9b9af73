package pl.kcs.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.fixtures.Fixtures;

/** Professionals' involvement with a group and reciprocity counts (MA-AUTONOMY, MA-ATTITUDES, MA-ASSUMPTIONS). */
class ProfessionalInvolvementTest {

  @Test
  @DisplayName(
      "MA-AUTONOMY: an involvement records the role, own experience and what the professional does")
  void should_record_role_own_experience_and_practices_MA_AUTONOMY() {
    ProfessionalInvolvement involvement =
        ProfessionalInvolvement.of(
            ProfessionalRole.PSYCHIATRIC_CARE,
            InvolvementPractice.LEADS_MEETINGS,
            InvolvementPractice.SETS_AGENDA);

    assertThat(involvement.ownExperience()).isFalse();
    assertThat(involvement.does(InvolvementPractice.LEADS_MEETINGS)).isTrue();
    assertThat(involvement.does(InvolvementPractice.RULES_BY_TITLE)).isFalse();
    assertThat(involvement.withOwnExperience(true).ownExperience()).isTrue();
    assertThat(involvement.toString()).doesNotContain("name");
  }

  @Test
  void should_reject_an_involvement_without_practices() {
    assertThatThrownBy(
            () -> ProfessionalInvolvement.builder().role(ProfessionalRole.THERAPIST).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("practices must not be empty, was []");
  }

  @Test
  @DisplayName(
      "MA-BARRIER: psychiatric care and social assistance are the institutions of the main barrier")
  void should_name_the_dependence_institutions_MA_BARRIER() {
    assertThat(ProfessionalRole.PSYCHIATRIC_CARE.isOfDependenceInstitutions()).isTrue();
    assertThat(ProfessionalRole.SOCIAL_ASSISTANCE.isOfDependenceInstitutions()).isTrue();
    assertThat(ProfessionalRole.THERAPIST.isOfDependenceInstitutions()).isFalse();
    assertThat(ProfessionalRole.PSYCHIATRIC_CARE.source()).isEqualTo(FactId.of("MA-BARRIER"));
    assertThat(InvolvementPractice.RULES_BY_TITLE.source()).isEqualTo(FactId.of("MA-ATTITUDES"));
    assertThat(InvolvementPractice.COOPERATES_WHEN_ASKED.source())
        .isEqualTo(FactId.of("MA-AUTONOMY"));
  }

  @Test
  @DisplayName("MA-ASSUMPTIONS: reciprocity counts are consistent")
  void should_check_reciprocity_counts_MA_ASSUMPTIONS() {
    Reciprocity counts = Reciprocity.of(4, 5, 3);
    assertThat(counts.gaveAndReceived()).isEqualTo(3);

    assertThatThrownBy(() -> Reciprocity.of(2, 5, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("gaveAndReceived must be at most gaveHelp (2) and receivedHelp (5), was 3");
    assertThatThrownBy(() -> Reciprocity.of(-1, 0, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("gaveHelp must not be negative, was -1");
  }

  @Test
  @DisplayName("MA-ASSUMPTIONS: a group counts no more helpers than participants")
  void should_reject_reciprocity_counts_above_the_participant_count() {
    SelfHelpGroup group = Fixtures.aRefugeeWomenGroup();

    assertThat(group.professionals()).isEmpty();
    assertThat(group.reciprocity()).isEmpty();
    assertThat(group.withReciprocity(Reciprocity.of(6, 6, 6)).reciprocity()).isPresent();
    assertThatThrownBy(() -> group.withReciprocity(Reciprocity.of(7, 2, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "reciprocity counts must be at most participantCount (6), was 7 gave and 2 received");
  }

  @Test
  void involvements_and_counts_are_values_and_reject_nulls() {
    new EqualsTester()
        .addEqualityGroup(
            ProfessionalInvolvement.of(
                ProfessionalRole.THERAPIST, InvolvementPractice.COOPERATES_WHEN_ASKED),
            ProfessionalInvolvement.builder()
                .role(ProfessionalRole.THERAPIST)
                .ownExperience(false)
                .addPractices(InvolvementPractice.COOPERATES_WHEN_ASKED)
                .build())
        .addEqualityGroup(
            ProfessionalInvolvement.of(
                    ProfessionalRole.THERAPIST, InvolvementPractice.COOPERATES_WHEN_ASKED)
                .withOwnExperience(true))
        .addEqualityGroup(Reciprocity.of(1, 1, 1))
        .addEqualityGroup(Reciprocity.of(1, 2, 1))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicStaticMethods(ProfessionalInvolvement.class);
    nulls.testAllPublicInstanceMethods(
        ProfessionalInvolvement.of(
            ProfessionalRole.RESEARCHER, InvolvementPractice.RULES_BY_TITLE));
    nulls.testAllPublicInstanceMethods(ProfessionalInvolvement.builder());
    nulls.testAllPublicStaticMethods(Reciprocity.class);
    nulls.testAllPublicInstanceMethods(Reciprocity.builder());
  }
}
