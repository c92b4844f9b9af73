package pl.kcs.rules.group;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pl.kcs.core.Labelled;
import pl.kcs.core.ModalClass;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.rules.AreaWords;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;

/** The built-in group-life rules, read on one group on a date. */
final class GroupLifeRules {

  /** The area's words: {@code pl/kcs/rules/group/messages_pl.properties} and {@code _en}. */
  static final AreaWords WORDS =
      AreaWords.load("pl.kcs.rules.group.messages", GroupLifeRules.class);

  private GroupLifeRules() {}

  static ImmutableList<Rule<GroupLifeFacts>> defaults() {
    return ImmutableList.of(
        // KCS-REM-RULES: "należy pamiętać o" clear rules formulated with the participants: a
        // warning, from the first meeting on.
        rule("kcs.rem.rules-agreed", "KCS-REM-RULES", Severity.WARNING, GroupMaturity.EARLY)
            .reading(
                ModalClass.RECOMMENDATION,
                "szczególnie należy pamiętać o … sformułowaniu wspólnie z uczestnikami i uczestniczkami jasnych zasad")
            .condition(
                Condition.when(
                    f -> f.group().maturity().isAtLeast(GroupMaturity.EARLY),
                    GroupLifeFacts::hasRulesAgreedWithParticipants))
            .explainer(
                f ->
                    f.group()
                        .rules()
                        .map(r -> Finding.of(r.elements(), r.agreedOn(), ""))
                        .orElse(Finding.of("", "")))
            .build(),
        // KCS-EFF-SELFRUN: groups began meeting in the premises without the animator, an effect
        // the pilot reports: a note for a developing group.
        rule("kcs.eff.selfrun", "KCS-EFF-SELFRUN", Severity.NOTE, GroupMaturity.RUNNING_ITSELF)
            .reading(
                ModalClass.OBSERVATION,
                "zaczęły się odbywać pierwsze spotkania grup w udostępnionym przez animatora lokalu, ale prowadzone bez jego udziału")
            .condition(
                Condition.when(
                    f -> f.group().maturity().isAtLeast(GroupMaturity.DEVELOPING),
                    f -> f.group().meetsWithoutAnimatorSince().isPresent()))
            .explainer(f -> Finding.of(date(f.group().meetsWithoutAnimatorSince()), ""))
            .build(),
        // KCS-EFF-INDEPENDENT: one of three groups became independent, an effect the pilot
        // reports: a note for a group that runs itself.
        rule("kcs.eff.independent", "KCS-EFF-INDEPENDENT", Severity.NOTE, GroupMaturity.INDEPENDENT)
            .reading(ModalClass.OBSERVATION, "jedna z trzech grup się usamodzielniła")
            .condition(
                Condition.when(
                    f -> f.group().maturity().isAtLeast(GroupMaturity.RUNNING_ITSELF),
                    f -> f.group().independentSince().isPresent()))
            .explainer(f -> Finding.of(date(f.group().independentSince()), ""))
            .build(),
        // KCS-DIF-NEWCOMERS: people joining after the group bonded "może zaburzać jej dynamikę i
        // nierzadko wymaga ... ponownego ustalenia zasad": a reported difficulty, so a note that
        // the rules may need agreeing again. Needs the membership history and the founding date.
        rule(
                "kcs.dif.newcomers",
                "KCS-DIF-NEWCOMERS",
                Severity.NOTE,
                GroupEvent.NEWCOMERS_AFTER_BONDING)
            .reading(
                ModalClass.OBSERVATION,
                "pojawienie się w grupie nowych osób może zaburzać jej dynamikę i nierzadko wymaga od uczestników ponownego ustalenia zasad")
            .condition(
                Condition.when(
                    f -> !f.group().memberships().isEmpty() && f.isBonded(),
                    f -> f.newcomersSinceRulesAgreed() == 0))
            .explainer(
                f ->
                    Finding.of(
                        List.of(date(f.group().rules().map(GroupRules::agreedOn))),
                        f.newcomersSinceRulesAgreed(),
                        date(f.bondedOn())))
            .build(),
        // KCS-DIF-RULES: defining function and rules is hard especially for groups of people with
        // mental-health disorders; with rules and regulations (regulamin) the fears go. A
        // reported difficulty: a note.
        rule("kcs.dif.rules", "KCS-DIF-RULES", Severity.NOTE, RulesElement.WRITTEN_REGULATIONS)
            .reading(
                ModalClass.OBSERVATION,
                "po odpowiednim określeniu i wypracowaniu zasad działania i regulaminu grupy, trudności i obawy animatorów … znikają")
            .condition(
                Condition.when(
                    f -> f.group().isFor(TargetSubgroup.MENTAL_HEALTH),
                    f ->
                        f.group()
                            .rules()
                            .map(r -> r.has(RulesElement.WRITTEN_REGULATIONS))
                            .orElse(false)))
            .explainer(f -> Finding.of(f.group().maturity(), RulesElement.WRITTEN_REGULATIONS))
            .build(),
        // KCS-DIF-DIVERSITY: groups and their problems differ widely, so finding a working method
        // is hard, a reported difficulty: a note where one animator holds groups of very
        // different kinds.
        rule("kcs.dif.diversity", "KCS-DIF-DIVERSITY", Severity.NOTE, GroupMaturity.DEVELOPING)
            .reading(
                ModalClass.OBSERVATION,
                "trudnościach związanych z wypracowaniem odpowiedniego sposobu pracy animatorów z grupami, wynikających przede wszystkim z dużego zróżnicowania grup")
            .condition(
                Condition.when(
                    f -> f.implementation().isPresent() && !f.group().animators().isEmpty(),
                    f -> f.animatorsWithDifferentGroups().isEmpty()))
            .explainer(GroupLifeRules::diversityFinding)
            .build());
  }

  private static Rule.Builder<GroupLifeFacts> rule(
      String id, String fact, Severity severity, pl.kcs.core.DomainTerm appliesTo) {
    return Rule.<GroupLifeFacts>builder(id)
        .source(fact)
        .severity(severity)
        .appliesTo(appliesTo)
        .messages(WORDS);
  }

  /** The date as the message writes it in prose ("2 września 2024 r."), or a dash. */
  private static Object date(java.util.Optional<LocalDate> date) {
    return date.<Object>map(d -> d).orElse("—");
  }

  private static Finding diversityFinding(GroupLifeFacts facts) {
    List<Labelled> animators = new ArrayList<>();
    for (Map.Entry<AnimatorId, ImmutableList<SelfHelpGroup>> entry :
        facts.animatorsWithDifferentGroups().entrySet()) {
      List<String> names = new ArrayList<>();
      for (SelfHelpGroup other : entry.getValue()) {
        names.add(other.name());
      }
      animators.add(
          WORDS.message("diversity.animator", entry.getKey().value(), String.join(", ", names)));
    }
    return Finding.of(animators, animators.size(), 0);
  }
}
