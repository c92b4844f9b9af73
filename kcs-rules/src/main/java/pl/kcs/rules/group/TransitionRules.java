package pl.kcs.rules.group;

import com.google.common.collect.ImmutableList;
import pl.kcs.core.ModalClass;
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
        // KCS-REM-RULES: the event "rules agreed" needs the rules, formulated with the
        // participants, recorded on the group: a consistency check of kcs's, so a blocker.
        rule(
                "kcs.life.rules-with-participants",
                "KCS-REM-RULES",
                Severity.BLOCKER,
                GroupEvent.RULES_AGREED)
            .reading(
                ModalClass.OBSERVATION,
                "sformułowaniu wspólnie z uczestnikami i uczestniczkami jasnych zasad")
            .libraryDefault()
            .condition(
                Condition.when(
                    f -> f.event() == GroupEvent.RULES_AGREED,
                    TransitionFacts::hasRulesAgreedWithParticipants))
            .build(),
        // KCS-REM-RULES: "należy pamiętać o" clear rules agreed with the participants: a group
        // that meets without the animator without them gets a warning, never a refusal.
        rule(
                "kcs.life.rules-before-meeting-alone",
                "KCS-REM-RULES",
                Severity.WARNING,
                GroupEvent.MET_WITHOUT_ANIMATOR)
            .reading(
                ModalClass.RECOMMENDATION,
                "szczególnie należy pamiętać o … sformułowaniu wspólnie z uczestnikami i uczestniczkami jasnych zasad")
            .condition(
                Condition.when(
                    f -> f.event() == GroupEvent.MET_WITHOUT_ANIMATOR,
                    TransitionFacts::hasRulesAgreedWithParticipants))
            .build(),
        // KCS-DIF-RULES: defining a group's function and rules is a reported difficulty,
        // especially with mental-health groups, that agreed rules and regulations dissolve. It is
        // no precondition for meeting without the animator (and MA-AUTONOMY warns against
        // treating such groups as lacking potential): a note, never a refusal.
        rule(
                "kcs.life.regulations",
                "KCS-DIF-RULES",
                Severity.NOTE,
                GroupEvent.MET_WITHOUT_ANIMATOR)
            .reading(
                ModalClass.OBSERVATION,
                "po odpowiednim określeniu i wypracowaniu zasad działania i regulaminu grupy, trudności i obawy animatorów … znikają")
            .condition(
                Condition.when(
                    f ->
                        f.event() == GroupEvent.MET_WITHOUT_ANIMATOR
                            && f.group().isFor(TargetSubgroup.MENTAL_HEALTH),
                    f ->
                        f.group()
                            .rules()
                            .map(r -> r.has(RulesElement.WRITTEN_REGULATIONS))
                            .orElse(false)))
            .build(),
        // KCS-EFF-INDEPENDENT, MA-AUTONOMY: the library reads independence as leading its own
        // meetings and setting its own agenda; not in the source method.
        rule(
                "kcs.life.leads-itself",
                "KCS-EFF-INDEPENDENT",
                Severity.BLOCKER,
                GroupEvent.BECAME_INDEPENDENT)
            .reading(ModalClass.OBSERVATION, "jedna z trzech grup się usamodzielniła")
            .libraryDefault()
            .condition(
                Condition.when(
                    f -> f.event() == GroupEvent.BECAME_INDEPENDENT, TransitionFacts::leadsItself))
            .explainer(f -> Finding.of(f.group().meetingsLedBy(), f.group().agendaSetBy()))
            .build(),
        // KCS-DIF-NEWCOMERS: only a group that has bonded can be disturbed by newcomers; the
        // bonding period is a library default the user can change.
        rule(
                "kcs.life.bonded",
                "KCS-DIF-NEWCOMERS",
                Severity.BLOCKER,
                GroupEvent.NEWCOMERS_AFTER_BONDING)
            .reading(ModalClass.OBSERVATION, "dołączaniu nowych osób do grupy już po jej związaniu")
            .libraryDefault()
            .condition(TransitionRules::bonded)
            .explainer(f -> Finding.of(f.on(), f.bondedOn().<Object>map(d -> d).orElse("")))
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

  private static Rule.Builder<TransitionFacts> rule(
      String id, String fact, Severity severity, GroupEvent event) {
    return Rule.<TransitionFacts>builder(id)
        .source(fact)
        .severity(severity)
        .appliesTo(event)
        .messages(GroupLifeRules.WORDS);
  }
}
