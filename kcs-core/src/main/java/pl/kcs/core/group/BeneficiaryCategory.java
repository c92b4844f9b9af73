package pl.kcs.core.group;

import static com.google.common.collect.ImmutableSet.toImmutableSet;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The people a self-help club is for (KS-WHO), with the explicit mapping to the KCS method's
 * target groups (KCS-WHO) and subgroups. The mapping is the library's reading of the two sources,
 * not stated in either; where a category spans two kinds (women outside the labour market,
 * homeless people) it maps to both.
 *
 * <p>The source says "upośledzone umysłowo"; the Polish label uses today's respectful term for
 * intellectual disability (MA-TERMS: words shape identity).
 */
public enum BeneficiaryCategory implements DomainTerm {
  /** Socially excluded and marginalised people. (KS-WHO) */
  SOCIALLY_EXCLUDED(ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS), ImmutableSet.of()),
  /** Unemployed people, especially the long-term unemployed. (KS-WHO) */
  UNEMPLOYED(
      ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS), ImmutableSet.of(TargetSubgroup.UNEMPLOYED)),
  /** Women outside the labour market. (KS-WHO) */
  WOMEN_OUTSIDE_LABOUR_MARKET(
      ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS, TargetGroup.DISCRIMINATION_RISK),
      ImmutableSet.of(TargetSubgroup.GENDER)),
  /** People with disabilities, including intellectual disability and mental illness. (KS-WHO) */
  PEOPLE_WITH_DISABILITIES(
      ImmutableSet.of(TargetGroup.HEALTH_PROBLEMS),
      ImmutableSet.of(TargetSubgroup.PEOPLE_WITH_DISABILITIES, TargetSubgroup.MENTAL_HEALTH)),
  /** Leavers of care and educational institutions. (KS-WHO) */
  CARE_LEAVERS(ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS), ImmutableSet.of()),
  /** People with addictions after treatment. (KS-WHO) */
  ADDICTED_AFTER_TREATMENT(
      ImmutableSet.of(TargetGroup.HEALTH_PROBLEMS), ImmutableSet.of(TargetSubgroup.ADDICTIONS)),
  /** Single mothers. (KS-WHO) */
  SINGLE_MOTHERS(
      ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS), ImmutableSet.of(TargetSubgroup.SINGLE_PARENTS)),
  /** Homeless people and people at risk of losing their home. (KS-WHO) */
  HOMELESS(ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS, TargetGroup.POOR), ImmutableSet.of()),
  /** People leaving prison. (KS-WHO) */
  PRISON_LEAVERS(ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS), ImmutableSet.of()),
  /** Ethnic and national minorities. (KS-WHO) */
  ETHNIC_AND_NATIONAL_MINORITIES(
      ImmutableSet.of(TargetGroup.MINORITIES), ImmutableSet.of(TargetSubgroup.ETHNIC_MINORITY)),
  /** Refugees. (KS-WHO) */
  REFUGEES(ImmutableSet.of(TargetGroup.MINORITIES), ImmutableSet.of(TargetSubgroup.REFUGEES)),
  /** Chronically ill people. (KS-WHO) */
  CHRONICALLY_ILL(
      ImmutableSet.of(TargetGroup.HEALTH_PROBLEMS),
      ImmutableSet.of(TargetSubgroup.CHRONIC_ILLNESS));

  private final FactId source;
  private final ImmutableSet<TargetGroup> targetGroups;
  private final ImmutableSet<TargetSubgroup> targetSubgroups;

  /** Every category comes from the one list of KS-WHO. */
  BeneficiaryCategory(
      ImmutableSet<TargetGroup> targetGroups, ImmutableSet<TargetSubgroup> targetSubgroups) {
    this.source = FactId.of("KS-WHO");
    this.targetGroups = targetGroups;
    this.targetSubgroups = targetSubgroups;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The KCS target groups (KCS-WHO) this category maps to. */
  public ImmutableSet<TargetGroup> targetGroups() {
    return targetGroups;
  }

  /** The KCS subgroups (KCS-WHO) this category maps to; may be empty. */
  public ImmutableSet<TargetSubgroup> targetSubgroups() {
    return targetSubgroups;
  }

  static ImmutableSet<BeneficiaryCategory> mappingTo(TargetGroup group) {
    return Arrays.stream(values())
        .filter(category -> category.targetGroups.contains(group))
        .collect(toImmutableSet());
  }
}
