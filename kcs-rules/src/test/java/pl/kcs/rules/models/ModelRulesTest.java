package pl.kcs.rules.models;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.rules.models.ModelsFixture.coCreating;
import static pl.kcs.rules.models.ModelsFixture.developing;
import static pl.kcs.rules.models.ModelsFixture.early;
import static pl.kcs.rules.models.ModelsFixture.everything;
import static pl.kcs.rules.models.ModelsFixture.nothing;
import static pl.kcs.rules.models.ModelsFixture.spaceOnly;
import static pl.kcs.rules.models.ModelsFixture.wanting;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Status;

/**
 * Every built-in model rule (KCS-M1 … KCS-M4), once passing and once failing, with its rendered
 * message asserted in Polish and English and the fact ID it cites.
 */
class ModelRulesTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final Locale EN = Locale.ENGLISH;

  static Stream<Arguments> rules() {
    return Stream.of(
        rule(
            "kcs.m1.space",
            "KCS-M1",
            ModelFacts.of(coCreating(), spaceOnly()),
            ModelFacts.of(coCreating(), nothing()),
            "Instytucja może bezpłatnie użyczyć przestrzeni: 8 godz. tygodniowo.",
            "The institution can lend a space for free: 8 hours a week.",
            "Instytucja nie ma wolnej przestrzeni do użyczenia.",
            "The institution has no free space to lend."),
        rule(
            "kcs.m1.runs-itself",
            "KCS-M1",
            ModelFacts.of(coCreating(), spaceOnly()),
            ModelFacts.of(early(), spaceOnly()),
            "Grupa sama prowadzi swoje spotkania (etap: spotyka się bez udziału animatora lub animatorki): wystarczy użyczenie przestrzeni.",
            "The group runs its own meetings (maturity: meets without the animator): lending space is enough.",
            "Grupa jeszcze sama nie prowadzi swoich spotkań (etap: na wczesnym etapie): sama przestrzeń to za mało wsparcia.",
            "The group does not run its own meetings yet (maturity: early stage): space alone is too little support."),
        rule(
            "kcs.m1.neutral-space",
            "KCS-M1",
            ModelFacts.of(
                coCreating(),
                spaceOnly(),
                List.of(room(RoomFeature.NEUTRAL_AND_FRIENDLY, RoomFeature.SAFE))),
            ModelFacts.of(coCreating(), spaceOnly(), List.of(room(RoomFeature.SAFE))),
            "Sale neutralne, przyjazne i bezpieczne do organizacji spotkań: sala klubowa.",
            "Rooms that are neutral, friendly and safe for meetings: sala klubowa.",
            "Żadna z sal (sprawdzono: 1) nie jest odnotowana jako neutralna, przyjazna i bezpieczna.",
            "None of the rooms (checked: 1) is recorded as neutral, friendly and safe."),
        rule(
            "kcs.m1.night-watchman",
            "KCS-M1",
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating(), spaceOnly()),
            "Jest „nocny stróż”: kawa, herbata, drobna obsługa administracyjna.",
            "A \"night watchman\" is there: coffee, tea, small administrative help.",
            "Brak „nocnego stróża” (kawa, herbata, drobna obsługa administracyjna).",
            "There is no \"night watchman\" (coffee, tea, small administrative help)."),
        rule(
            "kcs.m2.needs-support",
            "KCS-M2",
            ModelFacts.of(early(), everything()),
            ModelFacts.of(coCreating(), everything()),
            "Grupa potrzebuje pomocy w zainicjowaniu lub rozwoju: etap: na wczesnym etapie; jeszcze nieustalone z uczestnikami: cele, zasady, kontrakt.",
            "The group needs help to start or develop: maturity: early stage; not yet agreed with the participants: goals, rules, contract.",
            "Grupa ma już za sobą wczesny etap (etap: spotyka się bez udziału animatora lub animatorki) i ustaliła z uczestnikami cele, zasady i kontrakt; model 2 może ją wspierać w dłuższej perspektywie.",
            "The group is past its early stage (maturity: meets without the animator) and has agreed its goals, rules and contract with its participants; Model 2 can still support it in the longer run."),
        rule(
            "kcs.m2.capacity",
            "KCS-M2",
            ModelFacts.of(early(), everything()),
            ModelFacts.of(early(), spaceOnly()),
            "Instytucja może pomóc grupom wystartować i się rozwijać: szkolenia liderów i liderek grup (rozwój grup samopomocowych, moderacja spotkań), czas animatora lub animatorki (promocja i rekrutacja, pierwsze spotkanie, cele, zasady i kontrakt).",
            "The institution can help groups start and develop: training for group leaders (self-help group development, meeting moderation), an animator's time (promotion and recruitment, first meeting, goals, rules and contract).",
            "Instytucja nie może dać tej grupie żadnej formy wsparcia modelu 2: ani szkoleń liderów i liderek grup, ani czasu animatora lub animatorki na to, czego grupa jeszcze potrzebuje.",
            "The institution can give this group none of Model 2's forms of support: neither training for group leaders nor an animator's time for what the group still needs."),
        rule(
            "kcs.m2.training",
            "KCS-M2",
            ModelFacts.of(early(), everything()),
            ModelFacts.of(early(), spaceOnly()),
            "Liderzy i liderki grup mogą się szkolić z rozwoju grup samopomocowych i moderacji spotkań.",
            "Group leaders can be trained in self-help group development and meeting moderation.",
            "Instytucja nie oferuje szkoleń dla liderów i liderek grup.",
            "The institution offers no training for group leaders."),
        rule(
            "kcs.m2.animation",
            "KCS-M2",
            ModelFacts.of(early(), everything()),
            ModelFacts.of(early(), spaceOnly()),
            "Animator lub animatorka może pomóc liderom grupy dotrzeć do osób w podobnej sytuacji, poprowadzić pierwsze spotkanie i pomóc ustalić cele, zasady i kontrakt.",
            "An animator can help the group's leaders reach people in a similar situation, animate its first meeting and help set its goals, rules and contract.",
            "Nie wyodrębniono czasu animatora lub animatorki dla grup na starcie.",
            "No animator's time is set aside for starting groups."),
        rule(
            "kcs.m3.offer",
            "KCS-M3",
            ModelFacts.of(developing(), everything()),
            ModelFacts.of(developing(), spaceOnly()),
            "Instytucja ma własną ofertę kulturalną, którą może proponować grupie (program, arteterapia lub wyjścia).",
            "The institution has a cultural offer of its own to propose to the group (its programme, art therapy or outings).",
            "Instytucja nie odnotowała własnej oferty kulturalnej: programu, zajęć arteterapii ani wsparcia w wyjściach.",
            "The institution has recorded no cultural offer of its own: no programme, art therapy or help with outings."),
        rule(
            "kcs.m3.cultural-needs",
            "KCS-M3",
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(developing(), everything()),
            "Grupa zgłosiła potrzeby kulturalne: zajęcia z arteterapii, wydarzenia kulturalne wybrane przez grupę.",
            "The group has stated cultural needs: art therapy, cultural events the group chooses.",
            "Grupa nie zgłosiła jeszcze żadnych potrzeb kulturalnych.",
            "The group has not stated any cultural needs yet."),
        rule(
            "kcs.m3.means",
            "KCS-M3",
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating(), spaceOnly()),
            "Instytucja ma zasoby na: zajęcia z arteterapii, wydarzenia kulturalne wybrane przez grupę.",
            "The institution has the means for: art therapy, cultural events the group chooses.",
            "Instytucja nie ma zasobów na żadną z potrzeb grupy (zajęcia z arteterapii, wydarzenia kulturalne wybrane przez grupę).",
            "The institution has the means for none of the group's needs (art therapy, cultural events the group chooses)."),
        rule(
            "kcs.m3.programme",
            "KCS-M3",
            ModelFacts.of(wanting(CulturalNeed.INSTITUTION_PROGRAMME), everything()),
            ModelFacts.of(wanting(CulturalNeed.INSTITUTION_PROGRAMME), spaceOnly()),
            "Potrzeba grupy: udział w programie kulturalnym instytucji. Instytucja ma: własny program kulturalny instytucji.",
            "The group needs: taking part in the institution's cultural programme. The institution has: the institution's own cultural programme.",
            "Potrzeba grupy: udział w programie kulturalnym instytucji. Instytucja nie ma własnego programu kulturalnego.",
            "The group needs: taking part in the institution's cultural programme. The institution has no cultural programme of its own."),
        rule(
            "kcs.m3.art-therapy",
            "KCS-M3",
            ModelFacts.of(wanting(CulturalNeed.ART_THERAPY), everything()),
            ModelFacts.of(wanting(CulturalNeed.ART_THERAPY), spaceOnly()),
            "Potrzeba grupy: zajęcia z arteterapii. Instytucja ma: arteterapia prowadzona przez własnych instruktorów, arteterapia zlecana zewnętrznym instruktorom.",
            "The group needs: art therapy. The institution has: art therapy by the institution's own instructors, art therapy by external instructors.",
            "Potrzeba grupy: zajęcia z arteterapii. Instytucja nie ma instruktorów arteterapii, ani własnych, ani zewnętrznych.",
            "The group needs: art therapy. The institution has no art-therapy instructors, its own or external."),
        rule(
            "kcs.m3.outings",
            "KCS-M3",
            ModelFacts.of(wanting(CulturalNeed.OUTINGS), everything()),
            ModelFacts.of(wanting(CulturalNeed.OUTINGS), spaceOnly()),
            "Potrzeba grupy: wyjścia „na miasto”. Instytucja ma: pomoc w wyjściach „na miasto” i bilety grupowe.",
            "The group needs: outings into town. The institution has: help with outings into town and group tickets.",
            "Potrzeba grupy: wyjścia „na miasto”. Instytucja nie pomaga w wyjściach „na miasto”.",
            "The group needs: outings into town. The institution does not help with outings into town."),
        rule(
            "kcs.m3.events",
            "KCS-M3",
            ModelFacts.of(wanting(CulturalNeed.CULTURAL_EVENTS), everything()),
            ModelFacts.of(wanting(CulturalNeed.CULTURAL_EVENTS), spaceOnly()),
            "Potrzeba grupy: wydarzenia kulturalne wybrane przez grupę. Instytucja ma: własny program kulturalny instytucji, pomoc w wyjściach „na miasto” i bilety grupowe.",
            "The group needs: cultural events the group chooses. The institution has: the institution's own cultural programme, help with outings into town and group tickets.",
            "Potrzeba grupy: wydarzenia kulturalne wybrane przez grupę. Instytucja nie ma ani własnego programu, ani pomocy w wyjściach.",
            "The group needs: cultural events the group chooses. The institution has neither a programme of its own nor help with outings."),
        rule(
            "kcs.m4.formed",
            "KCS-M4",
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(early(), everything()),
            "Grupa jest ukształtowana (etap: spotyka się bez udziału animatora lub animatorki).",
            "The group is formed (maturity: meets without the animator).",
            "Grupa nie jest jeszcze ukształtowana (etap: na wczesnym etapie): model 4 jest dla ukształtowanych i dobrze działających grup.",
            "The group is not formed yet (maturity: early stage): Model 4 is for formed, well-functioning groups."),
        rule(
            "kcs.m4.rules",
            "KCS-M4",
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(early(), everything()),
            "Grupa działa według jasnych zasad ustalonych z uczestnikami.",
            "The group works by clear rules agreed with its participants.",
            "Grupa nie ma jeszcze jasnych zasad ustalonych z uczestnikami.",
            "The group has no clear rules agreed with its participants yet."),
        rule(
            "kcs.m4.motivated",
            "KCS-M4",
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating().withMotivatedToActOutwards(false), everything()),
            "Grupa ma motywację do działania na zewnątrz.",
            "The group is motivated to act outwards.",
            "Grupa nie ma motywacji do działania na zewnątrz.",
            "The group is not motivated to act outwards."),
        rule(
            "kcs.m4.resourced",
            "KCS-M4",
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating().withResourcedToActOutwards(false), everything()),
            "Grupa ma zasoby do działania na zewnątrz.",
            "The group has the resources to act outwards.",
            "Grupie brakuje zasobów do działania na zewnątrz.",
            "The group lacks the resources to act outwards."),
        rule(
            "kcs.m4.public-events",
            "KCS-M4",
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating(), spaceOnly()),
            "Instytucja może gościć wydarzenia otwarte dla publiczności.",
            "The institution can host events open to the public.",
            "Instytucja nie może gościć wydarzeń otwartych dla publiczności.",
            "The institution cannot host events open to the public."),
        rule(
            "kcs.m4.runs-itself",
            "KCS-M4",
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(developing(), everything()),
            "Grupa już spotyka się bez animatora.",
            "The group already meets without the animator.",
            "Grupa jeszcze nie spotyka się bez animatora (etap: rozwijająca się).",
            "The group does not meet without the animator yet (maturity: developing)."));
  }

  private static Room room(RoomFeature... features) {
    return Room.builder()
        .name("sala klubowa")
        .kind(RoomKind.MEETING_ROOM)
        .capacity(12)
        .addFeatures(features)
        .build();
  }

  private static Arguments rule(
      String id,
      String fact,
      ModelFacts passing,
      ModelFacts failing,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    return Arguments.of(id, fact, passing, failing, passedPl, passedEn, failedPl, failedEn);
  }

  @ParameterizedTest(name = "{0} ({1}) passes")
  @MethodSource("rules")
  void each_model_rule_passes_when_its_condition_holds_and_says_so_in_polish_and_english(
      String id,
      String fact,
      ModelFacts passing,
      ModelFacts failing,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    Outcome outcome = outcome(passing, id);

    assertThat(outcome.status()).isEqualTo(Status.PASSED);
    assertThat(outcome.source().id()).isEqualTo(fact);
    assertThat(outcome.message(PL)).isEqualTo(passedPl);
    assertThat(outcome.message(EN)).isEqualTo(passedEn);
  }

  @ParameterizedTest(name = "{0} ({1}) fails")
  @MethodSource("rules")
  void each_model_rule_fails_when_its_condition_does_not_hold_and_says_what_to_do(
      String id,
      String fact,
      ModelFacts passing,
      ModelFacts failing,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    Outcome outcome = outcome(failing, id);

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.source().id()).isEqualTo(fact);
    assertThat(outcome.message(PL)).isEqualTo(failedPl);
    assertThat(outcome.message(EN)).isEqualTo(failedEn);
    assertThat(outcome.action(PL)).isNotBlank().isNotEqualTo(outcome.action(EN));
    assertThat(outcome.render(EN))
        .contains(failedEn)
        .contains("(" + id + ", " + fact + ")")
        .contains("→ " + outcome.action(EN));
    assertThat(outcome.rule().appliesTo()).get().isInstanceOf(OperatingModel.class);
    assertThat(((OperatingModel) outcome.rule().appliesTo().orElseThrow()).source().id())
        .isEqualTo(fact);
  }

  private static Outcome outcome(ModelFacts facts, String ruleId) {
    return ModelSelection.defaultRules().evaluate(facts).outcome(ruleId).orElseThrow();
  }
}
