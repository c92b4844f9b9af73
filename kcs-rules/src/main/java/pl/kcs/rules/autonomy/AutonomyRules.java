package pl.kcs.rules.autonomy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.Labelled;
import pl.kcs.core.ModalClass;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupLinkKind;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.MutualAidAssumption;
import pl.kcs.core.group.PersonTerm;
import pl.kcs.core.group.ProfessionalAttitude;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.Reciprocity;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.AreaWords;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/** The built-in rules of autonomy and mutual aid (source 004), read on one group. */
final class AutonomyRules {

  /** The area's words: {@code pl/kcs/rules/autonomy/messages_pl.properties} and {@code _en}. */
  static final AreaWords WORDS =
      AreaWords.load("pl.kcs.rules.autonomy.messages", AutonomyRules.class);

  private AutonomyRules() {}

  static ImmutableList<Rule<AutonomyFacts>> defaults() {
    return ImmutableList.of(
        // MA-AUTONOMY: "całkowity brak ... lub znacznie ograniczona zależność od profesjonalnych
        // terapeutów", except those who belong through own experience. The animator leading a
        // group that does not yet run itself is the culture of support (KCS-M2): not judged.
        rule("ma.autonomy.meetings", "MA-AUTONOMY", Severity.WARNING, MeetingLead.PEERS)
            .reading(
                ModalClass.RECOMMENDATION,
                "Należy podkreślić ze szczególną siłą, że ważną kwestią grup pomocy wzajemnej jest całkowity brak ich zależności")
            .condition(
                Condition.when(
                    f -> f.group().meetingsLedBy() != MeetingLead.ANIMATOR || f.runsItself(),
                    f -> f.isAutonomous(f.group().meetingsLedBy())))
            .explainer(f -> Finding.of(f.group().meetingsLedBy(), MeetingLead.PEERS))
            .build(),
        rule("ma.autonomy.agenda", "MA-AUTONOMY", Severity.WARNING, MeetingLead.PEERS)
            .reading(
                ModalClass.RECOMMENDATION,
                "Dlaczego grupy pomocy wzajemnej powinny być wolne od profesjonalistów")
            .condition(
                Condition.when(
                    f -> f.group().agendaSetBy() != MeetingLead.ANIMATOR || f.runsItself(),
                    f -> f.isAutonomous(f.group().agendaSetBy())))
            .explainer(f -> Finding.of(f.group().agendaSetBy(), MeetingLead.PEERS))
            .build(),
        // MA-ATTITUDES: each of the three attitudes "jest zagrożeniem dla kultury grupowej".
        attitude("ma.attitudes.ambivalent-observer", ProfessionalAttitude.AMBIVALENT_OBSERVER),
        attitude("ma.attitudes.forceful-integrator", ProfessionalAttitude.FORCEFUL_INTEGRATOR),
        attitude("ma.attitudes.titled-quack", ProfessionalAttitude.TITLED_QUACK),
        // MA-BARRIER: dependence on psychiatric and social-assistance institutions and their
        // paternalism is the main barrier the article reports: a note.
        rule(
                "ma.barrier.dependence",
                "MA-BARRIER",
                Severity.NOTE,
                ProfessionalAttitude.FORCEFUL_INTEGRATOR)
            .reading(
                ModalClass.OBSERVATION,
                "nadmierna zależność od osób i instytucji zajmujących się leczeniem psychiatrycznym")
            .condition(
                Condition.when(
                    AutonomyFacts::hasDependenceInstitutions, f -> f.dependence().isEmpty()))
            .explainer(
                f -> Finding.of(involvements(f.dependence(), null), f.dependence().size(), 0))
            .build(),
        // MA-ASSUMPTIONS, the first assumption: the parallel relation: the experienced help each
        // other better than professionals without first-hand experience. A note on who leads the
        // meetings; an animator leading a group that does not yet run itself is KCS-M2's
        // culture of support, not judged.
        rule(
                "ma.assumptions.parallel-relation",
                "MA-ASSUMPTIONS",
                Severity.NOTE,
                MutualAidAssumption.PARALLEL_RELATION)
            .reading(
                ModalClass.OBSERVATION,
                "znaczenie mają: 1) relacja równoległa, 2) wzajemność oraz 3) autentyzm")
            .condition(AutonomyRules::parallelRelation)
            .explainer(f -> Finding.of(f.group().meetingsLedBy(), MeetingLead.PEERS))
            .build(),
        // MA-ASSUMPTIONS: reciprocity, the helper benefits too. At least half of those who
        // received help also gave it: library default, not in the source method.
        rule(
                "ma.assumptions.reciprocity",
                "MA-ASSUMPTIONS",
                Severity.ADVICE,
                MutualAidAssumption.RECIPROCITY)
            .reading(ModalClass.OBSERVATION, "znaczenie mają: … 2) wzajemność")
            .libraryDefault()
            .condition(AutonomyRules::reciprocity)
            .explainer(
                f ->
                    f.group()
                        .reciprocity()
                        .map(r -> Finding.of(r.gaveAndReceived(), r.receivedHelp()))
                        .orElse(Finding.none()))
            .build(),
        // MA-ASSUMPTIONS, the third assumption: authenticity — openness, trust, respect; "spotkanie
        // samopomocowe … musi opierać się" on it. kcs reads it from the group's agreed ground
        // rules (library reading); unknown where no rules are recorded.
        rule(
                "ma.assumptions.authenticity",
                "MA-ASSUMPTIONS",
                Severity.ADVICE,
                MutualAidAssumption.AUTHENTICITY)
            .reading(
                ModalClass.REQUIREMENT,
                "Spotkanie samopomocowe, ufundowane przecież na wzajemności dzielenia się doświadczeniem, musi opierać się")
            .condition(
                f ->
                    f.group()
                        .rules()
                        .map(
                            r ->
                                r.has(RulesElement.OPENNESS_TRUST_RESPECT)
                                    ? Status.PASSED
                                    : Status.FAILED)
                        .orElse(Status.UNKNOWN))
            .explainer(
                f ->
                    Finding.of(
                        f.group().rules().map(r -> (Object) r.elements()).orElse(""),
                        RulesElement.OPENNESS_TRUST_RESPECT))
            .build(),
        // MA-GROUP: groups "zrzeszają" the directly affected and their families or close ones, as
        // the article describes them: a note.
        rule(
                "ma.group.families",
                "MA-GROUP",
                Severity.NOTE,
                pl.kcs.core.group.MemberRelation.FAMILY_OR_CLOSE)
            .reading(
                ModalClass.OBSERVATION,
                "grupy zrzeszają zarówno osoby bezpośrednio dotknięte określonym problemem, jak i członków ich rodzin oraz bliskich")
            .condition(
                Condition.when(
                    f -> !f.group().memberships().isEmpty() && f.isOpenToFamilies(),
                    f -> f.familyMembers() > 0))
            .explainer(f -> Finding.of(f.familyMembers(), f.members()))
            .build(),
        // MA-TERMS: "the experienced" by default; other terms deliberately.
        rule("ma.terms", "MA-TERMS", Severity.ADVICE, PersonTerm.EXPERIENCED)
            .reading(
                ModalClass.SUGGESTION,
                "Warto podkreślić, że wobec członków inicjatyw samopomocowych używamy zróżnicowanej terminologii")
            .condition(Condition.holds(f -> f.terminology().isDeliberate()))
            .explainer(f -> Finding.of(f.terminology().term(), PersonTerm.EXPERIENCED))
            .build(),
        // MA-NETWORK: groups remain largely unknown to each other; contacts should be intensified.
        rule("ma.network.contacts", "MA-NETWORK", Severity.ADVICE, GroupLinkKind.SHARED_EVENT)
            .reading(
                ModalClass.RECOMMENDATION,
                "należy przyjąć, że dalszy rozwój inicjatyw samopomocowych i edukacyjnych wymaga zintensyfikowania kontaktów także między poszczególnymi grupami")
            .condition(
                Condition.when(
                    f -> f.implementation().map(i -> i.groups().size() > 1).orElse(false),
                    f -> !f.links().isEmpty()))
            .explainer(AutonomyRules::networkFinding)
            .build());
  }

  private static Rule.Builder<AutonomyFacts> rule(
      String id, String fact, Severity severity, pl.kcs.core.DomainTerm appliesTo) {
    return Rule.<AutonomyFacts>builder(id)
        .source(fact)
        .severity(severity)
        .appliesTo(appliesTo)
        .messages(WORDS);
  }

  private static Rule<AutonomyFacts> attitude(String id, ProfessionalAttitude attitude) {
    return rule(id, "MA-ATTITUDES", Severity.WARNING, attitude)
        .reading(
            ModalClass.REQUIREMENT,
            "znaczenie koniecznego dystansu grup samopomocowych wobec władzy profesjonalistów")
        .condition(
            Condition.when(
                f -> !f.group().professionals().isEmpty(), f -> f.showing(attitude).isEmpty()))
        .explainer(
            f ->
                Finding.of(
                    involvements(f.showing(attitude), attitude), f.showing(attitude).size(), 0))
        .build();
  }

  private static Status parallelRelation(AutonomyFacts facts) {
    MeetingLead lead = facts.group().meetingsLedBy();
    if (lead == MeetingLead.ANIMATOR && !facts.runsItself()) {
      return Status.NOT_APPLICABLE;
    }
    return lead == MeetingLead.PEERS || lead == MeetingLead.PROFESSIONAL_WITH_OWN_EXPERIENCE
        ? Status.PASSED
        : Status.FAILED;
  }

  private static Status reciprocity(AutonomyFacts facts) {
    Optional<Reciprocity> counted = facts.group().reciprocity();
    if (counted.isEmpty()) {
      return Status.UNKNOWN;
    }
    Reciprocity counts = counted.get();
    if (counts.receivedHelp() == 0) {
      return Status.NOT_APPLICABLE;
    }
    return 100L * counts.gaveAndReceived()
            >= (long) LibraryDefaults.RECIPROCITY_PERCENT.value() * counts.receivedHelp()
        ? Status.PASSED
        : Status.FAILED;
  }

  /**
   * Each involvement as "role: practices", with only the practices that show {@code attitude}
   * (all of them when it is null), in a stable order.
   */
  private static List<Labelled> involvements(
      List<ProfessionalInvolvement> involvements, @Nullable ProfessionalAttitude attitude) {
    List<Labelled> described = new ArrayList<>();
    for (ProfessionalInvolvement involvement : involvements) {
      List<InvolvementPractice> shown = new ArrayList<>();
      for (InvolvementPractice practice : InvolvementPractice.values()) {
        if (involvement.does(practice)
            && (attitude == null
                || Attitudes.shownBy(practice).filter(attitude::equals).isPresent())) {
          shown.add(practice);
        }
      }
      described.add(
          locale -> {
            StringBuilder text = new StringBuilder(involvement.role().label(locale)).append(": ");
            for (int i = 0; i < shown.size(); i++) {
              text.append(i == 0 ? "" : "; ").append(shown.get(i).label(locale));
            }
            return text.toString();
          });
    }
    described.sort((a, b) -> a.label(Locale.ROOT).compareTo(b.label(Locale.ROOT)));
    return described;
  }

  private static Finding networkFinding(AutonomyFacts facts) {
    Map<String, List<GroupLinkKind>> byGroup = new TreeMap<>();
    for (GroupLink link : facts.links()) {
      GroupId other = link.from().equals(facts.group().id()) ? link.to() : link.from();
      String name =
          facts
              .implementation()
              .flatMap(i -> i.group(other))
              .map(SelfHelpGroup::name)
              .orElse(other.value());
      List<GroupLinkKind> kinds = byGroup.computeIfAbsent(name, n -> new ArrayList<>());
      if (!kinds.contains(link.kind())) {
        kinds.add(link.kind());
      }
    }
    List<Labelled> contacts = new ArrayList<>();
    byGroup.forEach(
        (name, kinds) -> {
          kinds.sort(null);
          contacts.add(
              locale -> {
                StringBuilder text = new StringBuilder(name).append(" (");
                for (int i = 0; i < kinds.size(); i++) {
                  text.append(i == 0 ? "" : ", ").append(kinds.get(i).label(locale));
                }
                return text.append(')').toString();
              });
        });
    return Finding.of(contacts, facts.links().size(), 1);
  }
}
