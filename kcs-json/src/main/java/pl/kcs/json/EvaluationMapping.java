package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.LessLonelyAnswer;
import pl.kcs.evaluation.OrganiserConfidence;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.TiesOutsideGroup;
import pl.kcs.evaluation.Wave;
import pl.kcs.evaluation.instrument.DjgAnswer;
import pl.kcs.evaluation.instrument.DjgAnswerFormat;
import pl.kcs.evaluation.instrument.DjgBands;
import pl.kcs.evaluation.instrument.DjgForm;
import pl.kcs.evaluation.instrument.DjgItem;
import pl.kcs.evaluation.instrument.DjgResponse;
import pl.kcs.evaluation.instrument.DjgScoring;
import pl.kcs.evaluation.instrument.LonelinessScore;
import pl.kcs.evaluation.instrument.LonelinessScoring;
import pl.kcs.evaluation.instrument.MissingAnswerRule;
import pl.kcs.evaluation.instrument.MissingAnswerTreatment;
import pl.kcs.evaluation.instrument.ScaleScore;
import pl.kcs.evaluation.instrument.Ucla3Scoring;
import pl.kcs.evaluation.instrument.UclaAnswer;
import pl.kcs.evaluation.instrument.UclaItem;
import pl.kcs.evaluation.instrument.UclaResponse;

/**
 * The JSON form of {@code pl.kcs.evaluation} and its instruments: survey responses with their
 * pseudonymous respondent ids and answers by item code (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE,
 * KCS-EFF-TIES), group outcomes (KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT), and the scoring rules.
 *
 * <p>Respondent ids are data and are written as they are; a rejected respondent id is never
 * repeated in a message.
 */
final class EvaluationMapping {

  private EvaluationMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.ofText(RespondentId.class, "respondentId", RespondentId::value, RespondentId::of));
    registry.add(
        Mapping.of(
            UclaResponse.class,
            "uclaResponse",
            EvaluationMapping::writeUcla,
            EvaluationMapping::readUcla));
    registry.add(
        Mapping.of(
            DjgResponse.class,
            "djgResponse",
            EvaluationMapping::writeDjg,
            EvaluationMapping::readDjg));
    registry.add(
        Mapping.of(
            SurveyResponse.class,
            "surveyResponse",
            EvaluationMapping::writeResponse,
            EvaluationMapping::readResponse));
    registry.add(
        Mapping.of(
            EvaluationSurvey.class,
            "evaluationSurvey",
            EvaluationMapping::writeSurvey,
            EvaluationMapping::readSurvey));
    registry.add(
        Mapping.of(
            GroupOutcome.class,
            "groupOutcome",
            EvaluationMapping::writeOutcome,
            EvaluationMapping::readOutcome));
    registry.add(
        Mapping.of(
            MissingAnswerRule.class,
            "missingAnswerRule",
            EvaluationMapping::writeMissing,
            EvaluationMapping::readMissing));
    registry.add(
        Mapping.of(
            DjgBands.class,
            "djgBands",
            EvaluationMapping::writeBands,
            EvaluationMapping::readBands));
    registry.add(
        Mapping.of(
            Ucla3Scoring.class,
            "ucla3Scoring",
            EvaluationMapping::writeUclaScoring,
            EvaluationMapping::readUclaScoring));
    registry.add(
        Mapping.of(
            DjgScoring.class,
            "djgScoring",
            EvaluationMapping::writeDjgScoring,
            EvaluationMapping::readDjgScoring));
    registry.add(
        Mapping.of(
            LonelinessScoring.class,
            "lonelinessScoring",
            EvaluationMapping::writeScoring,
            EvaluationMapping::readScoring));
    registry.add(
        Mapping.writeOnly(LonelinessScore.class, "lonelinessScore", EvaluationMapping::writeScore));
    registry.add(
        Mapping.writeOnly(ScaleScore.class, "scaleScore", EvaluationMapping::writeScaleScore));
  }

  // ------------------------------------------------------------------ answers

  static void writeUcla(UclaResponse response, Out out) {
    Out answers = out.codeMap("answers", UclaItem.class);
    response.answers().forEach((item, answer) -> answers.code(item.name(), answer));
  }

  static UclaResponse readUcla(In in) {
    ImmutableMap<UclaItem, UclaAnswer> answers =
        in.codeMap("answers", UclaItem.class, (map, key) -> map.code(key, UclaAnswer.class));
    return in.build(() -> UclaResponse.builder().putAllAnswers(answers).build());
  }

  static void writeDjg(DjgResponse response, Out out) {
    out.code("form", response.form());
    out.code("format", response.format());
    Out answers = out.codeMap("answers", DjgItem.class);
    response.answers().forEach((item, answer) -> answers.code(item.name(), answer));
  }

  static DjgResponse readDjg(In in) {
    DjgForm form = in.code("form", DjgForm.class);
    Optional<DjgAnswerFormat> format = in.optCode("format", DjgAnswerFormat.class);
    ImmutableMap<DjgItem, DjgAnswer> answers =
        in.codeMap("answers", DjgItem.class, (map, key) -> map.code(key, DjgAnswer.class));
    return in.build(
        () -> {
          DjgResponse.Builder response = DjgResponse.builder().form(form).putAllAnswers(answers);
          format.ifPresent(response::format);
          return response.build();
        });
  }

  static void writeResponse(SurveyResponse response, Out out) {
    out.string("respondent", response.respondent().value());
    out.string("group", response.group().value());
    out.code("wave", response.wave());
    out.date("answeredOn", response.answeredOn());
    out.optObject("ucla", response.ucla(), EvaluationMapping::writeUcla);
    out.optObject("djg", response.djg(), EvaluationMapping::writeDjg);
    out.optCode("lessLonely", response.lessLonely());
    out.optCode("confidence", response.confidence());
    out.optCode("ties", response.ties());
  }

  static SurveyResponse readResponse(In in) {
    RespondentId respondent = in.value("respondent", RespondentId::of);
    GroupId group = in.value("group", GroupId::of);
    Wave wave = in.code("wave", Wave.class);
    LocalDate answeredOn = in.date("answeredOn");
    Optional<UclaResponse> ucla = in.optObject("ucla", EvaluationMapping::readUcla);
    Optional<DjgResponse> djg = in.optObject("djg", EvaluationMapping::readDjg);
    Optional<LessLonelyAnswer> lessLonely = in.optCode("lessLonely", LessLonelyAnswer.class);
    Optional<OrganiserConfidence> confidence = in.optCode("confidence", OrganiserConfidence.class);
    Optional<TiesOutsideGroup> ties = in.optCode("ties", TiesOutsideGroup.class);
    return in.build(
        () ->
            SurveyResponse.builder()
                .respondent(respondent)
                .group(group)
                .wave(wave)
                .answeredOn(answeredOn)
                .ucla(ucla)
                .djg(djg)
                .lessLonely(lessLonely)
                .confidence(confidence)
                .ties(ties)
                .build());
  }

  static void writeSurvey(EvaluationSurvey survey, Out out) {
    out.list("responses", "response", survey.responses(), EvaluationMapping::writeResponse);
  }

  static EvaluationSurvey readSurvey(In in) {
    ImmutableList<SurveyResponse> responses = in.list("responses", EvaluationMapping::readResponse);
    return in.build(() -> EvaluationSurvey.of(responses));
  }

  static void writeOutcome(GroupOutcome outcome, Out out) {
    out.string("group", outcome.group().value());
    out.string("name", outcome.name());
    out.optDate("meetsWithoutAnimatorSince", outcome.meetsWithoutAnimatorSince());
    out.optDate("independentSince", outcome.independentSince());
    if (!outcome.targetSubgroups().isEmpty()) {
      out.codes("targetSubgroups", "targetSubgroup", outcome.targetSubgroups());
    }
  }

  static GroupOutcome readOutcome(In in) {
    GroupId group = in.value("group", GroupId::of);
    String name = in.name("name");
    Optional<LocalDate> selfRun = in.optDate("meetsWithoutAnimatorSince");
    Optional<LocalDate> independent = in.optDate("independentSince");
    ImmutableSet<TargetSubgroup> targetSubgroups =
        in.codes("targetSubgroups", TargetSubgroup.class);
    return in.build(
        () ->
            GroupOutcome.builder()
                .group(group)
                .name(name)
                .meetsWithoutAnimatorSince(selfRun)
                .independentSince(independent)
                .addAllTargetSubgroups(targetSubgroups)
                .build());
  }

  // ------------------------------------------------------------------ scoring

  static void writeMissing(MissingAnswerRule rule, Out out) {
    out.integer("maxMissing", rule.maxMissing());
    out.code("treatment", rule.treatment());
  }

  static MissingAnswerRule readMissing(In in) {
    int maxMissing = in.integer("maxMissing");
    MissingAnswerTreatment treatment = in.code("treatment", MissingAnswerTreatment.class);
    return in.build(() -> MissingAnswerRule.of(maxMissing, treatment));
  }

  static void writeBands(DjgBands bands, Out out) {
    out.integer("moderateFrom", bands.moderateFrom());
    out.integer("severeFrom", bands.severeFrom());
    out.optInteger("verySevereFrom", bands.verySevereFrom());
  }

  static DjgBands readBands(In in) {
    int moderate = in.integer("moderateFrom");
    int severe = in.integer("severeFrom");
    OptionalInt verySevere = in.optInteger("verySevereFrom");
    return in.build(
        () ->
            verySevere.isPresent()
                ? DjgBands.of(moderate, severe, verySevere.getAsInt())
                : DjgBands.of(moderate, severe));
  }

  static void writeUclaScoring(Ucla3Scoring scoring, Out out) {
    out.integer("lonelyFrom", scoring.lonelyFrom());
    out.object("missingAnswers", scoring.missingAnswers(), EvaluationMapping::writeMissing);
  }

  static Ucla3Scoring readUclaScoring(In in) {
    OptionalInt lonelyFrom = in.optInteger("lonelyFrom");
    Optional<MissingAnswerRule> missing =
        in.optObject("missingAnswers", EvaluationMapping::readMissing);
    return in.build(
        () -> {
          Ucla3Scoring.Builder scoring = Ucla3Scoring.builder();
          lonelyFrom.ifPresent(scoring::lonelyFrom);
          missing.ifPresent(scoring::missingAnswers);
          return scoring.build();
        });
  }

  static void writeDjgScoring(DjgScoring scoring, Out out) {
    out.code("form", scoring.form());
    out.object("bands", scoring.bands(), EvaluationMapping::writeBands);
    out.integer("subscaleLonelyFrom", scoring.subscaleLonelyFrom());
    out.object("totalMissing", scoring.totalMissing(), EvaluationMapping::writeMissing);
    out.object("subscaleMissing", scoring.subscaleMissing(), EvaluationMapping::writeMissing);
  }

  static DjgScoring readDjgScoring(In in) {
    DjgForm form = in.code("form", DjgForm.class);
    Optional<DjgBands> bands = in.optObject("bands", EvaluationMapping::readBands);
    OptionalInt subscaleLonelyFrom = in.optInteger("subscaleLonelyFrom");
    Optional<MissingAnswerRule> total =
        in.optObject("totalMissing", EvaluationMapping::readMissing);
    Optional<MissingAnswerRule> subscale =
        in.optObject("subscaleMissing", EvaluationMapping::readMissing);
    return in.build(
        () -> {
          DjgScoring.Builder scoring = DjgScoring.builder().form(form);
          bands.ifPresent(scoring::bands);
          subscaleLonelyFrom.ifPresent(scoring::subscaleLonelyFrom);
          total.ifPresent(scoring::totalMissing);
          subscale.ifPresent(scoring::subscaleMissing);
          return scoring.build();
        });
  }

  static void writeScoring(LonelinessScoring scoring, Out out) {
    out.object("ucla3", scoring.ucla3(), EvaluationMapping::writeUclaScoring);
    out.object("djg6", scoring.djg6(), EvaluationMapping::writeDjgScoring);
    out.object("djg11", scoring.djg11(), EvaluationMapping::writeDjgScoring);
  }

  static LonelinessScoring readScoring(In in) {
    Optional<Ucla3Scoring> ucla3 = in.optObject("ucla3", EvaluationMapping::readUclaScoring);
    Optional<DjgScoring> djg6 = in.optObject("djg6", EvaluationMapping::readDjgScoring);
    Optional<DjgScoring> djg11 = in.optObject("djg11", EvaluationMapping::readDjgScoring);
    return in.build(
        () -> {
          LonelinessScoring.Builder scoring = LonelinessScoring.builder();
          ucla3.ifPresent(scoring::ucla3);
          djg6.ifPresent(scoring::djg6);
          djg11.ifPresent(scoring::djg11);
          return scoring.build();
        });
  }

  // ------------------------------------------------------------------ scores (written only)

  static void writeScore(LonelinessScore score, Out out) {
    out.code("instrument", score.instrument());
    out.integer("answered", score.answered());
    out.optObject("total", score.total(), EvaluationMapping::writeScaleScore);
    out.optObject("emotional", score.emotional(), EvaluationMapping::writeScaleScore);
    out.optObject("social", score.social(), EvaluationMapping::writeScaleScore);
  }

  static void writeScaleScore(ScaleScore score, Out out) {
    out.integer("points", score.points());
    out.integer("min", score.min());
    out.integer("max", score.max());
    out.code("band", score.band());
  }
}
