package pl.kcs.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;

class TargetGroupsTest {

  @Test
  @DisplayName("KCS-WHO: six broad kinds of vulnerable groups, in the source's order")
  void six_kinds() {
    assertThat(TargetGroup.values())
        .containsExactly(
            TargetGroup.HEALTH_PROBLEMS,
            TargetGroup.MINORITIES,
            TargetGroup.SOCIAL_PROBLEMS,
            TargetGroup.DISCRIMINATION_RISK,
            TargetGroup.LOCAL_COMMUNITY,
            TargetGroup.POOR)
        .extracting(TargetGroup::source)
        .containsOnly(FactId.of("KCS-WHO"));
  }

  @Test
  @DisplayName(
      "KCS-WHO: health, minority and discrimination-risk groups reveal special-category data")
  void special_category_kinds() {
    assertThat(EnumSet.allOf(TargetGroup.class))
        .filteredOn(TargetGroup::concernsSpecialCategoryData)
        .containsExactlyInAnyOrder(
            TargetGroup.HEALTH_PROBLEMS, TargetGroup.MINORITIES, TargetGroup.DISCRIMINATION_RISK);
  }

  @Test
  @DisplayName(
      "KCS-WHO: every subgroup belongs to a kind, and every kind but the poor has examples")
  void subgroups_belong_to_kinds() {
    assertThat(TargetSubgroup.values())
        .extracting(TargetSubgroup::source)
        .containsOnly(FactId.of("KCS-WHO"));
    assertThat(TargetSubgroup.REFUGEES.targetGroup()).isEqualTo(TargetGroup.MINORITIES);
    assertThat(TargetSubgroup.MENTAL_HEALTH.targetGroup()).isEqualTo(TargetGroup.HEALTH_PROBLEMS);
    assertThat(TargetSubgroup.SINGLE_PARENTS.targetGroup()).isEqualTo(TargetGroup.SOCIAL_PROBLEMS);
    assertThat(TargetSubgroup.SEXUAL_ORIENTATION.targetGroup())
        .isEqualTo(TargetGroup.DISCRIMINATION_RISK);
    assertThat(TargetSubgroup.CITIZEN_PATROLS.targetGroup()).isEqualTo(TargetGroup.LOCAL_COMMUNITY);
    Set<TargetGroup> withExamples = EnumSet.noneOf(TargetGroup.class);
    for (TargetSubgroup subgroup : TargetSubgroup.values()) {
      withExamples.add(subgroup.targetGroup());
    }
    assertThat(EnumSet.complementOf(EnumSet.copyOf(withExamples)))
        .containsExactly(TargetGroup.POOR);
  }

  @Test
  @DisplayName(
      "KS-WHO: the twelve beneficiary categories of a club, each mapping to a KCS kind (KCS-WHO)")
  void beneficiary_categories_map_to_kinds() {
    assertThat(BeneficiaryCategory.values())
        .hasSize(12)
        .extracting(BeneficiaryCategory::source)
        .containsOnly(FactId.of("KS-WHO"));
    for (BeneficiaryCategory category : BeneficiaryCategory.values()) {
      assertThat(category.targetGroups()).as(category.name()).isNotEmpty();
      for (TargetSubgroup subgroup : category.targetSubgroups()) {
        assertThat(category.targetGroups())
            .as(category + " / " + subgroup)
            .contains(subgroup.targetGroup());
      }
    }
    assertThat(BeneficiaryCategory.REFUGEES.targetGroups()).containsExactly(TargetGroup.MINORITIES);
    assertThat(BeneficiaryCategory.REFUGEES.targetSubgroups())
        .containsExactly(TargetSubgroup.REFUGEES);
    assertThat(BeneficiaryCategory.SINGLE_MOTHERS.targetSubgroups())
        .containsExactly(TargetSubgroup.SINGLE_PARENTS);
    assertThat(BeneficiaryCategory.PEOPLE_WITH_DISABILITIES.targetSubgroups())
        .containsExactly(TargetSubgroup.PEOPLE_WITH_DISABILITIES, TargetSubgroup.MENTAL_HEALTH);
    assertThat(BeneficiaryCategory.CARE_LEAVERS.targetSubgroups()).isEmpty();
  }

  @Test
  @DisplayName("KS-WHO: a category spanning two kinds maps to both")
  void categories_spanning_two_kinds() {
    assertThat(BeneficiaryCategory.WOMEN_OUTSIDE_LABOUR_MARKET.targetGroups())
        .containsExactly(TargetGroup.SOCIAL_PROBLEMS, TargetGroup.DISCRIMINATION_RISK);
    assertThat(BeneficiaryCategory.HOMELESS.targetGroups())
        .containsExactly(TargetGroup.SOCIAL_PROBLEMS, TargetGroup.POOR);
  }

  @Test
  @DisplayName("KS-WHO to KCS-WHO: the mapping read from either side is the same")
  void mapping_both_ways() {
    for (TargetGroup group : TargetGroup.values()) {
      for (BeneficiaryCategory category : BeneficiaryCategory.values()) {
        assertThat(group.beneficiaryCategories().contains(category))
            .as("%s <-> %s", group, category)
            .isEqualTo(category.targetGroups().contains(group));
      }
    }
    assertThat(TargetGroup.HEALTH_PROBLEMS.beneficiaryCategories())
        .containsExactly(
            BeneficiaryCategory.PEOPLE_WITH_DISABILITIES,
            BeneficiaryCategory.ADDICTED_AFTER_TREATMENT,
            BeneficiaryCategory.CHRONICALLY_ILL);
    assertThat(TargetGroup.MINORITIES.beneficiaryCategories())
        .containsExactly(
            BeneficiaryCategory.ETHNIC_AND_NATIONAL_MINORITIES, BeneficiaryCategory.REFUGEES);
    assertThat(TargetGroup.POOR.beneficiaryCategories())
        .containsExactly(BeneficiaryCategory.HOMELESS);
    assertThat(TargetGroup.LOCAL_COMMUNITY.beneficiaryCategories()).isEmpty();
  }
}
