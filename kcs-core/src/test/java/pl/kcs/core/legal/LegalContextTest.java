package pl.kcs.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.fixtures.Fixtures;

class LegalContextTest {

  @Test
  @DisplayName(
      "KCS-S1A: an institution knows the accessibility act and local strategies behind a KCS")
  void kcs_rooting() {
    LegalContext context = Fixtures.aLegalContextForAKcs();

    assertThat(context.knownActs()).containsExactly(LegalAct.ACCESSIBILITY_ACT);
    assertThat(context.isProgrammeWrittenInto(StrategyKind.ACCESSIBILITY)).isFalse();
    assertThat(LegalAct.ACCESSIBILITY_ACT.source()).isEqualTo(FactId.of("KCS-S1A"));
    assertThat(StrategyKind.INSTITUTION_STRATEGY_AND_MISSION.source())
        .isEqualTo(FactId.of("KCS-S1A"));
  }

  @Test
  @DisplayName(
      "KS-LAW, KS-FORMAL: a club's three acts and its place in the social-problems strategy")
  void club_legal_basis() {
    LegalContext context = Fixtures.aLegalContextForAClub();

    assertThat(context.knownActs())
        .containsExactly(
            LegalAct.SOCIAL_ASSISTANCE_ACT,
            LegalAct.SOBRIETY_ACT,
            LegalAct.PUBLIC_BENEFIT_AND_VOLUNTEERING_ACT)
        .extracting(LegalAct::source)
        .containsOnly(FactId.of("KS-LAW"));
    assertThat(context.isProgrammeWrittenInto(StrategyKind.SOCIAL_PROBLEMS_STRATEGY)).isTrue();
    assertThat(context.isProgrammeWrittenInto(StrategyKind.LOCAL_DEVELOPMENT_PLAN)).isFalse();
    assertThat(StrategyKind.SOCIAL_PROBLEMS_STRATEGY.source()).isEqualTo(FactId.of("KS-FORMAL"));
    assertThat(StrategyKind.LOCAL_DEVELOPMENT_PLAN.source()).isEqualTo(FactId.of("KS-FORMAL"));
    assertThatThrownBy(() -> context.isProgrammeWrittenInto(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
  }

  @Test
  void empty_context_and_strategy_validation() {
    assertThat(LegalContext.empty().knownActs()).isEmpty();
    assertThat(LegalContext.empty().strategies()).isEmpty();
    assertThat(LegalContext.empty()).isEqualTo(LegalContext.builder().build());
    assertThatThrownBy(
            () -> LocalStrategy.builder().kind(StrategyKind.ACCESSIBILITY).title(" ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("strategy title must not be blank");
    assertThatThrownBy(() -> LocalStrategy.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build LocalStrategy, some of required attributes are not set [kind, title]");
    assertThatThrownBy(() -> LocalStrategy.builder().title("a").title("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of LocalStrategy is strict, attribute is already set: title");
    assertThat(
            LocalStrategy.builder()
                .kind(StrategyKind.ANTI_DISCRIMINATION)
                .title("Program")
                .build()
                .programmeWrittenIn())
        .isFalse();
  }
}
