package pl.kcs.rules.models;

import java.time.LocalDate;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;

/**
 * Groups at each maturity and institutions offering everything, space only, or nothing: the
 * inputs of model selection (KCS-S3, KCS-M1 … KCS-M4).
 */
final class ModelsFixture {

  static final LocalDate FOUNDED = LocalDate.of(2024, 3, 4);

  private ModelsFixture() {}

  /** Eight free hours a week and every capability. */
  static InstitutionOffer everything() {
    return InstitutionOffer.of(8, InstitutionCapability.values());
  }

  /** Eight free hours a week and nothing else (KCS-M1). */
  static InstitutionOffer spaceOnly() {
    return InstitutionOffer.of(8);
  }

  /** No free space and nothing else. */
  static InstitutionOffer nothing() {
    return InstitutionOffer.builder().build();
  }

  /**
   * A group at {@code maturity}, with the dates its maturity needs, no rules, no needs; led by the
   * animator until it runs itself.
   */
  static SelfHelpGroup.Builder group(GroupMaturity maturity) {
    SelfHelpGroup.Builder group =
        SelfHelpGroup.builder()
            .id(GroupId.of("g-" + maturity.name().toLowerCase(java.util.Locale.ROOT)))
            .name("Grupa " + maturity.ordinal())
            .addTargetGroups(TargetGroup.SOCIAL_PROBLEMS)
            .participantCount(7)
            .maturity(maturity)
            .foundedOn(FOUNDED);
    if (maturity.isAtLeast(GroupMaturity.RUNNING_ITSELF)) {
      group.meetsWithoutAnimatorSince(FOUNDED.plusMonths(6));
    } else {
      // Before it runs itself, the institution's animator leads its meetings (KCS-M2).
      group.meetingsLedBy(MeetingLead.ANIMATOR);
    }
    if (maturity == GroupMaturity.INDEPENDENT) {
      group.independentSince(FOUNDED.plusMonths(10));
    }
    return group;
  }

  /** Rules of {@code elements} formulated with the participants (KCS-REM-RULES). */
  static GroupRules agreed(RulesElement... elements) {
    return GroupRules.builder()
        .addElements(elements)
        .agreedOn(FOUNDED.plusWeeks(3))
        .formulatedWithParticipants(true)
        .build();
  }

  /** A forming group: no rules, no needs (KCS-M2). */
  static SelfHelpGroup forming() {
    return group(GroupMaturity.FORMING).build();
  }

  /** An early group with no rules and no needs (KCS-M2). */
  static SelfHelpGroup early() {
    return group(GroupMaturity.EARLY).build();
  }

  /** A developing group with goals, rules and contract agreed, no needs. */
  static SelfHelpGroup developing() {
    return group(GroupMaturity.DEVELOPING)
        .rules(agreed(RulesElement.GOALS, RulesElement.RULES, RulesElement.CONTRACT))
        .build();
  }

  /**
   * A group that runs itself with goals, rules and contract agreed, wanting art therapy and
   * cultural events of its choosing, motivated and resourced to act outwards (KCS-M4).
   */
  static SelfHelpGroup coCreating() {
    return group(GroupMaturity.RUNNING_ITSELF)
        .rules(agreed(RulesElement.GOALS, RulesElement.RULES, RulesElement.CONTRACT))
        .addCulturalNeeds(CulturalNeed.ART_THERAPY, CulturalNeed.CULTURAL_EVENTS)
        .motivatedToActOutwards(true)
        .resourcedToActOutwards(true)
        .build();
  }

  /** A developing group with agreed rules that wants {@code need} (KCS-M3). */
  static SelfHelpGroup wanting(CulturalNeed need) {
    return group(GroupMaturity.DEVELOPING)
        .rules(agreed(RulesElement.GOALS, RulesElement.RULES, RulesElement.CONTRACT))
        .addCulturalNeeds(need)
        .build();
  }
}
