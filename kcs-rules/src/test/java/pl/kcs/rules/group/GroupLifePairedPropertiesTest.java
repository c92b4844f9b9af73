package pl.kcs.rules.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.testing.Property;

/**
 * The other side of the refusals of group life: what a ready group may always do. Without these,
 * a guard that refused everything would pass every "a refused event never moves the group"
 * property.
 */
class GroupLifePairedPropertiesTest {

  private static final GroupLife LIFE = GroupLife.withDefaults();

  /**
   * {@code group} at {@code maturity}; empty for a group that already meets without the animator
   * (its date belongs to a later maturity).
   */
  private static Optional<SelfHelpGroup> at(SelfHelpGroup group, GroupMaturity maturity) {
    if (group.meetsWithoutAnimatorSince().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Groups.copyBut(group).maturity(maturity).build());
  }

  /** A day after every date recorded on {@code group}. */
  private static LocalDate after(SelfHelpGroup group) {
    LocalDate day = LocalDate.of(2030, 1, 1);
    for (Optional<LocalDate> date :
        java.util.List.of(
            group.foundedOn(),
            group.rules().map(GroupRules::agreedOn),
            group.meetsWithoutAnimatorSince(),
            group.independentSince())) {
      if (date.isPresent() && !date.get().isBefore(day)) {
        day = date.get().plusDays(1);
      }
    }
    return day;
  }

  @Test
  void
      a_developing_group_may_always_start_meeting_without_the_animator_with_or_without_rules_KCS_EFF_SELFRUN_KCS_REM_RULES() {
    AtomicInteger checked = new AtomicInteger();
    Property.check()
        .forAll(
            CoreGenerators.selfHelpGroups(),
            generated -> {
              if (at(generated, GroupMaturity.DEVELOPING).isEmpty()) {
                return;
              }
              checked.incrementAndGet();
              SelfHelpGroup developing = at(generated, GroupMaturity.DEVELOPING).orElseThrow();
              LocalDate day = after(developing);

              Transition transition = LIFE.check(developing, GroupEvent.MET_WITHOUT_ANIMATOR, day);

              // Rules not agreed with the participants are a warning ("należy"), never a refusal.
              assertThat(transition.isAllowed())
                  .as(transition.message(java.util.Locale.ENGLISH))
                  .isTrue();
              assertThat(transition.refusals()).isEmpty();
              SelfHelpGroup next = transition.next().orElseThrow();
              assertThat(next.maturity()).isEqualTo(GroupMaturity.RUNNING_ITSELF);
              assertThat(next.meetsWithoutAnimatorSince()).contains(day);
            });
    assertThat(checked.get())
        .as("generated groups not yet meeting without the animator")
        .isGreaterThan(10);
  }

  @Test
  void
      an_early_group_moves_on_with_rules_agreed_with_its_participants_and_only_then_KCS_REM_RULES() {
    AtomicInteger allowed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    Property.check()
        .forAll(
            CoreGenerators.selfHelpGroups(),
            generated -> {
              if (at(generated, GroupMaturity.EARLY).isEmpty()) {
                return;
              }
              SelfHelpGroup early = at(generated, GroupMaturity.EARLY).orElseThrow();
              boolean agreed =
                  early.rules().map(GroupRules::formulatedWithParticipants).orElse(false);

              Transition transition = LIFE.check(early, GroupEvent.RULES_AGREED, after(early));

              assertThat(transition.isAllowed()).isEqualTo(agreed);
              if (agreed) {
                allowed.incrementAndGet();
                assertThat(transition.next().orElseThrow().maturity())
                    .isEqualTo(GroupMaturity.DEVELOPING);
              } else {
                refused.incrementAndGet();
                assertThat(transition.next()).isEmpty();
                assertThat(transition.refusals()).hasSize(1);
              }
            });
    assertThat(allowed.get()).as("generated groups with agreed rules").isPositive();
    assertThat(refused.get()).as("generated groups without agreed rules").isPositive();
  }
}
