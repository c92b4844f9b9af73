package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import pl.kcs.core.club.ClubActivityForm;
import pl.kcs.core.club.ClubFormalSetUp;
import pl.kcs.core.club.ClubGoal;
import pl.kcs.core.club.ClubValue;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.group.BeneficiaryCategory;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.Coordinator;
import pl.kcs.core.people.ExpertKind;

/**
 * The JSON form of {@code pl.kcs.core.club}: the self-help club of a social-assistance centre
 * (KS-FORMAL, KS-LAW, KS-GOALS, KS-VALUES, KS-WHO, KS-FORMS, KS-PEOPLE, KS-ROOM, KS-EQUIPMENT,
 * KS-PARTNERS).
 */
final class ClubMapping {

  private ClubMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            SelfHelpClub.class, "selfHelpClub", ClubMapping::writeClub, ClubMapping::readClub));
    registry.add(
        Mapping.of(
            ClubFormalSetUp.class,
            "clubFormalSetUp",
            ClubMapping::writeSetUp,
            ClubMapping::readSetUp));
  }

  static void writeClub(SelfHelpClub club, Out out) {
    out.object("host", club.host(), HostMapping::writeHost);
    out.object("formalSetUp", club.formalSetUp(), ClubMapping::writeSetUp);
    out.object("legalContext", club.legalContext(), LegalMapping::writeContext);
    out.bool("teamKnowsIdea", club.teamKnowsIdea());
    out.optObject("coordinator", club.coordinator(), PeopleMapping::writeCoordinator);
    out.list("animators", "animator", club.animators(), PeopleMapping::writeAnimator);
    out.codes("experts", "expert", club.experts());
    out.codes("goals", "goal", club.goals());
    out.codes("values", "value", club.values());
    out.codes("activityForms", "form", club.activityForms());
    out.codes("beneficiaries", "beneficiary", club.beneficiaries());
    out.list("partners", "partner", club.partners(), PartnerMapping::writePartner);
    out.list("groups", "group", club.groups(), GroupMapping::writeGroup);
    out.optObject("openingHours", club.openingHours(), AdditionsMapping::writeSchedule);
  }

  static SelfHelpClub readClub(In in) {
    HostInstitution host = in.object("host", HostMapping::readHost);
    ClubFormalSetUp setUp = in.object("formalSetUp", ClubMapping::readSetUp);
    Optional<LegalContext> legal = in.optObject("legalContext", LegalMapping::readContext);
    boolean teamKnowsIdea = in.bool("teamKnowsIdea");
    Optional<Coordinator> coordinator = in.optObject("coordinator", PeopleMapping::readCoordinator);
    ImmutableList<Animator> animators = in.list("animators", PeopleMapping::readAnimator);
    ImmutableSet<ExpertKind> experts = in.codes("experts", ExpertKind.class);
    ImmutableSet<ClubGoal> goals = in.codes("goals", ClubGoal.class);
    ImmutableSet<ClubValue> values = in.codes("values", ClubValue.class);
    ImmutableSet<ClubActivityForm> forms = in.codes("activityForms", ClubActivityForm.class);
    ImmutableSet<BeneficiaryCategory> beneficiaries =
        in.codes("beneficiaries", BeneficiaryCategory.class);
    ImmutableList<Partner> partners = in.list("partners", PartnerMapping::readPartner);
    ImmutableList<SelfHelpGroup> groups = in.list("groups", GroupMapping::readGroup);
    Optional<pl.kcs.core.club.WeeklySchedule> hours =
        in.optObject("openingHours", AdditionsMapping::readSchedule);
    return in.build(
        () -> {
          SelfHelpClub.Builder club =
              SelfHelpClub.builder()
                  .host(host)
                  .formalSetUp(setUp)
                  .teamKnowsIdea(teamKnowsIdea)
                  .coordinator(coordinator)
                  .addAllAnimators(animators)
                  .addAllExperts(experts)
                  .addAllGoals(goals)
                  .addAllValues(values)
                  .addAllActivityForms(forms)
                  .addAllBeneficiaries(beneficiaries)
                  .addAllPartners(partners)
                  .addAllGroups(groups)
                  .openingHours(hours);
          legal.ifPresent(club::legalContext);
          return club.build();
        });
  }

  static void writeSetUp(ClubFormalSetUp setUp, Out out) {
    out.optDate("establishedByOrderOn", setUp.establishedByOrderOn());
    out.bool("separateUnit", setUp.separateUnit());
  }

  static ClubFormalSetUp readSetUp(In in) {
    Optional<LocalDate> order = in.optDate("establishedByOrderOn");
    boolean separateUnit = in.bool("separateUnit");
    return in.build(
        () ->
            ClubFormalSetUp.builder()
                .establishedByOrderOn(order)
                .separateUnit(separateUnit)
                .build());
  }
}
