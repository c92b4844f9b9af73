package pl.kcs.rules.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * Every built-in club rule (KS-FORMAL … KS-PARTNERS), once passing on a complete club and once
 * failing on a club with one gap, with its rendered message asserted in Polish and English. The
 * fact ID each rule cites and its severity are part of every case.
 */
class ClubRulesTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final Locale EN = Locale.ENGLISH;

  static Stream<Arguments> rules() {
    return Stream.of(
        rule(
            "ks.formal.order",
            "KS-FORMAL",
            Severity.BLOCKER,
            ClubGap.NO_ORDER,
            "Klub powołano zarządzeniem kierownika ośrodka z dnia 1 marca 2023 r.",
            "The club was set up by an order of the centre's head on 1 March 2023.",
            "Brak zarządzenia kierownika ośrodka powołującego klub.",
            "There is no order of the centre's head setting up the club."),
        rule(
            "ks.formal.separate-unit",
            "KS-FORMAL",
            Severity.BLOCKER,
            ClubGap.NOT_SEPARATE_UNIT,
            "Klub jest odrębną komórką w strukturze ośrodka.",
            "The club is a separate unit in the centre's structure.",
            "Klub nie jest odrębną komórką w strukturze ośrodka.",
            "The club is not a separate unit in the centre's structure."),
        rule(
            "ks.formal.strategy",
            "KS-FORMAL",
            Severity.ADVICE,
            ClubGap.NOT_IN_STRATEGY,
            "Klub jest wpisany w: Gminna strategia rozwiązywania problemów społecznych 2021–2027.",
            "The club is written into: Gminna strategia rozwiązywania problemów społecznych 2021–2027.",
            "Klub nie jest wpisany w strategię rozwiązywania problemów społecznych ani w lokalny plan rozwoju.",
            "The club is not written into the strategy for solving social problems or the local development plan."),
        rule(
            "ks.law.social-assistance-act",
            "KS-LAW",
            Severity.ADVICE,
            ClubGap.SOCIAL_ASSISTANCE_ACT_UNKNOWN,
            "Podstawa prawna klubu jest znana: ustawa z dnia 12 marca 2004 r. o pomocy społecznej (art. 51: klub samopomocy jest ośrodkiem wsparcia).",
            "The club's legal basis is known: the social assistance act of 12 March 2004 (art. 51: a self-help club is a support centre).",
            "Nie odnotowano znajomości podstawy prawnej klubu: ustawa z dnia 12 marca 2004 r. o pomocy społecznej (art. 51: klub samopomocy jest ośrodkiem wsparcia).",
            "The club's legal basis, the social assistance act of 12 March 2004 (art. 51: a self-help club is a support centre), is not recorded as known."),
        rule(
            "ks.law.other-acts",
            "KS-LAW",
            Severity.ADVICE,
            ClubGap.SOBRIETY_ACT_UNKNOWN,
            "Znane są ustawy, na których opiera się finansowanie klubu i wolontariat: ustawa z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi, ustawa z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie.",
            "The acts behind the club's funding and volunteering are known: act of 26 October 1982 on upbringing in sobriety and counteracting alcoholism, act of 24 April 2003 on public-benefit activity and volunteering.",
            "Akty prawne, których znajomości nie odnotowano: ustawa z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi.",
            "Not recorded as known: act of 26 October 1982 on upbringing in sobriety and counteracting alcoholism."),
        rule(
            "ks.goals.groups",
            "KS-GOALS",
            Severity.WARNING,
            ClubGap.NO_GROUPS_GOAL,
            "Wśród celów klubu jest inicjowanie i wspieranie grup w dążeniu do ich usamodzielnienia.",
            "The club's goals include starting and supporting groups towards independence.",
            "Wśród celów klubu brakuje celu: inicjowanie i wspieranie grup w dążeniu do ich usamodzielnienia.",
            "The club's goals do not include starting and supporting groups towards independence."),
        rule(
            "ks.goals.all",
            "KS-GOALS",
            Severity.ADVICE,
            ClubGap.SELF_BELIEF_GOAL_MISSING,
            "Klub przyjął wszystkie cele modelu (7).",
            "The club has adopted all 7 goals of the model.",
            "Cele modelu, których klub nie przyjął: wzmocnienie wiary w siebie i akceptacji siebie.",
            "Goals of the model the club has not adopted: strengthening self-belief and self-acceptance."),
        rule(
            "ks.values",
            "KS-VALUES",
            Severity.WARNING,
            ClubGap.PARTNERSHIP_VALUE_MISSING,
            "Klub opiera się na wszystkich czterech wartościach: uczestnictwo, partnerstwo, współpraca, oparcie na doświadczeniach członków klubu.",
            "The club is built on all four values: participation, partnership, cooperation, building on members' experience.",
            "Wartości, na których klub jeszcze się nie opiera: partnerstwo.",
            "Values the club is not yet built on: partnership."),
        rule(
            "ks.who.beneficiaries",
            "KS-WHO",
            Severity.WARNING,
            ClubGap.NO_BENEFICIARIES,
            "Odbiorcy klubu: osoby bezrobotne, w szczególności długotrwale, osoby z niepełnosprawnościami, w tym z niepełnosprawnością intelektualną i chorujące psychicznie, matki samotnie wychowujące dzieci (grupy docelowe KCS: osoby z problemami zdrowotnymi oraz ich rodziny, grupy mierzące się z problemami społecznymi).",
            "The club is for: unemployed people, especially long-term, people with disabilities, including intellectual disability and mental illness, single mothers (KCS target groups: people with health problems and their families, groups facing social problems).",
            "Klub nie określił, dla kogo jest.",
            "The club has not said whom it is for."),
        rule(
            "ks.who.groups-match",
            "KS-WHO",
            Severity.ADVICE,
            ClubGap.NEIGHBOURHOOD_GROUP,
            "Każda grupa klubu jest dla osób, dla których jest klub.",
            "Every group of the club is for people the club is for.",
            "Grupy dla osób, których klub nie wymienił wśród swoich odbiorców (grupa docelowa KCS): Sąsiedzi z Zielonego Osiedla (grupy samopomocowe działające w środowisku lokalnym).",
            "Groups for people the club has not named among its beneficiaries (KCS target group): Sąsiedzi z Zielonego Osiedla (self-help groups active in the local community)."),
        rule(
            "ks.forms.groups",
            "KS-FORMS",
            Severity.WARNING,
            ClubGap.NO_GROUP_FORMS,
            "Formy działania klubu: grupy samopomocowe, grupy wsparcia, poradnictwo, wymiana usług (barter).",
            "The club's forms of activity: self-help groups, support groups, counselling, exchange of services (barter).",
            "Wśród form działania klubu nie ma ani grup samopomocowych, ani grup wsparcia.",
            "Neither self-help groups nor support groups are among the club's forms of activity."),
        rule(
            "ks.people.team",
            "KS-PEOPLE",
            Severity.WARNING,
            ClubGap.TEAM_UNAWARE,
            "Cały zespół ośrodka zna i rozumie ideę klubu.",
            "The whole team of the centre knows and understands the idea of the club.",
            "Zespół ośrodka nie zna jeszcze i nie rozumie idei klubu.",
            "The team of the centre does not yet know and understand the idea of the club."),
        rule(
            "ks.people.coordinator-appointed",
            "KS-PEOPLE",
            Severity.BLOCKER,
            ClubGap.NO_COORDINATOR,
            "Klub ma koordynatora, który kieruje jego pracą.",
            "The club has a coordinator who directs its work.",
            "Klub nie ma koordynatora, a pracą KS kieruje koordynator.",
            "The club has no coordinator, and a coordinator directs a club's work."),
        rule(
            "ks.people.coordinator",
            "KS-PEOPLE",
            Severity.WARNING,
            ClubGap.COORDINATOR_DUTIES_UNWRITTEN,
            "Koordynator klubu, koordynator-1, jest zatrudniony w ośrodku i ma prowadzenie klubu wpisane w zakres czynności (½ etatu).",
            "The club's coordinator, koordynator-1, is employed at the centre with the club in the written duties (½ FTE).",
            "Brakuje koordynatora spełniającego wymagania: prowadzenie klubu nie jest wpisane w zakres czynności koordynatora.",
            "The club's coordinator is not in place: running the club is not written into the coordinator's duties."),
        rule(
            "ks.people.coordinator-duties",
            "KS-PEOPLE",
            Severity.WARNING,
            ClubGap.COORDINATOR_NOT_ORGANISING_GROUPS,
            "Koordynator ma wszystkie trzy zadania: nadzór i monitorowanie pracy klubu, dbanie o rozwój klubu (współpraca z partnerami, promocja idei samopomocy), organizacja pracy grup.",
            "The coordinator has all three duties: supervising and monitoring the club's work, developing the club (partners, promotion of self-help), organising the groups' work.",
            "Zadania koordynatora, których mu nie powierzono: organizacja pracy grup.",
            "Duties of the coordinator not assigned: organising the groups' work."),
        rule(
            "ks.people.animators",
            "KS-PEOPLE",
            Severity.BLOCKER,
            ClubGap.NO_ANIMATORS,
            "Animatorzy klubu: anim-1, anim-2.",
            "Animators of the club: anim-1, anim-2.",
            "Klub nie ma animatorów.",
            "The club has no animators."),
        rule(
            "ks.people.animator-tasks",
            "KS-PEOPLE",
            Severity.WARNING,
            ClubGap.NO_ONE_GIVES_INFORMATION,
            "Animatorzy mają razem wszystkie trzy zadania: inicjowanie nowych grup, prowadzenie pierwszych spotkań grup, udzielanie informacji na miejscu.",
            "The animators between them have all three tasks: starting new groups, running the groups' first meetings, giving information on site.",
            "Zadania, których nie ma żaden animator klubu: udzielanie informacji na miejscu.",
            "Tasks no animator of the club has: giving information on site."),
        rule(
            "ks.people.experts",
            "KS-PEOPLE",
            Severity.ADVICE,
            ClubGap.NO_EXPERTS,
            "Klub współpracuje z ekspertami: psycholog, doradca zawodowy.",
            "The club works with experts: psychologist, career adviser.",
            "Klub nie współpracuje z żadnymi ekspertami.",
            "The club works with no experts."),
        rule(
            "ks.room.available",
            "KS-ROOM",
            Severity.BLOCKER,
            ClubGap.ONLY_FIELD_POINT,
            "Pomieszczenia klubu: sala klubowa.",
            "Rooms of the club: sala klubowa.",
            "Klub nie ma własnego pomieszczenia (punkty spotkań w terenie się nie liczą).",
            "The club has no room of its own (meeting points in the field do not count)."),
        rule(
            "ks.room.accessible",
            "KS-ROOM",
            Severity.ADVICE,
            ClubGap.ROOM_NOT_ACCESSIBLE,
            "Pomieszczenia dostosowane dla osób z niepełnosprawnościami: sala klubowa.",
            "Rooms adapted for people with disabilities: sala klubowa.",
            "Żadne z pomieszczeń klubu nie jest dostosowane dla osób z niepełnosprawnościami.",
            "None of the club's rooms is adapted for people with disabilities."),
        rule(
            "ks.room.field-points",
            "KS-ROOM",
            Severity.ADVICE,
            ClubGap.NO_FIELD_POINT,
            "Punkty spotkań w terenie: punkt w świetlicy osiedlowej.",
            "Meeting points in the field: punkt w świetlicy osiedlowej.",
            "Klub nie ma punktów spotkań w terenie (może je tworzyć).",
            "The club has no meeting points in the field (it may create them)."),
        rule(
            "ks.hours",
            "KS-HOURS",
            Severity.WARNING,
            ClubGap.HOURS_ONLY_IN_THE_MORNING,
            "Punkt informacyjny jest czynny 6 godz. tygodniowo: 3 godz. przed południem, 3 godz. po południu (wymagane: co najmniej 6 godz., częściowo przed południem i częściowo po południu).",
            "The information point is open 6 h a week: 3 h in the morning, 3 h in the afternoon (required: at least 6 h, partly in the morning and partly in the afternoon).",
            "Punkt informacyjny jest czynny 6 godz. tygodniowo: 6 godz. przed południem, 0 godz. po południu; brakuje: godzin po południu.",
            "The information point is open 6 h a week: 6 h in the morning, 0 h in the afternoon; missing: hours in the afternoon."),
        rule(
            "ks.equipment.furniture",
            "KS-EQUIPMENT",
            Severity.BLOCKER,
            ClubGap.NO_FURNITURE,
            "Klub ma podstawowe meble.",
            "The club has basic furniture.",
            "Klub nie ma podstawowych mebli.",
            "The club has no basic furniture."),
        rule(
            "ks.equipment.recommended",
            "KS-EQUIPMENT",
            Severity.ADVICE,
            ClubGap.NO_PROJECTOR,
            "Klub ma całe rekomendowane wyposażenie: telefon, komputer z drukarką, kserokopiarka, tablica, rzutnik, biblioteczka, artykuły papiernicze.",
            "The club has all the recommended equipment: phone, computer with printer, copier, board, projector, small library, stationery.",
            "Rekomendowane wyposażenie, którego klub nie ma: rzutnik.",
            "Recommended equipment the club lacks: projector."),
        rule(
            "ks.partners.key",
            "KS-PARTNERS",
            Severity.WARNING,
            ClubGap.NO_KEY_PARTNER_INVITED,
            "Kluczowi partnerzy klubu: Fundacja Pomocy Uchodźcom, Klub Integracji Społecznej w Brzozowie, Piekarnia Kłos, Poradnia Zdrowia Psychicznego, Powiatowy Urząd Pracy w Lipowie, Szkolne Koło Wolontariatu, Urząd Gminy Lipowo.",
            "Key partners of the club: Fundacja Pomocy Uchodźcom, Klub Integracji Społecznej w Brzozowie, Piekarnia Kłos, Poradnia Zdrowia Psychicznego, Powiatowy Urząd Pracy w Lipowie, Szkolne Koło Wolontariatu, Urząd Gminy Lipowo.",
            "Klub nie zaprosił do współpracy żadnego z kluczowych partnerów (odnotowani partnerzy: 8).",
            "The club has invited none of its key partners to cooperate (partners recorded: 8)."),
        rule(
            "ks.partners.breadth",
            "KS-PARTNERS",
            Severity.ADVICE,
            ClubGap.NO_OTHER_CLUB,
            "Klub współpracuje ze wszystkimi rodzajami kluczowych partnerów.",
            "The club cooperates with every kind of key partner.",
            "Rodzaje kluczowych partnerów, których klub jeszcze nie zaprosił: inny klub samopomocy lub klub integracji społecznej.",
            "Kinds of key partner the club has not invited yet: another self-help club or social-integration club."));
  }

  private static Arguments rule(
      String id,
      String fact,
      Severity severity,
      ClubGap gap,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    return Arguments.of(id, fact, severity, gap, passedPl, passedEn, failedPl, failedEn);
  }

  @ParameterizedTest(name = "{0} ({1}) passes on a complete club")
  @MethodSource("rules")
  void each_rule_passes_when_the_club_meets_it_and_says_so_in_polish_and_english(
      String id,
      String fact,
      Severity severity,
      ClubGap gap,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    Outcome outcome = outcome(ClubFixture.complete(), id);

    assertThat(outcome.status()).isEqualTo(Status.PASSED);
    assertThat(outcome.source().id()).isEqualTo(fact);
    assertThat(outcome.severity()).isEqualTo(severity);
    assertThat(outcome.message(PL)).isEqualTo(passedPl);
    assertThat(outcome.message(EN)).isEqualTo(passedEn);
  }

  @ParameterizedTest(name = "{0} ({1}) fails when the club lacks {3}")
  @MethodSource("rules")
  void each_rule_fails_when_the_club_lacks_it_and_says_what_and_what_to_do(
      String id,
      String fact,
      Severity severity,
      ClubGap gap,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    Outcome outcome = outcome(ClubFixture.lacking(gap), id);

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.source().id()).isEqualTo(fact);
    assertThat(outcome.message(PL)).isEqualTo(failedPl);
    assertThat(outcome.message(EN)).isEqualTo(failedEn);
    assertThat(outcome.action(PL))
        .isNotBlank()
        .isNotEqualTo(outcome.action(EN))
        .doesNotContain("''");
    assertThat(outcome.action(EN)).doesNotContain("''");
    assertThat(outcome.render(EN))
        .contains(failedEn)
        .contains("(" + id + ", " + fact + ")")
        .contains("→ " + outcome.action(EN));
  }

  @Test
  void the_cases_above_cover_every_built_in_rule_once() {
    assertThat(rules().map(a -> (String) a.get()[0]))
        .containsExactlyElementsOf(
            ClubCompliance.defaultRules().rules().stream()
                .map(r -> r.id().value())
                .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void a_club_without_recorded_hours_is_unknown_not_failed_KS_HOURS() {
    Outcome outcome = outcome(ClubFixture.lacking(ClubGap.HOURS_NOT_RECORDED), "ks.hours");

    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.isProblem()).isTrue();
    assertThat(outcome.message(PL))
        .isEqualTo("Nie odnotowano godzin otwarcia punktu informacyjnego.");
    assertThat(outcome.message(EN))
        .isEqualTo("The opening hours of the information point are not recorded.");
    assertThat(outcome.action(EN))
        .isEqualTo(
            "Open the information point at least 6 h a week, partly in the morning and partly in the afternoon (e.g. 8–10 and 16–18).");
    assertThat(outcome.action(PL))
        .isEqualTo(
            "Otwórzcie punkt informacyjny na co najmniej 6 godz. tygodniowo, częściowo przed południem i częściowo po południu (np. 8–10 i 16–18).");
  }

  @Test
  void
      rules_about_a_missing_person_or_room_do_not_also_judge_what_that_person_or_room_lacks_KS_PEOPLE_KS_ROOM() {
    SelfHelpClub noAnimators = ClubFixture.lacking(ClubGap.NO_ANIMATORS);
    assertThat(outcome(noAnimators, "ks.people.animator-tasks").status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(outcome(noAnimators, "ks.people.animator-tasks").message(PL))
        .isEqualTo("Nie dotyczy.");

    SelfHelpClub noCoordinator = ClubFixture.complete().withCoordinator(java.util.Optional.empty());
    Outcome coordinator = outcome(noCoordinator, "ks.people.coordinator");
    assertThat(coordinator.status()).isEqualTo(Status.FAILED);
    assertThat(coordinator.message(EN))
        .isEqualTo("The club's coordinator is not in place: no coordinator is appointed.");
    assertThat(coordinator.message(PL))
        .isEqualTo("Brakuje koordynatora spełniającego wymagania: nie powołano koordynatora.");
    assertThat(outcome(noCoordinator, "ks.people.coordinator-duties").status())
        .isEqualTo(Status.NOT_APPLICABLE);

    SelfHelpClub onlyField = ClubFixture.lacking(ClubGap.ONLY_FIELD_POINT);
    assertThat(outcome(onlyField, "ks.room.accessible").status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(outcome(onlyField, "ks.room.field-points").status()).isEqualTo(Status.PASSED);

    SelfHelpClub noPartner = ClubFixture.lacking(ClubGap.NO_KEY_PARTNER_INVITED);
    assertThat(outcome(noPartner, "ks.partners.breadth").status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void a_coordinator_outside_the_centre_is_named_as_the_gap_KS_PEOPLE() {
    SelfHelpClub club =
        ClubFixture.complete()
            .withCoordinator(
                ClubFixture.complete()
                    .coordinator()
                    .orElseThrow()
                    .withEmployedAtCentre(false)
                    .withClubInWrittenDuties(false));

    assertThat(outcome(club, "ks.people.coordinator").message(EN))
        .isEqualTo(
            "The club's coordinator is not in place: the coordinator is not employed at the centre, running the club is not written into the coordinator's duties.");
  }

  @Test
  void an_organisation_supporting_refugees_counts_as_the_key_ngo_partner_KS_PARTNERS() {
    ClubFacts facts = ClubFacts.of(ClubFixture.complete());

    assertThat(facts.missingKeyPartnerKinds()).isEmpty();
    assertThat(facts.keyPartners()).hasSize(7).doesNotContain("Dom Kultury w Lipowie");
  }

  @Test
  void every_rule_of_the_set_has_its_messages_in_the_clubs_own_bundle() {
    for (Rule<ClubFacts> rule : ClubCompliance.defaultRules().rules()) {
      assertThat(rule.messages()).as(rule.id().value()).isSameAs(ClubRules.WORDS);
      assertThat(rule.source().id()).startsWith("KS-");
      assertThat(rule.appliesTo()).isPresent();
    }
  }

  private static Outcome outcome(SelfHelpClub club, String ruleId) {
    return ClubCompliance.withDefaultRules()
        .assess(club)
        .evaluation()
        .outcome(ruleId)
        .orElseThrow();
  }
}
