package pl.kcs.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.fixtures.Fixtures;

class GroupRulesAndLinksTest {

  private static final LocalDate DAY = LocalDate.of(2024, 4, 2);

  @Test
  @DisplayName("KCS-REM-RULES: rules hold at least one agreed element")
  void rules_are_not_empty() {
    assertThatThrownBy(
            () -> GroupRules.builder().agreedOn(DAY).formulatedWithParticipants(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rules elements must not be empty, was []");
    assertThatThrownBy(() -> GroupRules.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build GroupRules, some of required attributes are not set [agreedOn, formulatedWithParticipants]");
    assertThatThrownBy(() -> GroupRules.builder().agreedOn(DAY).agreedOn(DAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of GroupRules is strict, attribute is already set: agreedOn");
  }

  @Test
  @DisplayName(
      "KCS-REM-RULES, KCS-M2, KCS-DIF-RULES: goals, rules, a contract and written regulations")
  void rules_elements() {
    GroupRules rules = Fixtures.aMentalHealthPeerGroup().rules().orElseThrow();

    assertThat(rules.has(RulesElement.WRITTEN_REGULATIONS)).isTrue();
    assertThat(rules.has(RulesElement.CONTRACT)).isFalse();
    assertThat(rules.formulatedWithParticipants()).isTrue();
    assertThat(RulesElement.GOALS.source()).isEqualTo(FactId.of("KCS-M2"));
    assertThat(RulesElement.CONTRACT.source()).isEqualTo(FactId.of("KCS-M2"));
    assertThat(RulesElement.RULES.source()).isEqualTo(FactId.of("KCS-REM-RULES"));
    assertThat(RulesElement.WRITTEN_REGULATIONS.source()).isEqualTo(FactId.of("KCS-DIF-RULES"));
    assertThatThrownBy(() -> rules.has(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("element");
  }

  @Test
  @DisplayName("MA-NETWORK: a link joins two different groups and involves both")
  void group_links() {
    GroupId a = GroupId.of("a");
    GroupId b = GroupId.of("b");
    GroupLink link = GroupLink.of(a, b, GroupLinkKind.EDUCATING_SOCIAL_WORKERS, DAY);

    assertThat(link.involves(a)).isTrue();
    assertThat(link.involves(b)).isTrue();
    assertThat(link.involves(GroupId.of("c"))).isFalse();
    assertThatThrownBy(() -> link.involves(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("group");
    assertThatThrownBy(() -> GroupLink.of(a, a, GroupLinkKind.VISIT, DAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a group link must join two groups, was a to itself");
    assertThatThrownBy(() -> link.withTo(a))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a group link must join two groups, was a to itself");
    assertThatThrownBy(() -> GroupLink.builder().from(a).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build GroupLink, some of required attributes are not set [to, kind, on]");
    assertThat(GroupLinkKind.values())
        .hasSize(4)
        .extracting(GroupLinkKind::source)
        .containsOnly(FactId.of("MA-NETWORK"));
  }

  @Test
  @DisplayName(
      "MA-ASSUMPTIONS, MA-ATTITUDES, MA-TERMS: the vocabulary of mutual aid among the experienced")
  void mutual_aid_vocabulary() {
    assertThat(MutualAidAssumption.values())
        .containsExactly(
            MutualAidAssumption.PARALLEL_RELATION,
            MutualAidAssumption.RECIPROCITY,
            MutualAidAssumption.AUTHENTICITY)
        .extracting(MutualAidAssumption::source)
        .containsOnly(FactId.of("MA-ASSUMPTIONS"));
    assertThat(ProfessionalAttitude.values())
        .containsExactly(
            ProfessionalAttitude.AMBIVALENT_OBSERVER,
            ProfessionalAttitude.FORCEFUL_INTEGRATOR,
            ProfessionalAttitude.TITLED_QUACK)
        .extracting(ProfessionalAttitude::source)
        .containsOnly(FactId.of("MA-ATTITUDES"));
    // The experienced (doświadczeni) is the default word; the others are for deliberate use.
    assertThat(PersonTerm.values()[0]).isEqualTo(PersonTerm.EXPERIENCED);
    assertThat(PersonTerm.values())
        .hasSize(6)
        .extracting(PersonTerm::source)
        .containsOnly(FactId.of("MA-TERMS"));
  }
}
