package pl.kcs.core.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.fixtures.Fixtures;

class PartnerTest {

  @Test
  @DisplayName("KCS-S2A: partners are identified, then invited, then cooperate")
  void partner_status() {
    assertThat(PartnerStatus.IDENTIFIED.isInvited()).isFalse();
    assertThat(PartnerStatus.INVITED.isInvited()).isTrue();
    assertThat(PartnerStatus.COOPERATING.isInvited()).isTrue();
    assertThat(PartnerStatus.values())
        .extracting(PartnerStatus::source)
        .containsOnly(FactId.of("KCS-S2A"));
  }

  @Test
  @DisplayName("KCS-S2A: only an invited partner has an invitation date")
  void invitation_date_only_when_invited() {
    assertThatThrownBy(() -> Fixtures.aRefugeeSupportNgo().withStatus(PartnerStatus.IDENTIFIED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("invitedOn must be empty for a partner with status IDENTIFIED, was 2024-01-10");
    Partner identified =
        Fixtures.aRefugeeSupportNgo()
            .withInvitedOn(java.util.Optional.empty())
            .withStatus(PartnerStatus.IDENTIFIED);
    assertThat(identified.invitedOn()).isEmpty();
    assertThat(Fixtures.aCountyLabourOffice().withInvitedOn(LocalDate.of(2023, 5, 5)).invitedOn())
        .contains(LocalDate.of(2023, 5, 5));
  }

  @Test
  void partner_validation() {
    assertThatThrownBy(() -> Partner.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build Partner, some of required attributes are not set [id, name, kind, status]");
    assertThatThrownBy(() -> Fixtures.aRefugeeSupportNgo().withName(" "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("partner name must not be blank");
    assertThatThrownBy(
            () -> Partner.builder().status(PartnerStatus.INVITED).status(PartnerStatus.COOPERATING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Partner is strict, attribute is already set: status");
  }

  @Test
  @DisplayName("KCS-S2A, KS-PARTNERS: the kinds of local partners of a KCS and of a club")
  void partner_kinds() {
    assertThat(EnumSet.allOf(PartnerKind.class))
        .filteredOn(kind -> kind.source().equals(FactId.of("KCS-S2A")))
        .containsExactly(
            PartnerKind.NGO,
            PartnerKind.SOCIAL_ASSISTANCE_CENTRE,
            PartnerKind.HEALTH_INSTITUTION,
            PartnerKind.REFUGEE_SUPPORT);
    assertThat(EnumSet.allOf(PartnerKind.class))
        .filteredOn(kind -> kind.source().equals(FactId.of("KS-PARTNERS")))
        .containsExactly(
            PartnerKind.LABOUR_MARKET_INSTITUTION,
            PartnerKind.LOCAL_GOVERNMENT_UNIT,
            PartnerKind.LOCAL_ENTREPRENEUR,
            PartnerKind.VOLUNTEERS,
            PartnerKind.OTHER_CLUB);
    // KCS-M3: group tickets with other culture institutions; KCS-S2C: existing groups as partners.
    assertThat(PartnerKind.CULTURE_INSTITUTION.source()).isEqualTo(FactId.of("KCS-M3"));
    assertThat(PartnerKind.SELF_HELP_GROUP.source()).isEqualTo(FactId.of("KCS-S2C"));
  }

  @Test
  @DisplayName(
      "KCS-COST-PARTNERS: partners contribute specialists (KCS-S2A), space, money or in kind")
  void contributions() {
    assertThat(ContributionKind.SPECIALISTS.source()).isEqualTo(FactId.of("KCS-S2A"));
    assertThat(EnumSet.of(ContributionKind.SPACE, ContributionKind.MONEY, ContributionKind.IN_KIND))
        .extracting(ContributionKind::source)
        .containsOnly(FactId.of("KCS-COST-PARTNERS"));
    assertThat(Fixtures.aCountyLabourOffice().contributions())
        .containsExactly(ContributionKind.SPECIALISTS, ContributionKind.SPACE);
  }
}
