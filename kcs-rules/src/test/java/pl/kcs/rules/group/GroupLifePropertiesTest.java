package pl.kcs.rules.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.ProfessionalRole;
import pl.kcs.core.group.Reciprocity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/** Properties of group life over generated groups and random sequences of events. */
class GroupLifePropertiesTest {

  private static final GroupLife LIFE = GroupLife.withDefaults();

  @Test
  @DisplayName(
      "KCS-DIF-NEWCOMERS, KCS-S1B-ANIMATORS: maturity never moves backwards except through newcomers or a lost animator")
  void maturity_never_moves_backwards_except_through_the_documented_events() {
    Property.check()
        .forAllWithRandom(
            CoreGenerators.selfHelpGroups(),
            (start, random) -> {
              SelfHelpGroup group = start;
              LocalDate day = latestDate(group).plusDays(1);
              int events = random.nextInt(1, 12);
              for (int i = 0; i < events; i++) {
                GroupEvent event = Gens.enumValues(GroupEvent.class).next(random);
                day = day.plusDays(random.nextInt(0, 60));
                Transition transition = LIFE.check(group, event, day);
                if (!transition.isAllowed()) {
                  SelfHelpGroup refused = group;
                  LocalDate on = day;
                  assertThatThrownBy(() -> LIFE.advance(refused, event, on))
                      .isInstanceOf(IllegalTransitionException.class);
                  continue;
                }
                SelfHelpGroup next = transition.next().orElseThrow();
                assertThat(next.maturity())
                    .as("%s from %s", event, group.maturity())
                    .isEqualTo(event.next(group.maturity()).orElseThrow());
                if (next.maturity().compareTo(group.maturity()) < 0) {
                  assertThat(event.isSetback())
                      .as("%s moved %s back to %s", event, group.maturity(), next.maturity())
                      .isTrue();
                }
                if (!event.isSetback()) {
                  // Re-agreeing reopened rules keeps a developing group developing; every other
                  // forward event moves exactly one step.
                  boolean reagreed =
                      event == GroupEvent.RULES_AGREED
                          && group.maturity() == GroupMaturity.DEVELOPING;
                  assertThat(next.maturity().ordinal())
                      .isEqualTo(group.maturity().ordinal() + (reagreed ? 0 : 1));
                }
                assertThat(next.id()).isEqualTo(group.id());
                assertThat(next.memberships()).isEqualTo(group.memberships());
                assertThat(LIFE.advance(group, event, day)).isEqualTo(next);
                group = next;
              }
            });
  }

  @Test
  @DisplayName(
      "KCS-EFF-INDEPENDENT: rebuilding a group for independence keeps every other attribute")
  void copying_a_group_keeps_every_attribute() {
    Property.check()
        .forAllWithRandom(
            CoreGenerators.selfHelpGroups(),
            (generated, random) -> {
              SelfHelpGroup group =
                  generated
                      .withProfessionals(
                          ProfessionalInvolvement.of(
                              ProfessionalRole.THERAPIST,
                              InvolvementPractice.COOPERATES_WHEN_ASKED))
                      .withReciprocity(Reciprocity.of(1, 1, random.nextInt(0, 2)));

              SelfHelpGroup copy =
                  Groups.copyBut(group)
                      .maturity(group.maturity())
                      .independentSince(group.independentSince())
                      .build();

              assertThat(copy).isEqualTo(group);
            });
  }

  private static LocalDate latestDate(SelfHelpGroup group) {
    List<Optional<LocalDate>> dates = new ArrayList<>();
    dates.add(group.foundedOn());
    dates.add(group.rules().map(GroupRules::agreedOn));
    dates.add(group.meetsWithoutAnimatorSince());
    dates.add(group.independentSince());
    LocalDate latest = LocalDate.of(2000, 1, 1);
    for (Optional<LocalDate> date : dates) {
      if (date.isPresent() && date.get().isAfter(latest)) {
        latest = date.get();
      }
    }
    return latest;
  }
}
