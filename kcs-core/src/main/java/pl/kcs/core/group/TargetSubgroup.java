package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The examples of vulnerable groups the source method lists under each of its six kinds
 * (KCS-WHO), so that a group can say more than its broad kind: a group of refugee women is {@link
 * #REFUGEES}, a peer group of people with mental-health experience is {@link #MENTAL_HEALTH}.
 */
public enum TargetSubgroup implements DomainTerm {
  /** People with disabilities. (KCS-WHO) */
  PEOPLE_WITH_DISABILITIES("KCS-WHO", TargetGroup.HEALTH_PROBLEMS),
  /** People with chronic illness. (KCS-WHO) */
  CHRONIC_ILLNESS("KCS-WHO", TargetGroup.HEALTH_PROBLEMS),
  /** People with mental illness or disorders (see KCS-DIF-RULES on their groups' rules). (KCS-WHO) */
  MENTAL_HEALTH("KCS-WHO", TargetGroup.HEALTH_PROBLEMS),
  /** People with addictions. (KCS-WHO) */
  ADDICTIONS("KCS-WHO", TargetGroup.HEALTH_PROBLEMS),
  /** Families of people with health problems. (KCS-WHO) */
  FAMILIES_OF_PEOPLE_WITH_HEALTH_PROBLEMS("KCS-WHO", TargetGroup.HEALTH_PROBLEMS),
  /** An ethnic minority. (KCS-WHO) */
  ETHNIC_MINORITY("KCS-WHO", TargetGroup.MINORITIES),
  /** A religious minority. (KCS-WHO) */
  RELIGIOUS_MINORITY("KCS-WHO", TargetGroup.MINORITIES),
  /** People with refugee experience. (KCS-WHO) */
  REFUGEES("KCS-WHO", TargetGroup.MINORITIES),
  /** People with migrant experience. (KCS-WHO) */
  MIGRANTS("KCS-WHO", TargetGroup.MINORITIES),
  /** Single parents. (KCS-WHO) */
  SINGLE_PARENTS("KCS-WHO", TargetGroup.SOCIAL_PROBLEMS),
  /** Widows and widowers. (KCS-WHO) */
  WIDOWED("KCS-WHO", TargetGroup.SOCIAL_PROBLEMS),
  /** Unemployed people. (KCS-WHO) */
  UNEMPLOYED("KCS-WHO", TargetGroup.SOCIAL_PROBLEMS),
  /** Pupils struggling at school. (KCS-WHO) */
  STRUGGLING_PUPILS("KCS-WHO", TargetGroup.SOCIAL_PROBLEMS),
  /** People at risk of discrimination by age. (KCS-WHO) */
  AGE("KCS-WHO", TargetGroup.DISCRIMINATION_RISK),
  /** People at risk of discrimination by gender. (KCS-WHO) */
  GENDER("KCS-WHO", TargetGroup.DISCRIMINATION_RISK),
  /** People at risk of discrimination by sexual orientation. (KCS-WHO) */
  SEXUAL_ORIENTATION("KCS-WHO", TargetGroup.DISCRIMINATION_RISK),
  /** Citizen patrols. (KCS-WHO) */
  CITIZEN_PATROLS("KCS-WHO", TargetGroup.LOCAL_COMMUNITY),
  /** People who clean up their estate. (KCS-WHO) */
  ESTATE_CLEAN_UP("KCS-WHO", TargetGroup.LOCAL_COMMUNITY),
  /** Urban or ecological activists. (KCS-WHO) */
  URBAN_OR_ECOLOGICAL_ACTIVISTS("KCS-WHO", TargetGroup.LOCAL_COMMUNITY);

  private final FactId source;
  private final TargetGroup targetGroup;

  TargetSubgroup(String source, TargetGroup targetGroup) {
    this.source = FactId.of(source);
    this.targetGroup = targetGroup;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The broad kind this subgroup belongs to. */
  public TargetGroup targetGroup() {
    return targetGroup;
  }
}
