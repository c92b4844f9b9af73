package pl.kcs.core.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.Programme;
import pl.kcs.core.Requirement;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.legal.LegalContext;

class SelfHelpClubTest {

  @Test
  @DisplayName(
      "KS-FORMAL: a club is run by a social-assistance centre, set up by an order as a separate unit")
  void formal_set_up() {
    SelfHelpClub club = Fixtures.aMunicipalClub();

    assertThat(club.formalSetUp().establishedByOrderOn()).contains(LocalDate.of(2022, 2, 1));
    assertThat(club.formalSetUp().separateUnit()).isTrue();
    assertThatThrownBy(() -> club.withHost(Fixtures.aLibrary()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "host kind must be SOCIAL_ASSISTANCE_CENTRE for a self-help club (KS-FORMAL), was LIBRARY");
    assertThatThrownBy(() -> ClubFormalSetUp.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build ClubFormalSetUp, some of required attributes are not set [separateUnit]");
    assertThat(ClubFormalSetUp.builder().separateUnit(false).build().establishedByOrderOn())
        .isEmpty();
  }

  @Test
  @DisplayName("KS-LAW: a club without a recorded legal context has an empty one")
  void legal_context_defaults_to_empty() {
    SelfHelpClub club =
        SelfHelpClub.builder()
            .host(Fixtures.aSocialAssistanceCentre())
            .formalSetUp(Fixtures.aClubSetUpByOrder())
            .teamKnowsIdea(false)
            .build();

    assertThat(club.legalContext()).isEqualTo(LegalContext.empty());
    assertThat(club.coordinator()).isEmpty();
    assertThat(club.animators()).isEmpty();
    assertThat(Fixtures.aMunicipalClub().legalContext().knownActs()).hasSize(3);
  }

  @Test
  void should_require_host_set_up_and_whether_the_team_knows_the_idea() {
    assertThatThrownBy(() -> SelfHelpClub.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build SelfHelpClub, some of required attributes are not set [host, formalSetUp, teamKnowsIdea]");
    assertThatThrownBy(() -> SelfHelpClub.builder().teamKnowsIdea(true).teamKnowsIdea(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of SelfHelpClub is strict, attribute is already set: teamKnowsIdea");
  }

  @Test
  void should_hold_each_animator_and_group_once() {
    SelfHelpClub club = Fixtures.aMunicipalClub();

    assertThatThrownBy(() -> club.withAnimators(Fixtures.aClubAnimator(), Fixtures.aClubAnimator()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("animators must have distinct ids, was club-animator-1 twice");
    assertThatThrownBy(
            () -> club.withGroups(Fixtures.aSingleParentsGroup(), Fixtures.aSingleParentsGroup()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "group single-parents names animator animator-2, who is not among the club's animators");
    SelfHelpGroup unassigned = Fixtures.aSingleParentsGroup().withAnimators(java.util.List.of());
    assertThatThrownBy(() -> club.withGroups(unassigned, unassigned))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("groups must have distinct ids, was single-parents twice");
  }

  @Test
  @DisplayName(
      "KS-GOALS, KS-VALUES, KS-FORMS: seven goals, four values and eight forms of activity")
  void goals_values_and_forms() {
    assertThat(ClubGoal.values())
        .hasSize(7)
        .extracting(ClubGoal::source)
        .containsOnly(FactId.of("KS-GOALS"));
    assertThat(ClubValue.values())
        .containsExactly(
            ClubValue.PARTICIPATION,
            ClubValue.PARTNERSHIP,
            ClubValue.COOPERATION,
            ClubValue.MEMBERS_EXPERIENCE)
        .extracting(ClubValue::source)
        .containsOnly(FactId.of("KS-VALUES"));
    assertThat(ClubActivityForm.values())
        .hasSize(8)
        .extracting(ClubActivityForm::source)
        .containsOnly(FactId.of("KS-FORMS"));
    assertThat(Fixtures.aMunicipalClub().goals()).containsExactly(ClubGoal.values());
  }

  @Test
  @DisplayName(
      "KS-PEOPLE, KS-WHO, KS-PARTNERS, KS-ROOM, KS-EQUIPMENT: the municipal club fixture has what the source describes")
  void the_municipal_club() {
    SelfHelpClub club = Fixtures.aMunicipalClub();

    assertThat(club.teamKnowsIdea()).isTrue();
    assertThat(club.coordinator()).isPresent();
    assertThat(club.animators())
        .singleElement()
        .satisfies(animator -> assertThat(animator.clubTasks()).hasSize(3));
    assertThat(club.experts()).hasSize(4);
    assertThat(club.beneficiaries()).hasSize(5);
    assertThat(club.partners()).hasSize(2);
    assertThat(club.host().rooms()).anyMatch(room -> room.has(RoomFeature.ACCESSIBLE));
    assertThat(club.host().missingEquipment(Programme.KS, Requirement.REQUIRED)).isEmpty();
    assertThat(club.groups())
        .singleElement()
        .satisfies(group -> assertThat(group.animators()).containsExactly(Fixtures.CLUB_ANIMATOR));
  }
}
