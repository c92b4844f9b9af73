package pl.kcs.rules.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Status;

/**
 * The report of one group's life as its reader sees it: the group and its maturity, one line per
 * rule that applied (the rules that do not apply are left out), whether newcomers ask for a review
 * of the rules (KCS-DIF-NEWCOMERS); and log lines that name the group by id only.
 */
class GroupLifeReportTest {

  private static final GroupLife LIFE = GroupLife.withDefaults();
  private static final LocalDate ASSESSED = LocalDate.of(2024, 9, 2);
  private static final LocalDate BONDED =
      LifeFixture.FOUNDED.plus(GroupLife.DEFAULT_BONDING_PERIOD);

  @Test
  void the_report_shows_the_group_and_only_the_rules_that_applied_KCS_REM_RULES() {
    SelfHelpGroup early = LifeFixture.group(GroupMaturity.EARLY).build();
    GroupLifeReport report = LIFE.assess(early, ASSESSED);

    String english = report.render(Locale.ENGLISH);
    String polish = report.render(Locale.forLanguageTag("pl"));

    assertThat(report.group()).isEqualTo(early);
    assertThat(english.lines().findFirst())
        .hasValueSatisfying(line -> assertThat(line).contains(early.name()));
    assertThat(polish.lines().findFirst())
        .hasValueSatisfying(line -> assertThat(line).contains(early.name()));
    Outcome agreed = report.evaluation().outcome("kcs.rem.rules-agreed").orElseThrow();
    assertThat(agreed.status()).isEqualTo(Status.FAILED);
    assertThat(english).contains(agreed.render(Locale.ENGLISH));
    assertThat(report.problems()).contains(agreed);
    int applied = 0;
    for (Outcome outcome : report.evaluation().outcomes()) {
      if (outcome.status() == Status.NOT_APPLICABLE) {
        assertThat(english)
            .as(outcome.rule().id().value())
            .doesNotContain(outcome.render(Locale.ENGLISH));
      } else {
        applied++;
      }
    }
    assertThat(english.split("\n")).hasSize(1 + applied);
    assertThat(applied).isPositive().isLessThan(report.evaluation().outcomes().size());
  }

  @Test
  void
      newcomers_after_bonding_and_after_the_rules_ask_for_a_review_of_the_rules_KCS_DIF_NEWCOMERS() {
    SelfHelpGroup settled = LifeFixture.withRules(GroupMaturity.DEVELOPING);
    SelfHelpGroup joined =
        LifeFixture.group(GroupMaturity.DEVELOPING)
            .rules(LifeFixture.goalsRulesContract())
            .addMemberships(Membership.joined(MemberId.of("m-9"), BONDED.plusDays(1)))
            .build();

    assertThat(LIFE.assess(settled, ASSESSED).needsRulesReview()).isFalse();
    assertThat(LIFE.assess(joined, ASSESSED).needsRulesReview()).isTrue();
  }

  @Test
  void log_lines_name_the_group_by_its_id_never_by_its_name() {
    SelfHelpGroup group = LifeFixture.withRules(GroupMaturity.DEVELOPING);
    GroupLifeReport report = LIFE.assess(group, ASSESSED);
    Transition transition = LIFE.check(group, GroupEvent.MET_WITHOUT_ANIMATOR, ASSESSED);
    GroupLifeFacts facts = report.evaluation().facts();

    for (Object logged :
        new Object[] {report, transition, facts, transition.evaluation().facts(), LIFE}) {
      assertThat(logged.toString())
          .as(logged.getClass().getSimpleName())
          .doesNotContain(group.name())
          .isNotBlank();
    }
    assertThat(report.toString()).contains(group.id().value());
    assertThat(facts.toString()).contains(group.id().value()).contains(ASSESSED.toString());
  }

  @Test
  void
      a_transition_and_the_facts_keep_the_day_and_the_bonding_period_they_were_read_with_KCS_DIF_NEWCOMERS() {
    Period longer = Period.ofMonths(6);
    GroupLife patient = LIFE.withBondingPeriod(longer);
    SelfHelpGroup group = LifeFixture.withRules(GroupMaturity.DEVELOPING);

    Transition transition = patient.check(group, GroupEvent.MET_WITHOUT_ANIMATOR, ASSESSED);

    assertThat(transition.on()).isEqualTo(ASSESSED);
    assertThat(transition.evaluation().facts().bondingPeriod()).isEqualTo(longer);
    assertThat(transition.evaluation().facts().group()).isEqualTo(group);
    assertThat(patient.assess(group, ASSESSED).evaluation().facts().bondingPeriod())
        .isEqualTo(longer);
    assertThat(patient.bondingPeriod()).isEqualTo(longer);
    assertThat(patient.rules()).isEqualTo(LIFE.rules());
    assertThat(patient.transitionRules()).isEqualTo(LIFE.transitionRules());
    assertThat(
            LIFE.withRules(LIFE.rules().disabling("kcs.dif.rules"))
                .rules()
                .isDisabled(pl.kcs.rules.RuleId.of("kcs.dif.rules")))
        .isTrue();
    assertThat(
            LIFE.withTransitionRules(LIFE.transitionRules().disabling("kcs.life.bonded"))
                .transitionRules()
                .isDisabled(pl.kcs.rules.RuleId.of("kcs.life.bonded")))
        .isTrue();
  }
}
