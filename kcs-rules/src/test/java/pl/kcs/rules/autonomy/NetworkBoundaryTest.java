package pl.kcs.rules.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupLinkKind;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * MA-NETWORK ("należy przyjąć, że dalszy rozwój … wymaga zintensyfikowania kontaktów także między
 * poszczególnymi grupami") at its boundary: contacts between groups are asked for from two groups
 * of one implementation on, never of a group that is alone.
 */
class NetworkBoundaryTest {

  private static final AutonomyAssessment ASSESSMENT = AutonomyAssessment.withDefaults();

  private static final SelfHelpGroup REFUGEES =
      AutonomyFixture.peerGroup("refugees", "Uchodźczynie", TargetSubgroup.REFUGEES).build();
  private static final SelfHelpGroup PARENTS =
      AutonomyFixture.peerGroup("parents", "Samodzielni rodzice", TargetSubgroup.SINGLE_PARENTS)
          .build();

  private static KcsImplementation of(SelfHelpGroup... groups) {
    return Fixtures.aLibraryReadyForStageThree().withGroupLinks().withGroups(groups);
  }

  private static Outcome network(KcsImplementation implementation, int index) {
    return ASSESSMENT
        .assess(implementation)
        .get(index)
        .evaluation()
        .outcome("ma.network.contacts")
        .orElseThrow();
  }

  @Test
  void two_groups_that_never_met_are_both_without_contact_MA_NETWORK() {
    KcsImplementation two = of(REFUGEES, PARENTS);

    assertThat(AutonomyAssessment.groupsWithoutContact(two))
        .extracting(SelfHelpGroup::id)
        .containsExactly(PARENTS.id(), REFUGEES.id());
    assertThat(network(two, 0).status()).isEqualTo(Status.FAILED);
    assertThat(network(two, 1).status()).isEqualTo(Status.FAILED);
    assertThat(network(two, 0).severity()).isEqualTo(Severity.ADVICE);
  }

  @Test
  void two_groups_that_met_once_both_have_contact_MA_NETWORK() {
    KcsImplementation met =
        of(REFUGEES, PARENTS)
            .withGroupLinks(
                GroupLink.of(
                    REFUGEES.id(),
                    PARENTS.id(),
                    GroupLinkKind.SHARED_EVENT,
                    AutonomyFixture.FOUNDED.plusMonths(2)));

    assertThat(AutonomyAssessment.groupsWithoutContact(met)).isEmpty();
    assertThat(network(met, 0).status()).isEqualTo(Status.PASSED);
    assertThat(network(met, 1).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void a_group_alone_in_its_implementation_is_not_asked_for_contacts_MA_NETWORK() {
    KcsImplementation alone = of(REFUGEES);

    assertThat(AutonomyAssessment.groupsWithoutContact(alone)).isEmpty();
    assertThat(network(alone, 0).status()).isEqualTo(Status.NOT_APPLICABLE);
  }
}
