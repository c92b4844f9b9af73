package pl.kcs.rules.group;

import java.time.LocalDate;
import java.util.Locale;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;

/**
 * Groups at each maturity, founded on {@link #FOUNDED}, with three founding members; bonded from
 * {@link #BONDED} under the default bonding period (KCS-DIF-NEWCOMERS).
 */
final class LifeFixture {

  static final LocalDate FOUNDED = LocalDate.of(2024, 3, 4);
  static final LocalDate RULES_AGREED = FOUNDED.plusWeeks(3);
  static final LocalDate BONDED = FOUNDED.plusMonths(3);
  static final LocalDate SELF_RUNNING = FOUNDED.plusMonths(6);
  static final LocalDate INDEPENDENT = FOUNDED.plusMonths(10);

  private LifeFixture() {}

  /** A group at {@code maturity} with the dates it needs, three founding members, no rules. */
  static SelfHelpGroup.Builder group(GroupMaturity maturity) {
    return group(maturity, "Samodzielni rodzice", TargetSubgroup.SINGLE_PARENTS);
  }

  /** A group for {@code subgroup} at {@code maturity}, named {@code name}. */
  static SelfHelpGroup.Builder group(GroupMaturity maturity, String name, TargetSubgroup subgroup) {
    SelfHelpGroup.Builder group =
        SelfHelpGroup.builder()
            .id(GroupId.of("g-" + maturity.name().toLowerCase(Locale.ROOT)))
            .name(name)
            .addTargetGroups(subgroup.targetGroup())
            .addTargetSubgroups(subgroup)
            .participantCount(5)
            .maturity(maturity)
            .foundedOn(FOUNDED);
    for (int i = 1; i <= 3; i++) {
      group.addMemberships(Membership.joined(MemberId.of("m-" + i), FOUNDED));
    }
    if (maturity.isAtLeast(GroupMaturity.RUNNING_ITSELF)) {
      group.meetsWithoutAnimatorSince(SELF_RUNNING);
    }
    if (maturity == GroupMaturity.INDEPENDENT) {
      group.independentSince(INDEPENDENT);
    }
    return group;
  }

  /** Goals, rules and contract formulated with the participants on {@link #RULES_AGREED}. */
  static GroupRules agreed(RulesElement... elements) {
    return GroupRules.builder()
        .addElements(elements)
        .agreedOn(RULES_AGREED)
        .formulatedWithParticipants(true)
        .build();
  }

  static GroupRules goalsRulesContract() {
    return agreed(RulesElement.GOALS, RulesElement.RULES, RulesElement.CONTRACT);
  }

  /** A group at {@code maturity} with goals, rules and contract agreed with its participants. */
  static SelfHelpGroup withRules(GroupMaturity maturity) {
    return group(maturity).rules(goalsRulesContract()).build();
  }

  /** A developing peer group of people with mental-health disorders (KCS-DIF-RULES). */
  static SelfHelpGroup.Builder mentalHealth(GroupMaturity maturity) {
    return group(maturity, "Grupa „Razem”", TargetSubgroup.MENTAL_HEALTH);
  }
}
