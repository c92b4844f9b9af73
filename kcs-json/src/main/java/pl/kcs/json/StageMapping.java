package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.people.Animator;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.ScaleDecision;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.core.stage.StepRecord;
import pl.kcs.core.stage.SupportForm;

/**
 * The JSON and XML form of {@code pl.kcs.core.stage}: the implementation document, the one
 * municipal systems and foundations exchange (KCS-HOST, KCS-S1A … KCS-S3, KCS-S1B-SCALE), with
 * its XSD for the XML form. Format 1.1 added the institution's {@code offer} (KCS-S3, KCS-M1 …
 * KCS-M4), an optional field: a 1.0 document is a 1.1 document without an offer.
 */
final class StageMapping {

  private StageMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            KcsImplementation.class,
            "implementation",
            StageMapping::writeImplementation,
            StageMapping::readImplementation));
    registry.add(
        Mapping.of(
            StepRecord.class,
            "stepRecord",
            StageMapping::writeStepRecord,
            StageMapping::readStepRecord));
    registry.add(
        Mapping.of(
            ScaleDecision.class,
            "scaleDecision",
            StageMapping::writeScale,
            StageMapping::readScale));
  }

  static void writeImplementation(KcsImplementation implementation, Out out) {
    out.object("host", implementation.host(), HostMapping::writeHost);
    out.code("stage", implementation.stage());
    out.list(
        "stepRecords", "stepRecord", implementation.stepRecords(), StageMapping::writeStepRecord);
    out.optObject("scaleDecision", implementation.scaleDecision(), StageMapping::writeScale);
    out.list("animators", "animator", implementation.animators(), PeopleMapping::writeAnimator);
    out.list("groups", "group", implementation.groups(), GroupMapping::writeGroup);
    out.list("partners", "partner", implementation.partners(), PartnerMapping::writePartner);
    out.object("legalContext", implementation.legalContext(), LegalMapping::writeContext);
    out.list("groupLinks", "link", implementation.groupLinks(), GroupMapping::writeLink);
    out.optObject(
        "selfAssessment", implementation.selfAssessment(), AdditionsMapping::writeSelfAssessment);
    // Since format 1.1. Absent when not declared, which is not the same as an empty offer.
    out.optObject("offer", implementation.offer(), AdditionsMapping::writeOffer);
  }

  static KcsImplementation readImplementation(In in) {
    HostInstitution host = in.object("host", HostMapping::readHost);
    Stage stage = in.code("stage", Stage.class);
    ImmutableList<StepRecord> steps = in.list("stepRecords", StageMapping::readStepRecord);
    Optional<ScaleDecision> scale = in.optObject("scaleDecision", StageMapping::readScale);
    ImmutableList<Animator> animators = in.list("animators", PeopleMapping::readAnimator);
    ImmutableList<SelfHelpGroup> groups = in.list("groups", GroupMapping::readGroup);
    ImmutableList<Partner> partners = in.list("partners", PartnerMapping::readPartner);
    Optional<LegalContext> legal = in.optObject("legalContext", LegalMapping::readContext);
    ImmutableList<GroupLink> links = in.list("groupLinks", GroupMapping::readLink);
    Optional<pl.kcs.core.opening.SelfAssessment> selfAssessment =
        in.optObject("selfAssessment", AdditionsMapping::readSelfAssessment);
    Optional<pl.kcs.core.host.InstitutionOffer> offer =
        in.optObject("offer", AdditionsMapping::readOffer);
    return in.build(
        () -> {
          KcsImplementation.Builder implementation =
              KcsImplementation.builder()
                  .host(host)
                  .stage(stage)
                  .addAllStepRecords(steps)
                  .scaleDecision(scale)
                  .addAllAnimators(animators)
                  .addAllGroups(groups)
                  .addAllPartners(partners)
                  .addAllGroupLinks(links)
                  .selfAssessment(selfAssessment)
                  .offer(offer);
          legal.ifPresent(implementation::legalContext);
          return implementation.build();
        });
  }

  static void writeStepRecord(StepRecord record, Out out) {
    out.code("step", record.step());
    out.bool("done", record.done());
    out.optDate("doneOn", record.doneOn());
    out.optString("evidence", record.evidence());
  }

  static StepRecord readStepRecord(In in) {
    Step step = in.code("step", Step.class);
    boolean done = in.bool("done");
    Optional<LocalDate> doneOn = in.optDate("doneOn");
    Optional<String> evidence = in.optNote("evidence");
    return in.build(
        () -> StepRecord.builder().step(step).done(done).doneOn(doneOn).evidence(evidence).build());
  }

  static void writeScale(ScaleDecision decision, Out out) {
    out.integer("maxGroups", decision.maxGroups());
    out.codes("preferredModels", "model", decision.preferredModels());
    out.codes("preferredForms", "form", decision.preferredForms());
    out.date("decidedOn", decision.decidedOn());
  }

  static ScaleDecision readScale(In in) {
    int maxGroups = in.integer("maxGroups");
    ImmutableSet<OperatingModel> models = in.codes("preferredModels", OperatingModel.class);
    ImmutableSet<SupportForm> forms = in.codes("preferredForms", SupportForm.class);
    LocalDate decidedOn = in.date("decidedOn");
    return in.build(
        () ->
            ScaleDecision.builder()
                .maxGroups(maxGroups)
                .addAllPreferredModels(models)
                .addAllPreferredForms(forms)
                .decidedOn(decidedOn)
                .build());
  }
}
