package pl.kcs.rules.autonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.PersonTerm;
import pl.kcs.core.group.ProfessionalAttitude;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.ProfessionalRole;
import pl.kcs.core.group.Reciprocity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Status;

/** The group's relation with professionals, terminology and contacts between groups (source 004). */
class AutonomyAssessmentTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final AutonomyAssessment ASSESSMENT = AutonomyAssessment.withDefaults();

  private static SelfHelpGroup peers() {
    return AutonomyFixture.peerGroup("peers", "Samodzielni rodzice", TargetSubgroup.SINGLE_PARENTS)
        .build();
  }

  private static Outcome outcome(SelfHelpGroup group, String id) {
    return ASSESSMENT.assess(group).evaluation().outcome(id).orElseThrow();
  }

  @Test
  @DisplayName(
      "MA-AUTONOMY: professionals who belong through their own experience are fine, whatever they do")
  void professionals_with_own_experience_are_part_of_the_group_MA_AUTONOMY() {
    SelfHelpGroup group =
        peers()
            .withReciprocity(Reciprocity.of(3, 3, 3))
            .withMeetingsLedBy(MeetingLead.PROFESSIONAL_WITH_OWN_EXPERIENCE)
            .withProfessionals(
                ProfessionalInvolvement.builder()
                    .role(ProfessionalRole.PSYCHIATRIC_CARE)
                    .ownExperience(true)
                    .addPractices(
                        InvolvementPractice.LEADS_MEETINGS, InvolvementPractice.SETS_AGENDA)
                    .build());

    AutonomyReport report = ASSESSMENT.assess(group);

    assertThat(report.threateningAttitudes()).isEmpty();
    assertThat(report.problems()).isEmpty();
    assertThat(
            report
                .evaluation()
                .outcome("ma.autonomy.meetings")
                .orElseThrow()
                .message(Locale.ENGLISH))
        .isEqualTo(
            "The meetings are led by a professional who belongs through own experience: the group is independent of professionals.");
  }

  @Test
  @DisplayName(
      "MA-AUTONOMY, KCS-M2: the animator leading a group that does not run itself is a culture of support, not judged")
  void the_animator_leading_is_judged_only_once_the_group_runs_itself_MA_AUTONOMY() {
    SelfHelpGroup developing =
        peers()
            .withMaturity(GroupMaturity.DEVELOPING)
            .withMeetsWithoutAnimatorSince(java.util.Optional.empty())
            .withMeetingsLedBy(MeetingLead.ANIMATOR);

    assertThat(outcome(developing, "ma.autonomy.meetings").status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(
            outcome(peers().withMeetingsLedBy(MeetingLead.ANIMATOR), "ma.autonomy.meetings")
                .status())
        .isEqualTo(Status.FAILED);
  }

  @Test
  @DisplayName(
      "MA-ATTITUDES: leading, setting the agenda, cataloguing and ruling by title show the matching attitude")
  void each_practice_shows_its_attitude_MA_ATTITUDES() {
    assertThat(Attitudes.shownBy(InvolvementPractice.LEADS_MEETINGS))
        .contains(ProfessionalAttitude.AMBIVALENT_OBSERVER);
    assertThat(Attitudes.shownBy(InvolvementPractice.DOUBTS_GROUP_CAN_LAST))
        .contains(ProfessionalAttitude.AMBIVALENT_OBSERVER);
    assertThat(Attitudes.shownBy(InvolvementPractice.SETS_AGENDA))
        .contains(ProfessionalAttitude.FORCEFUL_INTEGRATOR);
    assertThat(Attitudes.shownBy(InvolvementPractice.CATALOGUES_INTO_INSTITUTIONAL_HELP))
        .contains(ProfessionalAttitude.FORCEFUL_INTEGRATOR);
    assertThat(Attitudes.shownBy(InvolvementPractice.RULES_BY_TITLE))
        .contains(ProfessionalAttitude.TITLED_QUACK);
    assertThat(Attitudes.shownBy(InvolvementPractice.COOPERATES_WHEN_ASKED)).isEmpty();

    SelfHelpGroup group =
        peers()
            .withProfessionals(
                ProfessionalInvolvement.of(
                    ProfessionalRole.RESEARCHER, InvolvementPractice.RULES_BY_TITLE),
                ProfessionalInvolvement.of(
                    ProfessionalRole.THERAPIST, InvolvementPractice.LEADS_MEETINGS));
    assertThat(ASSESSMENT.assess(group).threateningAttitudes())
        .containsExactly(
            ProfessionalAttitude.AMBIVALENT_OBSERVER, ProfessionalAttitude.TITLED_QUACK);
    assertThat(outcome(peers(), "ma.attitudes.titled-quack").status())
        .as("no professional recorded")
        .isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  @DisplayName(
      "MA-ASSUMPTIONS: reciprocity not counted is unknown; nobody helped is not applicable")
  void reciprocity_without_counts_is_unknown_MA_ASSUMPTIONS() {
    Outcome unknown = outcome(peers(), "ma.assumptions.reciprocity");
    assertThat(unknown.status()).isEqualTo(Status.UNKNOWN);
    assertThat(unknown.message(PL))
        .isEqualTo("Nie odnotowano, kto w grupie udzielał, a kto otrzymywał pomoc.");
    assertThat(unknown.message(Locale.ENGLISH))
        .isEqualTo("It is not recorded who in the group gave and who received help.");
    assertThat(
            outcome(peers().withReciprocity(Reciprocity.of(0, 0, 0)), "ma.assumptions.reciprocity")
                .status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(
            outcome(peers().withReciprocity(Reciprocity.of(2, 4, 2)), "ma.assumptions.reciprocity")
                .status())
        .as("exactly half is enough")
        .isEqualTo(Status.PASSED);
  }

  @Test
  @DisplayName("MA-TERMS: people are \"the experienced\" by default; other terms deliberately")
  void terminology_defaults_to_the_experienced_MA_TERMS() {
    assertThat(Terminology.standard().term()).isEqualTo(PersonTerm.EXPERIENCED);
    assertThat(Terminology.standard().label(PL)).isEqualTo("osoby z doświadczeniem");
    assertThat(Terminology.standard().label(Locale.ENGLISH)).isEqualTo("the experienced");
    assertThat(Terminology.deliberately(PersonTerm.EXPERIENCED)).isSameAs(Terminology.standard());
    assertThat(ASSESSMENT.terminology()).isEqualTo(Terminology.standard());

    AutonomyAssessment clients =
        ASSESSMENT.withTerminology(Terminology.deliberately(PersonTerm.CLIENT));
    Outcome deliberate = clients.assess(peers()).evaluation().outcome("ma.terms").orElseThrow();
    assertThat(deliberate.status()).isEqualTo(Status.PASSED);
    assertThat(deliberate.message(PL))
        .isEqualTo("O uczestnikach mówimy: „klient” — to świadomy wybór.");
    assertThat(clients.assess(peers()).render(Locale.ENGLISH))
        .startsWith(
            "Samodzielni rodzice — autonomy and mutual aid; the participants are called \"client\"\n");
    assertThat(ASSESSMENT.assess(peers()).render(PL))
        .startsWith(
            "Samodzielni rodzice — autonomia i pomoc wzajemna; o uczestnikach mówimy: „osoby z doświadczeniem”\n");
    assertThatThrownBy(() -> Terminology.byHabit(PersonTerm.EXPERIENCED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a term used by habit must not be the default EXPERIENCED, was EXPERIENCED");
    new EqualsTester()
        .addEqualityGroup(Terminology.standard(), Terminology.deliberately(PersonTerm.EXPERIENCED))
        .addEqualityGroup(Terminology.deliberately(PersonTerm.USER))
        .addEqualityGroup(Terminology.byHabit(PersonTerm.USER))
        .testEquals();
  }

  @Test
  @DisplayName("MA-NETWORK: the report names the groups with no contact to any other group")
  void groups_with_no_contact_are_reported_MA_NETWORK() {
    KcsImplementation library = AutonomyFixture.threeGroups();

    assertThat(AutonomyAssessment.groupsWithoutContact(library))
        .extracting(SelfHelpGroup::name)
        .containsExactly("Grupa „Razem”");
    assertThat(ASSESSMENT.assess(library))
        .extracting(r -> r.group().id().value())
        .containsExactly("parents", "razem", "refugees");
    assertThat(ASSESSMENT.assess(library))
        .filteredOn(AutonomyReport::hasNoContact)
        .extracting(r -> r.group().id().value())
        .containsExactly("razem");
    KcsImplementation alone =
        Fixtures.aLibraryReadyForStageThree().withGroupLinks().withGroups(peers());
    assertThat(AutonomyAssessment.groupsWithoutContact(alone)).isEmpty();
    assertThat(
            ASSESSMENT
                .assess(alone)
                .get(0)
                .evaluation()
                .outcome("ma.network.contacts")
                .orElseThrow()
                .status())
        .isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void the_assessment_rejects_nulls() {
    NullPointerTester nulls = new NullPointerTester();
    nulls.setDefault(SelfHelpGroup.class, peers());
    nulls.setDefault(KcsImplementation.class, AutonomyFixture.threeGroups());
    nulls.setDefault(Terminology.class, Terminology.standard());
    nulls.setDefault(
        ProfessionalInvolvement.class,
        ProfessionalInvolvement.of(
            ProfessionalRole.THERAPIST, InvolvementPractice.COOPERATES_WHEN_ASKED));
    nulls.testAllPublicStaticMethods(AutonomyAssessment.class);
    nulls.testAllPublicInstanceMethods(ASSESSMENT);
    nulls.testAllPublicStaticMethods(Terminology.class);
    nulls.testAllPublicInstanceMethods(Terminology.standard());
    nulls.testAllPublicStaticMethods(Attitudes.class);
  }
}
