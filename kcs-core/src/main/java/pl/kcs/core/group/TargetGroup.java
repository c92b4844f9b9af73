package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The six broad kinds of vulnerable groups (grupy wrażliwe) the KCS method is for (KCS-WHO).
 *
 * <p>{@link #concernsSpecialCategoryData()} marks the kinds whose membership reveals health,
 * ethnic or religious background, or sexual orientation: special categories of personal data under
 * Article 9 of the GDPR (library reading, not in the source method).
 */
public enum TargetGroup implements DomainTerm {
  /** People with health problems (disabilities, chronic illness, mental illness or disorders, addictions) and their families. (KCS-WHO) */
  HEALTH_PROBLEMS("KCS-WHO", true),
  /** Ethnic and religious minorities, especially people with refugee or migrant experience. (KCS-WHO) */
  MINORITIES("KCS-WHO", true),
  /** Groups facing social problems (e.g. single parents, widows and widowers, the unemployed, pupils struggling at school). (KCS-WHO) */
  SOCIAL_PROBLEMS("KCS-WHO", false),
  /** Groups at risk of discrimination by age, gender or sexual orientation. (KCS-WHO) */
  DISCRIMINATION_RISK("KCS-WHO", true),
  /** Self-help groups active in the local community (citizen patrols, people who clean up their estate, urban or ecological activists). (KCS-WHO) */
  LOCAL_COMMUNITY("KCS-WHO", false),
  /** Poor groups without means for social and developmental goals. (KCS-WHO) */
  POOR("KCS-WHO", false);

  private final FactId source;
  private final boolean concernsSpecialCategoryData;

  TargetGroup(String source, boolean concernsSpecialCategoryData) {
    this.source = FactId.of(source);
    this.concernsSpecialCategoryData = concernsSpecialCategoryData;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** Whether belonging to a group of this kind is special-category personal data (library reading of GDPR Article 9). */
  public boolean concernsSpecialCategoryData() {
    return concernsSpecialCategoryData;
  }

  /** The self-help club's beneficiary categories that map to this kind (KS-WHO to KCS-WHO). */
  public com.google.common.collect.ImmutableSet<BeneficiaryCategory> beneficiaryCategories() {
    return BeneficiaryCategory.mappingTo(this);
  }
}
