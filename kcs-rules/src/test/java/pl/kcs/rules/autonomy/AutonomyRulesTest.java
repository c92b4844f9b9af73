package pl.kcs.rules.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.PersonTerm;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.ProfessionalRole;
import pl.kcs.core.group.Reciprocity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Status;

/**
 * Every autonomy rule (source 004), once passing and once failing, with its rendered message
 * asserted in Polish and English and the fact ID it cites.
 */
class AutonomyRulesTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final Locale EN = Locale.ENGLISH;
  private static final AutonomyAssessment ASSESSMENT = AutonomyAssessment.withDefaults();

  private static SelfHelpGroup peers() {
    return AutonomyFixture.peerGroup("peers", "Samodzielni rodzice", TargetSubgroup.SINGLE_PARENTS)
        .build();
  }

  private static SelfHelpGroup with(ProfessionalRole role, InvolvementPractice... practices) {
    return peers().withProfessionals(ProfessionalInvolvement.of(role, practices));
  }

  private static AutonomyReport alone(SelfHelpGroup group) {
    return ASSESSMENT.assess(group);
  }

  private static AutonomyReport inLibrary(String groupId) {
    return ASSESSMENT.assess(AutonomyFixture.threeGroups()).stream()
        .filter(r -> r.group().id().equals(GroupId.of(groupId)))
        .findFirst()
        .orElseThrow();
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule(
            "ma.autonomy.meetings",
            "MA-AUTONOMY",
            alone(peers()),
            alone(peers().withMeetingsLedBy(MeetingLead.PROFESSIONAL)),
            "Spotkania prowadzi: sami członkowie i członkinie grupy; grupa jest niezależna od profesjonalistów.",
            "The meetings are led by the members themselves: the group is independent of professionals.",
            "Spotkania prowadzi: profesjonalista bez własnego doświadczenia. Grupa pomocy wzajemnej powinna być całkowicie lub w znacznym stopniu niezależna od profesjonalistów, z wyjątkiem tych, którzy należą do niej dzięki własnemu doświadczeniu.",
            "The meetings are led by a professional without own experience. A mutual-aid group should be fully or largely independent of professionals, except those who belong to it through their own experience."),
        rule(
            "ma.autonomy.agenda",
            "MA-AUTONOMY",
            alone(peers()),
            alone(peers().withAgendaSetBy(MeetingLead.ANIMATOR)),
            "Program spotkań ustala: sami członkowie i członkinie grupy; grupa sama wyznacza kierunki.",
            "The agenda is set by the members themselves: the group sets its own direction.",
            "Program spotkań ustala: animator lub animatorka instytucji. O programie grupy pomocy wzajemnej powinni decydować sami jej członkowie i członkinie.",
            "The agenda is set by the institution's animator. The members of a mutual-aid group should decide its agenda themselves."),
        rule(
            "ma.attitudes.ambivalent-observer",
            "MA-ATTITUDES",
            alone(with(ProfessionalRole.THERAPIST, InvolvementPractice.COOPERATES_WHEN_ASKED)),
            alone(
                with(
                    ProfessionalRole.PSYCHIATRIC_CARE,
                    InvolvementPractice.LEADS_MEETINGS,
                    InvolvementPractice.DOUBTS_GROUP_CAN_LAST)),
            "Żaden profesjonalista bez własnego doświadczenia nie przyjmuje wobec grupy postawy „ambiwalentnego obserwatora”.",
            "No professional without own experience acts towards the group as an \"ambivalent observer\".",
            "Postawa „ambiwalentnego obserwatora” (źródło 004: profesjonaliści, którzy deklarując zainteresowanie i badawczy dystans, „występują de facto w roli wątpiących w możliwości trwania więzi pomiędzy doświadczonymi”): pracownik lub pracowniczka ochrony zdrowia psychicznego: prowadzi spotkania grupy; wątpi, że więzi między osobami z doświadczeniem przetrwają bez profesjonalistów. Taka postawa zagraża kulturze grupy.",
            "The \"ambivalent observer\" attitude (source 004: professionals who, declaring interest and a researcher's distance, in fact \"doubt that the bonds between the experienced can last\"): mental-health care worker: leads the group's meetings; doubts that the bonds between the experienced can last without professionals. It threatens the group's culture."),
        rule(
            "ma.attitudes.forceful-integrator",
            "MA-ATTITUDES",
            alone(with(ProfessionalRole.THERAPIST, InvolvementPractice.COOPERATES_WHEN_ASKED)),
            alone(
                with(
                    ProfessionalRole.SOCIAL_ASSISTANCE,
                    InvolvementPractice.CATALOGUES_INTO_INSTITUTIONAL_HELP)),
            "Żaden profesjonalista bez własnego doświadczenia nie przyjmuje wobec grupy postawy „siłowego integratora”.",
            "No professional without own experience acts towards the group as a \"forceful integrator\".",
            "Postawa „siłowego integratora” (źródło 004: profesjonaliści, którzy „katalogują” grupy samopomocowe i wpływają na ich działania, „podporządkowując” je zinstytucjonalizowanej pomocy): pracownik pomocy społecznej: kataloguje grupę i podporządkowuje ją pomocy instytucjonalnej. Taka postawa zagraża kulturze grupy.",
            "The \"forceful integrator\" attitude (source 004: professionals who \"catalogue\" self-help groups and shape their work by \"subordinating\" them to institutional help): social-assistance worker: catalogues the group and subordinates it to institutional help. It threatens the group's culture."),
        rule(
            "ma.attitudes.titled-quack",
            "MA-ATTITUDES",
            alone(with(ProfessionalRole.RESEARCHER, InvolvementPractice.COOPERATES_WHEN_ASKED)),
            alone(with(ProfessionalRole.RESEARCHER, InvolvementPractice.RULES_BY_TITLE)),
            "Żaden profesjonalista bez własnego doświadczenia nie przyjmuje wobec grupy postawy „utytułowanego znachora”.",
            "No professional without own experience acts towards the group as a \"titled quack\".",
            "Postawa „utytułowanego znachora” (źródło 004: kontrola nad grupą „usankcjonowana … tytułami naukowymi”, przy wiedzy jedynie „z drugiej ręki”): badacz lub badaczka: rozstrzyga za grupę na mocy tytułu naukowego i wiedzy z drugiej ręki. Taka postawa zagraża kulturze grupy.",
            "The \"titled quack\" attitude (source 004: control over the group \"sanctioned by academic titles\", with knowledge only \"second-hand\"): researcher: decides for the group by academic title and second-hand knowledge. It threatens the group's culture."),
        rule(
            "ma.barrier.dependence",
            "MA-BARRIER",
            alone(
                with(ProfessionalRole.PSYCHIATRIC_CARE, InvolvementPractice.COOPERATES_WHEN_ASKED)),
            alone(
                with(
                    ProfessionalRole.SOCIAL_ASSISTANCE,
                    InvolvementPractice.SETS_AGENDA,
                    InvolvementPractice.CATALOGUES_INTO_INSTITUTIONAL_HELP)),
            "Pracownicy ochrony zdrowia psychicznego i pomocy społecznej nie prowadzą grupy ani jej sobie nie podporządkowują.",
            "Professionals of psychiatric care and social assistance neither lead the group nor subordinate it.",
            "Zależność od instytucji psychiatrycznych i pomocy społecznej: pracownik pomocy społecznej: ustala program spotkań grupy; kataloguje grupę i podporządkowuje ją pomocy instytucjonalnej. Paternalizm tych instytucji to główna bariera samoorganizacji doświadczonych.",
            "Dependence on psychiatric and social-assistance institutions: social-assistance worker: sets the group's agenda; catalogues the group and subordinates it to institutional help. Their paternalism is the main barrier to the self-organisation of the experienced."),
        rule(
            "ma.assumptions.reciprocity",
            "MA-ASSUMPTIONS",
            alone(peers().withReciprocity(Reciprocity.of(4, 4, 3))),
            alone(peers().withReciprocity(Reciprocity.of(3, 5, 2))),
            "Pomoc płynie w obie strony (osoby, które otrzymały pomoc: 4; w tym także jej udzieliły: 3).",
            "Help goes both ways: of the 4 members who received help, 3 also gave it.",
            "Pomoc płynie głównie w jedną stronę (osoby, które otrzymały pomoc: 5; w tym także jej udzieliły: tylko 2).",
            "Help goes mostly one way: of the 5 members who received help, only 2 also gave it."),
        rule(
            "ma.group.families",
            "MA-GROUP",
            alone(AutonomyFixture.withFamily()),
            alone(AutonomyFixture.mentalHealthGroup().build()),
            "W grupie uczestniczą członkowie rodzin lub osoby bliskie (1 z 4).",
            "Family members or close ones take part in the group: 1 of 4 members.",
            "Grupa jest otwarta dla rodzin, ale nie należy do niej żaden członek rodziny ani osoba bliska.",
            "The group is open to families, but no family member or close one belongs to it."),
        rule(
            "ma.terms",
            "MA-TERMS",
            alone(peers()),
            ASSESSMENT.withTerminology(Terminology.byHabit(PersonTerm.PATIENT)).assess(peers()),
            "O uczestnikach mówimy: „osoby z doświadczeniem” — to świadomy wybór.",
            "The participants are called \"the experienced\": a deliberate choice.",
            "O uczestnikach mówi się z przyzwyczajenia: „pacjent”; słowa kształtują tożsamość.",
            "The participants are called \"patient\" by habit; words shape identity."),
        rule(
            "ma.network.contacts",
            "MA-NETWORK",
            inLibrary("parents"),
            inLibrary("razem"),
            "Grupa ma kontakty z innymi grupami: Uchodźczynie (wspólne wydarzenie, wizyta).",
            "The group has contacts with other groups: Uchodźczynie (shared event, visit).",
            "Grupa nie ma kontaktu z żadną inną grupą.",
            "The group has no contact with any other group."));
  }

  private static Arguments rule(
      String id,
      String fact,
      AutonomyReport passing,
      AutonomyReport failing,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    return Arguments.of(id, fact, passing, failing, passedPl, passedEn, failedPl, failedEn);
  }

  @ParameterizedTest(name = "{0} ({1}) passes and fails")
  @MethodSource("rules")
  void each_autonomy_rule_passes_and_fails_with_its_message_in_polish_and_english(
      String id,
      String fact,
      AutonomyReport passing,
      AutonomyReport failing,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    Outcome passed = passing.evaluation().outcome(id).orElseThrow();
    assertThat(passed.status()).isEqualTo(Status.PASSED);
    assertThat(passed.source().id()).isEqualTo(fact);
    assertThat(passed.message(PL)).isEqualTo(passedPl);
    assertThat(passed.message(EN)).isEqualTo(passedEn);

    Outcome failed = failing.evaluation().outcome(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.source().id()).isEqualTo(fact);
    assertThat(failed.message(PL)).isEqualTo(failedPl);
    assertThat(failed.message(EN)).isEqualTo(failedEn);
    assertThat(failed.action(PL)).isNotBlank().isNotEqualTo(failed.action(EN));
    assertThat(failed.render(EN))
        .contains("(" + id + ", " + fact + ")")
        .contains("→ " + failed.action(EN));
  }
}
