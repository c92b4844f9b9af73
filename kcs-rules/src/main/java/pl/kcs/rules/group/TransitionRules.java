package pl.kcs.rules.group;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * The guard rules of group-life transitions. Each applies to one or two events and is not
 * applicable to the others; a transition is allowed when it is possible from the group's maturity
 * (see {@link GroupEvent}) and no guard failed or was undecided.
 */
final class TransitionRules {

  private TransitionRules() {}

  static ImmutableList<Rule<TransitionFacts>> defaults() {
    return ImmutableList.of(
        // KCS-REM-RULES: a group develops, and later meets on its own, by clear rules formulated
        // together with its participants.
        rule("kcs.life.rules-with-participants", "KCS-REM-RULES", GroupEvent.RULES_AGREED)
            .condition(
                Condition.when(
                    f -> f.event() == GroupEvent.RULES_AGREED || f.event() == GroupEvent.MET_WITHOUT_ANIMATOR,
                    TransitionFacts::hasRulesAgreedWithParticipants))
            .build(),
        // KCS-DIF-RULES: a group of people with mental-health disorders needs written regulations
        // (regulamin) before it runs on its own.
        rule("kcs.life.regulations", "KCS-DIF-RULES", GroupEvent.MET_WITHOUT_ANIMATOR)
            .condition(
                Condition.when(
                    f -> f.event() == GroupEvent.MET_WITHOUT_ANIMATOR && f.group().isFor(TargetSubgroup.MENTAL_HEALTH),
                    f -> f.group().rules().map(r -> r.has(RulesElement.WRITTEN_REGULATIONS)).orElse(false)))
            .build(),
        // KCS-EFF-INDEPENDENT, MA-AUTONOMY: the library reads independence as leading its own
        // meetings and setting its own agenda; not in the source method.
        rule("kcs.life.leads-itself", "KCS-EFF-INDEPENDENT", GroupEvent.BECAME_INDEPENDENT)
            .condition(Condition.when(f -> f.event() == GroupEvent.BECAME_INDEPENDENT, TransitionFacts::leadsItself))
            .explainer(f -> Finding.of(f.group().meetingsLedBy(), f.group().agendaSetBy()))
            .build(),
        // KCS-DIF-NEWCOMERS: only a group that has bonded can be disturbed by newcomers; the
        // bonding period is a library default the user can change.
        rule("kcs.life.bonded", "KCS-DIF-NEWCOMERS", GroupEvent.NEWCOMERS_AFTER_BONDING)
            .condition(TransitionRules::bonded)
            .explainer(f -> Finding.of(f.on(), f.bondedOn().map(LocalDate::toString).orElse("")))
            .build());
  }

  private static Status bonded(TransitionFacts facts) {
    if (facts.event() != GroupEvent.NEWCOMERS_AFTER_BONDING) {
      return Status.NOT_APPLICABLE;
    }
    return facts
        .bondedOn()
        .map(bonded -> facts.on().isBefore(bonded) ? Status.FAILED : Status.PASSED)
        .orElse(Status.UNKNOWN);
  }

  private static Rule.Builder<TransitionFacts> rule(String id, String fact, GroupEvent event) {
    return Rule.<TransitionFacts>builder(id)
        .source(fact)
        .severity(Severity.BLOCKER)
        .appliesTo(event)
        .messages(GroupMessages.CATALOG);
  }
}
