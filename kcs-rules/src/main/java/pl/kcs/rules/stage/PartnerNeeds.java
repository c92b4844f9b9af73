package pl.kcs.rules.stage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.partner.PartnerKind;

/**
 * Which kinds of partner answer which needs of a group (KCS-S2A: partners are chosen by the needs
 * and diagnosed problems, e.g. NGOs, social-assistance centres, health institutions, organisations
 * supporting refugees). The mapping is a library default, not in the source method: a group of
 * refugees or migrants needs an organisation supporting refugees; a health group a health
 * institution; a group facing social problems or poverty a social-assistance centre, an NGO or (for
 * the unemployed) a labour-market institution; a minority or a group at risk of discrimination an
 * NGO; a local-community group an NGO or the local government.
 */
final class PartnerNeeds {

  private PartnerNeeds() {}

  /** Whether every need of {@code group} is answered by a kind in {@code invitedKinds} (a bitmask). */
  static boolean isMet(SelfHelpGroup group, int invitedKinds) {
    ImmutableSet<TargetGroup> targets = group.targetGroups();
    for (TargetGroup target : targets) {
      if ((kindsFor(target) & invitedKinds) == 0) {
        return false;
      }
    }
    if ((group.isFor(TargetSubgroup.REFUGEES) || group.isFor(TargetSubgroup.MIGRANTS))
        && (invitedKinds & bit(PartnerKind.REFUGEE_SUPPORT)) == 0) {
      return false;
    }
    return true;
  }

  /**
   * The kinds of partner that would answer the unmet needs of {@code group}: for each unmet need,
   * every kind that would answer it. An organisation supporting refugees, once needed for a refugee
   * or migrant group, is taken to answer its minority need too.
   */
  static ImmutableList<PartnerKind> missingKinds(SelfHelpGroup group, int invitedKinds) {
    ImmutableSet.Builder<PartnerKind> missing = ImmutableSet.builder();
    int available = invitedKinds;
    if ((group.isFor(TargetSubgroup.REFUGEES) || group.isFor(TargetSubgroup.MIGRANTS))
        && (invitedKinds & bit(PartnerKind.REFUGEE_SUPPORT)) == 0) {
      missing.add(PartnerKind.REFUGEE_SUPPORT);
      available |= bit(PartnerKind.REFUGEE_SUPPORT);
    }
    for (TargetGroup target : group.targetGroups()) {
      int wanted = kindsFor(target);
      if ((wanted & available) == 0) {
        for (PartnerKind kind : PartnerKind.values()) {
          if ((wanted & bit(kind)) != 0) {
            missing.add(kind);
          }
        }
      }
    }
    return missing.build().asList();
  }

  private static int kindsFor(TargetGroup target) {
    switch (target) {
      case HEALTH_PROBLEMS:
        return bit(PartnerKind.HEALTH_INSTITUTION);
      case MINORITIES:
        return bit(PartnerKind.NGO) | bit(PartnerKind.REFUGEE_SUPPORT);
      case SOCIAL_PROBLEMS:
        return bit(PartnerKind.SOCIAL_ASSISTANCE_CENTRE)
            | bit(PartnerKind.NGO)
            | bit(PartnerKind.LABOUR_MARKET_INSTITUTION);
      case DISCRIMINATION_RISK:
        return bit(PartnerKind.NGO);
      case LOCAL_COMMUNITY:
        return bit(PartnerKind.NGO) | bit(PartnerKind.LOCAL_GOVERNMENT_UNIT);
      case POOR:
        return bit(PartnerKind.SOCIAL_ASSISTANCE_CENTRE) | bit(PartnerKind.NGO);
      default:
        throw new AssertionError(target);
    }
  }

  static int bit(PartnerKind kind) {
    return 1 << kind.ordinal();
  }
}
