package pl.kcs.core.group;

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
  SOCIALLY_EXCLUDED(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS),
      com.google.common.collect.ImmutableSet.of()),
  /** Unemployed people, especially the long-term unemployed. (KS-WHO) */
  UNEMPLOYED(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS),
      com.google.common.collect.ImmutableSet.of(TargetSubgroup.UNEMPLOYED)),
  /** Women outside the labour market. (KS-WHO) */
  WOMEN_OUTSIDE_LABOUR_MARKET(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(
          TargetGroup.SOCIAL_PROBLEMS, TargetGroup.DISCRIMINATION_RISK),
      com.google.common.collect.ImmutableSet.of(TargetSubgroup.GENDER)),
  /** People with disabilities, including intellectual disability and mental illness. (KS-WHO) */
  PEOPLE_WITH_DISABILITIES(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.HEALTH_PROBLEMS),
      com.google.common.collect.ImmutableSet.of(
          TargetSubgroup.PEOPLE_WITH_DISABILITIES, TargetSubgroup.MENTAL_HEALTH)),
  /** Leavers of care and educational institutions. (KS-WHO) */
  CARE_LEAVERS(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS),
      com.google.common.collect.ImmutableSet.of()),
  /** People with addictions after treatment. (KS-WHO) */
  ADDICTED_AFTER_TREATMENT(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.HEALTH_PROBLEMS),
      com.google.common.collect.ImmutableSet.of(TargetSubgroup.ADDICTIONS)),
  /** Single mothers. (KS-WHO) */
  SINGLE_MOTHERS(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS),
      com.google.common.collect.ImmutableSet.of(TargetSubgroup.SINGLE_PARENTS)),
  /** Homeless people and people at risk of losing their home. (KS-WHO) */
  HOMELESS(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS, TargetGroup.POOR),
      com.google.common.collect.ImmutableSet.of()),
  /** People leaving prison. (KS-WHO) */
  PRISON_LEAVERS(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.SOCIAL_PROBLEMS),
      com.google.common.collect.ImmutableSet.of()),
  /** Ethnic and national minorities. (KS-WHO) */
  ETHNIC_AND_NATIONAL_MINORITIES(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.MINORITIES),
      com.google.common.collect.ImmutableSet.of(TargetSubgroup.ETHNIC_MINORITY)),
  /** Refugees. (KS-WHO) */
  REFUGEES(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.MINORITIES),
      com.google.common.collect.ImmutableSet.of(TargetSubgroup.REFUGEES)),
  /** Chronically ill people. (KS-WHO) */
  CHRONICALLY_ILL(
      "KS-WHO",
      com.google.common.collect.ImmutableSet.of(TargetGroup.HEALTH_PROBLEMS),
      com.google.common.collect.ImmutableSet.of(TargetSubgroup.CHRONIC_ILLNESS));

  private final FactId source;
  private final com.google.common.collect.ImmutableSet<TargetGroup> targetGroups;
  private final com.google.common.collect.ImmutableSet<TargetSubgroup> targetSubgroups;

  BeneficiaryCategory(
      String source,
      com.google.common.collect.ImmutableSet<TargetGroup> targetGroups,
      com.google.common.collect.ImmutableSet<TargetSubgroup> targetSubgroups) {
    this.source = FactId.of(source);
    this.targetGroups = targetGroups;
    this.targetSubgroups = targetSubgroups;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The KCS target groups (KCS-WHO) this category maps to. */
  public com.google.common.collect.ImmutableSet<TargetGroup> targetGroups() {
    return targetGroups;
  }

  /** The KCS subgroups (KCS-WHO) this category maps to; may be empty. */
  public com.google.common.collect.ImmutableSet<TargetSubgroup> targetSubgroups() {
    return targetSubgroups;
  }

  static com.google.common.collect.ImmutableSet<BeneficiaryCategory> mappingTo(TargetGroup group) {
    com.google.common.collect.ImmutableSet.Builder<BeneficiaryCategory> categories =
        com.google.common.collect.ImmutableSet.builder();
    for (BeneficiaryCategory category : values()) {
      if (category.targetGroups.contains(group)) {
        categories.add(category);
      }
    }
    return categories.build();
  }
}
