package pl.kcs.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.kcs.core.Language;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupLinkKind;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.MemberRelation;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.ProfessionalRole;
import pl.kcs.core.group.Reciprocity;
import pl.kcs.core.group.RecruitmentChannel;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.autonomy.AutonomyAssessment;
import pl.kcs.rules.autonomy.AutonomyReport;
import pl.kcs.rules.group.GroupLife;
import pl.kcs.rules.group.GroupLifeReport;
import pl.kcs.rules.models.KcsModelPlan;
import pl.kcs.rules.models.ModelSelection;

/**
 * Three self-help groups of a culture house (a made-up one) — refugee women, single parents, a
 * peer group of people with mental-health experience — with the operating models recommended for
 * each and the reasons (KCS-S3, KCS-M1 … KCS-M4), what each group's life asks of the KCS
 * (KCS-REM-RULES, KCS-EFF-SELFRUN, KCS-DIF-NEWCOMERS, KCS-DIF-RULES, KCS-DIF-DIVERSITY), and each
 * group's autonomy and contacts (MA-AUTONOMY, MA-ATTITUDES, MA-ASSUMPTIONS, MA-GROUP, MA-TERMS,
 * MA-NETWORK), in Polish and English.
 */
public final class ThreeGroups {

  /** The day of the assessment. */
  static final LocalDate ON = LocalDate.of(2024, 11, 4);

  private static final LocalDate START = LocalDate.of(2024, 2, 5);
  private static final AnimatorId EWA = AnimatorId.of("anim-ewa");
  private static final AnimatorId JAN = AnimatorId.of("anim-jan");

  private ThreeGroups() {}

  /** Prints the report in Polish, then in English. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(report(Language.POLISH));
    out.println(report(Language.ENGLISH));
  }

  /** The report in {@code language}: models, group life, autonomy. */
  public static String report(Language language) {
    KcsImplementation culturalHouse = implementation();
    KcsModelPlan plan = ModelSelection.withDefaultRules().plan(culturalHouse, offer());
    StringBuilder text = new StringBuilder();
    text.append(heading(language, "models")).append(plan.render(language.locale()));
    text.append('\n').append(heading(language, "life"));
    for (GroupLifeReport life : GroupLife.withDefaults().assess(culturalHouse, ON)) {
      text.append(life.render(language.locale()));
    }
    text.append('\n').append(heading(language, "autonomy"));
    for (AutonomyReport autonomy : AutonomyAssessment.withDefaults().assess(culturalHouse)) {
      text.append(autonomy.render(language.locale()));
    }
    List<String> alone = new ArrayList<>();
    for (SelfHelpGroup group : AutonomyAssessment.groupsWithoutContact(culturalHouse)) {
      alone.add(group.name());
    }
    text.append('\n')
        .append(
            language == Language.POLISH
                ? "Grupy bez kontaktu z innymi grupami (MA-NETWORK): "
                : "Groups with no contact to other groups (MA-NETWORK): ")
        .append(String.join(", ", alone))
        .append('\n');
    return text.toString();
  }

  /** What the culture house can offer: 8 free hours a week and everything but its own art-therapy instructors. */
  public static InstitutionOffer offer() {
    return InstitutionOffer.of(
        8,
        InstitutionCapability.NIGHT_WATCHMAN,
        InstitutionCapability.TRAINING,
        InstitutionCapability.ANIMATION,
        InstitutionCapability.CULTURAL_PROGRAMME,
        InstitutionCapability.ART_THERAPY_EXTERNAL_INSTRUCTORS,
        InstitutionCapability.OUTINGS_AND_GROUP_TICKETS,
        InstitutionCapability.PUBLIC_EVENTS);
  }

  /** The culture house's KCS in stage 3 with its three groups and one contact between two of them. */
  public static KcsImplementation implementation() {
    SelfHelpGroup refugees = refugeeWomen();
    SelfHelpGroup parents = singleParents();
    return KcsImplementation.builder()
        .host(
            HostInstitution.builder()
                .name("Dom Kultury „Zielona”")
                .kind(HostKind.CULTURE_HOUSE)
                .addRooms(
                    Room.builder()
                        .name("sala kominkowa")
                        .addFeatures(
                            RoomFeature.COMFORTABLE, RoomFeature.NON_WALK_THROUGH, RoomFeature.SAFE)
                        .capacity(16)
                        .build())
                .addEquipment(
                    Equipment.FLIPCHART,
                    Equipment.CHAIRS,
                    Equipment.TABLE,
                    Equipment.OFFICE_SUPPLIES)
                .build())
        .stage(Stage.OPERATION)
        .addAnimators(animator(EWA), animator(JAN))
        .addGroups(refugees, parents, peers())
        .addGroupLinks(
            GroupLink.of(
                refugees.id(), parents.id(), GroupLinkKind.SHARED_EVENT, ON.minusMonths(1)))
        .build();
  }

  /** Refugee women: developing, rules agreed, wanting outings and the house's programme. */
  static SelfHelpGroup refugeeWomen() {
    LocalDate founded = START.plusMonths(1);
    return SelfHelpGroup.builder()
        .id(GroupId.of("uchodzczynie"))
        .name("Kobiety z doświadczeniem uchodźczym")
        .addTargetGroups(TargetGroup.MINORITIES)
        .addTargetSubgroups(TargetSubgroup.REFUGEES)
        .participantCount(8)
        .maturity(GroupMaturity.DEVELOPING)
        .foundedOn(founded)
        .rules(
            rules(
                founded.plusWeeks(3),
                RulesElement.GOALS,
                RulesElement.RULES,
                RulesElement.CONTRACT))
        .addCulturalNeeds(CulturalNeed.OUTINGS, CulturalNeed.INSTITUTION_PROGRAMME)
        .meetingsLedBy(MeetingLead.ANIMATOR)
        .agendaSetBy(MeetingLead.PEERS)
        .addAnimators(EWA)
        .recruitedThrough(RecruitmentChannel.INSTITUTIONAL_PARTNERS)
        .addAllMemberships(members("rw", founded, 8))
        .reciprocity(Reciprocity.of(6, 7, 5))
        .build();
  }

  /** Single parents: early, no rules yet, two newcomers after bonding, wanting cultural events. */
  static SelfHelpGroup singleParents() {
    LocalDate founded = START.plusMonths(3);
    List<Membership> members = new ArrayList<>(members("sp", founded, 4));
    members.add(Membership.joined(MemberId.of("sp-05"), founded.plusMonths(4)));
    members.add(Membership.joined(MemberId.of("sp-06"), founded.plusMonths(5)));
    return SelfHelpGroup.builder()
        .id(GroupId.of("rodzice"))
        .name("Samodzielni rodzice")
        .addTargetGroups(TargetGroup.SOCIAL_PROBLEMS)
        .addTargetSubgroups(TargetSubgroup.SINGLE_PARENTS)
        .participantCount(6)
        .maturity(GroupMaturity.EARLY)
        .foundedOn(founded)
        .addCulturalNeeds(CulturalNeed.CULTURAL_EVENTS)
        .meetingsLedBy(MeetingLead.ANIMATOR)
        .addAnimators(EWA)
        .recruitedThrough(RecruitmentChannel.PEOPLE_IN_CRISIS)
        .addAllMemberships(members)
        .build();
  }

  /**
   * A peer group of people with mental-health experience and a close one: runs itself with
   * written regulations, led by its members and a psychologist who belongs through own
   * experience, motivated and resourced to act outwards; a psychiatric-care professional
   * cooperates when asked.
   */
  static SelfHelpGroup peers() {
    LocalDate founded = START;
    List<Membership> members = new ArrayList<>(members("mh", founded, 5));
    members.add(
        Membership.builder()
            .member(MemberId.of("mh-06"))
            .relation(MemberRelation.FAMILY_OR_CLOSE)
            .joinedOn(founded)
            .build());
    return SelfHelpGroup.builder()
        .id(GroupId.of("razem"))
        .name("Grupa wsparcia rówieśniczego „Razem”")
        .addTargetGroups(TargetGroup.HEALTH_PROBLEMS)
        .addTargetSubgroups(
            TargetSubgroup.MENTAL_HEALTH, TargetSubgroup.FAMILIES_OF_PEOPLE_WITH_HEALTH_PROBLEMS)
        .participantCount(6)
        .maturity(GroupMaturity.RUNNING_ITSELF)
        .foundedOn(founded)
        .meetsWithoutAnimatorSince(founded.plusMonths(5))
        .rules(
            rules(
                founded.plusMonths(1),
                RulesElement.GOALS,
                RulesElement.RULES,
                RulesElement.WRITTEN_REGULATIONS))
        .addCulturalNeeds(CulturalNeed.ART_THERAPY)
        .motivatedToActOutwards(true)
        .resourcedToActOutwards(true)
        .meetingsLedBy(MeetingLead.PEERS)
        .addAnimators(JAN)
        .recruitedThrough(RecruitmentChannel.EXISTING_GROUPS)
        .addAllMemberships(members)
        .addProfessionals(
            ProfessionalInvolvement.builder()
                .role(ProfessionalRole.THERAPIST)
                .ownExperience(true)
                .addPractices(InvolvementPractice.LEADS_MEETINGS)
                .build(),
            ProfessionalInvolvement.of(
                ProfessionalRole.PSYCHIATRIC_CARE, InvolvementPractice.COOPERATES_WHEN_ASKED))
        .reciprocity(Reciprocity.of(5, 5, 5))
        .build();
  }

  private static GroupRules rules(LocalDate agreedOn, RulesElement... elements) {
    return GroupRules.builder()
        .addElements(elements)
        .agreedOn(agreedOn)
        .formulatedWithParticipants(true)
        .build();
  }

  private static List<Membership> members(String prefix, LocalDate joined, int count) {
    List<Membership> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      members.add(Membership.joined(MemberId.of(prefix + "-0" + i), joined));
    }
    return members;
  }

  private static Animator animator(AnimatorId id) {
    return Animator.builder()
        .id(id)
        .postFraction(PostFraction.QUARTER)
        .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
        .ownMotivation(true)
        .supervision(SupervisionArrangement.of(SupervisionFrequency.MONTHLY))
        .build();
  }

  private static String heading(Language language, String part) {
    String polish;
    String english;
    switch (part) {
      case "models":
        polish = "=== Modele działania (KCS-S3, KCS-M1 … KCS-M4) ===";
        english = "=== Operating models (KCS-S3, KCS-M1 … KCS-M4) ===";
        break;
      case "life":
        polish = "=== Życie grup na dzień " + ON + " (KCS-REM-RULES, KCS-EFF-*, KCS-DIF-*) ===";
        english = "=== Group life on " + ON + " (KCS-REM-RULES, KCS-EFF-*, KCS-DIF-*) ===";
        break;
      default:
        polish = "=== Autonomia i pomoc wzajemna (MA-*) ===";
        english = "=== Autonomy and mutual aid (MA-*) ===";
    }
    return (language == Language.POLISH ? polish : english) + "\n";
  }
}
