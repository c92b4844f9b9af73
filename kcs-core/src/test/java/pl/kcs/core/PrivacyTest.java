package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Step;
import pl.kcs.core.stage.StepRecord;
import pl.kcs.testing.Property;

/**
 * Members are pseudonymous, and membership of a themed group is special-category personal data
 * (MA-GROUP, KCS-WHO): no {@code toString()} prints a member id or a free-text note.
 */
class PrivacyTest {

  private static final String PLANTED_MEMBER = "planted-member-4711";
  private static final String PLANTED_LEADER = "planted-leader-0815";
  private static final String PLANTED_EVIDENCE =
      "Pani Ewa K. mówiła na spotkaniu o swojej depresji";

  @Test
  @DisplayName(
      "MA-GROUP: planted member and leader ids never show in a group, implementation or club")
  void planted_member_ids_never_show() {
    SelfHelpGroup group =
        Fixtures.aMentalHealthPeerGroup()
            .withLeaders()
            .withMemberships(
                Membership.joined(MemberId.of(PLANTED_MEMBER), Fixtures.REFERENCE_DATE),
                Membership.joined(MemberId.of(PLANTED_LEADER), Fixtures.REFERENCE_DATE))
            .withLeaders(MemberId.of(PLANTED_LEADER));
    KcsImplementation implementation =
        Fixtures.aLibraryReadyForStageThree()
            .withGroupLinks()
            .withGroups(group.withAnimators(Fixtures.FIRST_ANIMATOR));
    SelfHelpClub club =
        Fixtures.aMunicipalClub().withGroups(group.withAnimators(Fixtures.CLUB_ANIMATOR));

    for (Object value :
        List.of(
            MemberId.of(PLANTED_MEMBER), group.memberships().get(0), group, implementation, club)) {
      assertThat(value.toString()).doesNotContain(PLANTED_MEMBER, PLANTED_LEADER, "planted");
    }
  }

  @Test
  void planted_evidence_text_never_shows() {
    StepRecord record =
        StepRecord.done(Step.S1B_TEAM_CONVERSATION, Fixtures.REFERENCE_DATE)
            .withEvidence(PLANTED_EVIDENCE);
    KcsImplementation implementation = Fixtures.aLibraryReadyForStageTwo().withStepRecords(record);

    assertThat(record.toString()).doesNotContain("Ewa", "depresji").contains("evidence=[redacted]");
    assertThat(implementation.toString()).doesNotContain("Ewa", "depresji");
  }

  @Test
  void property_generated_groups_and_memberships_never_print_member_ids() {
    Property.check()
        .forAll(
            CoreGenerators.selfHelpGroups(),
            group -> {
              String text = group.toString();
              for (String id : memberIds(group)) {
                assertThat(text).doesNotContain(id);
              }
              for (Membership membership : group.memberships()) {
                assertThat(membership.toString()).doesNotContain(membership.member().value());
                assertThat(membership.member()).hasToString("MemberId[redacted]");
              }
            });
  }

  @Test
  void property_generated_step_records_never_print_evidence() {
    Property.check()
        .forAll(
            CoreGenerators.stepRecords(),
            record ->
                record
                    .evidence()
                    .ifPresent(note -> assertThat(record.toString()).doesNotContain(note)));
  }

  @Test
  void property_generated_implementations_and_clubs_print_neither_member_ids_nor_evidence() {
    Property.check()
        .trials(150)
        .forAll(
            CoreGenerators.kcsImplementations(),
            implementation -> {
              String text = implementation.toString();
              for (SelfHelpGroup group : implementation.groups()) {
                for (String id : memberIds(group)) {
                  assertThat(text).doesNotContain(id);
                }
              }
              for (StepRecord record : implementation.stepRecords()) {
                record.evidence().ifPresent(note -> assertThat(text).doesNotContain(note));
              }
            });
    Property.check()
        .trials(150)
        .forAll(
            CoreGenerators.selfHelpClubs(),
            club -> {
              String text = club.toString();
              for (SelfHelpGroup group : club.groups()) {
                for (String id : memberIds(group)) {
                  assertThat(text).doesNotContain(id);
                }
              }
            });
  }

  /**
   * The other side of the properties above, which would pass on groups without members and
   * records without evidence: the generated inputs do carry member ids and evidence notes to hide,
   * and the texts still show what is not personal (the group's id, the step).
   */
  @Test
  void property_the_privacy_properties_have_member_ids_and_evidence_to_hide() {
    int[] withMembers = {0};
    int[] withEvidence = {0};
    Property.check()
        .trials(300)
        .forAll(
            CoreGenerators.selfHelpGroups(),
            group -> {
              assertThat(group.toString()).contains(group.id().value());
              if (!memberIds(group).isEmpty()) {
                withMembers[0]++;
              }
            });
    Property.check()
        .trials(300)
        .forAll(
            CoreGenerators.stepRecords(),
            record -> {
              assertThat(record.toString()).contains(record.step().name());
              if (record.evidence().isPresent()) {
                withEvidence[0]++;
              }
            });
    assertThat(withMembers[0]).as("generated groups with member ids").isGreaterThan(100);
    assertThat(withEvidence[0]).as("generated step records with evidence").isGreaterThan(100);
  }

  private static List<String> memberIds(SelfHelpGroup group) {
    List<String> ids = new ArrayList<>();
    group.leaders().forEach(leader -> ids.add(leader.value()));
    group.memberships().forEach(membership -> ids.add(membership.member().value()));
    return ids;
  }
}
