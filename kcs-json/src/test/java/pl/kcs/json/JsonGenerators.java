package pl.kcs.json;

import static pl.kcs.core.fixtures.CoreGenerators.dates;
import static pl.kcs.core.fixtures.CoreGenerators.distinct;
import static pl.kcs.core.fixtures.CoreGenerators.groupIds;
import static pl.kcs.core.fixtures.CoreGenerators.names;
import static pl.kcs.core.fixtures.CoreGenerators.partnerIds;
import static pl.kcs.core.fixtures.CoreGenerators.postFractions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.partner.ContributionKind;
import pl.kcs.costs.AnimatorPost;
import pl.kcs.costs.BudgetPlan;
import pl.kcs.costs.CostCategory;
import pl.kcs.costs.CostRange;
import pl.kcs.costs.EmployerContribution;
import pl.kcs.costs.EmployerContributions;
import pl.kcs.costs.Indexation;
import pl.kcs.costs.PartnerContribution;
import pl.kcs.costs.PriceIndex;
import pl.kcs.costs.PriceIndexSeries;
import pl.kcs.costs.RateCard;
import pl.kcs.costs.Scenario;
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
import pl.kcs.evaluation.instrument.DjgSubscale;
import pl.kcs.evaluation.instrument.LonelinessScoring;
import pl.kcs.evaluation.instrument.MissingAnswerRule;
import pl.kcs.evaluation.instrument.MissingAnswerTreatment;
import pl.kcs.evaluation.instrument.Ucla3Scoring;
import pl.kcs.evaluation.instrument.UclaAnswer;
import pl.kcs.evaluation.instrument.UclaItem;
import pl.kcs.evaluation.instrument.UclaResponse;
import pl.kcs.evaluation.report.Evaluator;
import pl.kcs.evaluation.report.SuppressionPolicy;
import pl.kcs.evaluation.stats.ConfidenceLevel;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;

/**
 * Seeded generators of the values of kcs-costs, kcs-evaluation, kcs-simulation and kcs-json's own
 * input documents, valid and consistent, for the round-trip properties (kcs-core's values come
 * from kcs-core's {@code CoreGenerators}). Decimals have scales from 0 to 4 (and sometimes a
 * negative one, as {@code stripTrailingZeros} makes them), so that the exact scale must survive.
 */
final class JsonGenerators {

  private static final List<CurrencyUnit> CURRENCIES =
      List.of(CurrencyUnit.of("PLN"), CurrencyUnit.EUR, CurrencyUnit.JPY, CurrencyUnit.of("BHD"));

  private JsonGenerators() {}

  // ------------------------------------------------------------------ costs

  static Gen<CurrencyUnit> currencies() {
    return Gens.oneOf(CURRENCIES);
  }

  /** Non-negative decimals below 100,000 with a scale from -2 to 4. */
  static Gen<BigDecimal> amounts() {
    return random -> {
      BigDecimal value = BigDecimal.valueOf(random.nextLong(0, 10_000_000), random.nextInt(0, 5));
      return random.nextInt(10) == 0 ? value.stripTrailingZeros() : value;
    };
  }

  static Gen<CostRange> costRanges(CurrencyUnit currency) {
    return random -> {
      BigDecimal a = amounts().next(random);
      BigDecimal b = amounts().next(random);
      return a.compareTo(b) <= 0 ? CostRange.of(currency, a, b) : CostRange.of(currency, b, a);
    };
  }

  static Gen<CostRange> costRanges() {
    return random -> costRanges(currencies().next(random)).next(random);
  }

  static Gen<EmployerContributions> employerContributions(CurrencyUnit currency) {
    return random -> {
      EmployerContributions.Builder contributions = EmployerContributions.builder();
      for (EmployerContribution part : Gens.enumSets(EmployerContribution.class).next(random)) {
        contributions.putRatesPercent(part, BigDecimal.valueOf(random.nextLong(0, 10_001), 2));
      }
      if (random.nextBoolean()) {
        contributions.labourFundThreshold(BigMoney.of(currency, amounts().next(random)));
      }
      return contributions.build();
    };
  }

  static Gen<EmployerContributions> employerContributions() {
    return random -> employerContributions(currencies().next(random)).next(random);
  }

  static Gen<Indexation> indexations() {
    return random -> {
      int from = random.nextInt(2000, 2030);
      return Indexation.of(
          Year.of(from),
          Year.of(from + random.nextInt(1, 5)),
          BigDecimal.valueOf(random.nextLong(1, 2_000_000), random.nextInt(0, 7)),
          names().next(random));
    };
  }

  static Gen<PriceIndex> priceIndices() {
    return random ->
        PriceIndex.of(
            BigDecimal.valueOf(random.nextLong(1, 200_000), random.nextInt(0, 4)),
            names().next(random));
  }

  static Gen<PriceIndexSeries> priceIndexSeries() {
    return random -> {
      PriceIndexSeries series = PriceIndexSeries.of(names().next(random));
      for (int year = random.nextInt(2000, 2020), n = random.nextInt(0, 6); n > 0; n--, year++) {
        PriceIndex index = priceIndices().next(random);
        series = series.withIndex(Year.of(year), index.value(), index.source());
      }
      return series;
    };
  }

  static Gen<RateCard> rateCards() {
    return random -> {
      CurrencyUnit currency = currencies().next(random);
      RateCard.Builder card =
          RateCard.builder()
              .name(names().next(random))
              .currency(currency)
              .priceYear(Year.of(random.nextInt(2015, 2031)))
              .animatorPayPerFullPost(costRanges(currency).next(random))
              .trainingPerAnimator(costRanges(currency).next(random))
              .supervisionPerHour(costRanges(currency).next(random))
              .eventEach(costRanges(currency).next(random))
              .employerContributions(employerContributions(currency).next(random))
              .addAllIndexations(Gens.listsOf(indexations(), 0, 2).next(random));
      if (random.nextBoolean()) {
        card.region(names().next(random));
      }
      return card.build();
    };
  }

  static Gen<AnimatorPost> animatorPosts() {
    return random -> AnimatorPost.of(postFractions().next(random), random.nextInt(0, 5));
  }

  static Gen<PartnerContribution> partnerContributions(CurrencyUnit currency) {
    return random ->
        PartnerContribution.of(
            partnerIds().next(random),
            Gens.oneOf(
                    ContributionKind.MONEY, ContributionKind.IN_KIND, ContributionKind.SPECIALISTS)
                .next(random),
            Gens.enumValues(CostCategory.class).next(random),
            BigMoney.of(currency, amounts().next(random).add(BigDecimal.ONE)));
  }

  static Gen<PartnerContribution> partnerContributions() {
    return random -> partnerContributions(currencies().next(random)).next(random);
  }

  static Gen<BudgetPlan> budgetPlans() {
    return random -> {
      int groups = random.nextInt(1, 11);
      CurrencyUnit currency = currencies().next(random);
      BudgetPlan.Builder plan =
          BudgetPlan.builder()
              .months(random.nextInt(1, 61))
              .addAllAnimators(Gens.listsOf(animatorPosts(), 0, 4).next(random))
              .animatorSupervisionHoursPerMonth(amounts().next(random))
              .groupLeaderSupervisionHoursPerMonth(amounts().next(random))
              .eventsPerMonth(random.nextInt(0, 5))
              .eventsPerYear(random.nextInt(0, 13))
              .groups(groups)
              .participants(groups + random.nextInt(0, 100))
              .addAllPartnerContributions(
                  Gens.listsOf(partnerContributions(currency), 0, 3).next(random));
      if (random.nextBoolean()) {
        plan.name(names().next(random));
      }
      return plan.build();
    };
  }

  static Gen<Scenario> budgetScenarios() {
    return random ->
        Scenario.of(names().next(random), budgetPlans().next(random), rateCards().next(random));
  }

  // ------------------------------------------------------------------ evaluation

  static Gen<RespondentId> respondentIds() {
    return pl.kcs.core.fixtures.CoreGenerators.identifiers().map(RespondentId::of);
  }

  static Gen<UclaResponse> uclaResponses() {
    return random -> {
      UclaResponse.Builder response = UclaResponse.builder();
      java.util.Set<UclaItem> items = Gens.enumSets(UclaItem.class).next(random);
      if (items.isEmpty()) {
        items = EnumSet.of(UclaItem.values()[random.nextInt(UclaItem.values().length)]);
      }
      for (UclaItem item : items) {
        response.putAnswers(item, Gens.enumValues(UclaAnswer.class).next(random));
      }
      return response.build();
    };
  }

  static Gen<DjgResponse> djgResponses() {
    return random -> {
      DjgForm form = Gens.enumValues(DjgForm.class).next(random);
      DjgAnswerFormat format = Gens.enumValues(DjgAnswerFormat.class).next(random);
      List<DjgAnswer> offered = new ArrayList<>();
      for (DjgAnswer answer : DjgAnswer.values()) {
        if (format.offers(answer)) {
          offered.add(answer);
        }
      }
      DjgResponse.Builder response = DjgResponse.builder().form(form).format(format);
      List<DjgItem> items = form.items();
      DjgItem first = items.get(random.nextInt(items.size()));
      response.putAnswers(first, Gens.oneOf(offered).next(random));
      for (DjgItem item : items) {
        if (item != first && random.nextBoolean()) {
          response.putAnswers(item, Gens.oneOf(offered).next(random));
        }
      }
      return response.build();
    };
  }

  static Gen<SurveyResponse> surveyResponses() {
    return random ->
        surveyResponse(
            respondentIds().next(random),
            groupIds().next(random),
            Gens.enumValues(Wave.class).next(random),
            dates().next(random),
            random);
  }

  private static SurveyResponse surveyResponse(
      RespondentId respondent, GroupId group, Wave wave, LocalDate on, SplittableRandom random) {
    SurveyResponse.Builder response =
        SurveyResponse.builder().respondent(respondent).group(group).wave(wave).answeredOn(on);
    boolean any = false;
    if (random.nextBoolean()) {
      response.ucla(uclaResponses().next(random));
      any = true;
    }
    if (random.nextBoolean()) {
      response.djg(djgResponses().next(random));
      any = true;
    }
    if (wave == Wave.FOLLOW_UP && random.nextBoolean()) {
      response.lessLonely(Gens.enumValues(LessLonelyAnswer.class).next(random));
      any = true;
    }
    if (random.nextBoolean()) {
      response.ties(Gens.enumValues(TiesOutsideGroup.class).next(random));
      any = true;
    }
    if (!any || random.nextBoolean()) {
      response.confidence(Gens.enumValues(OrganiserConfidence.class).next(random));
    }
    return response.build();
  }

  /** Surveys of up to 12 respondents in the given groups, answering at baseline, follow-up or both, in order. */
  static EvaluationSurvey survey(List<GroupId> groups, LocalDate latest, SplittableRandom random) {
    List<SurveyResponse> responses = new ArrayList<>();
    if (groups.isEmpty()) {
      return EvaluationSurvey.of(responses);
    }
    for (RespondentId respondent : distinct(respondentIds(), random.nextInt(0, 13), random)) {
      GroupId group = groups.get(random.nextInt(groups.size()));
      LocalDate baseline = latest.minusDays(random.nextInt(0, 800));
      int waves = random.nextInt(1, 4);
      if ((waves & 1) != 0) {
        responses.add(surveyResponse(respondent, group, Wave.BASELINE, baseline, random));
      }
      if ((waves & 2) != 0) {
        LocalDate followUp =
            baseline.plusDays(
                random.nextInt(0, 1 + (int) (latest.toEpochDay() - baseline.toEpochDay())));
        responses.add(surveyResponse(respondent, group, Wave.FOLLOW_UP, followUp, random));
      }
    }
    return EvaluationSurvey.of(responses);
  }

  static Gen<EvaluationSurvey> evaluationSurveys() {
    return random ->
        survey(distinct(groupIds(), random.nextInt(0, 4), random), dates().next(random), random);
  }

  static Gen<GroupOutcome> groupOutcomes() {
    return random -> groupOutcome(groupIds().next(random), random);
  }

  private static GroupOutcome groupOutcome(GroupId id, SplittableRandom random) {
    GroupOutcome.Builder outcome = GroupOutcome.builder().group(id).name(names().next(random));
    outcome.addAllTargetSubgroups(
        Gens.enumSets(pl.kcs.core.group.TargetSubgroup.class).next(random));
    if (random.nextBoolean()) {
      LocalDate selfRun = dates().next(random);
      outcome.meetsWithoutAnimatorSince(selfRun);
      if (random.nextBoolean()) {
        outcome.independentSince(selfRun.plusDays(random.nextInt(0, 400)));
      }
    }
    return outcome.build();
  }

  static Gen<MissingAnswerRule> missingAnswerRules(int maxMissing) {
    return random ->
        MissingAnswerRule.of(
            random.nextInt(0, maxMissing + 1),
            Gens.enumValues(MissingAnswerTreatment.class).next(random));
  }

  static Gen<DjgBands> djgBands(int items) {
    return random -> {
      int moderate = random.nextInt(1, items - 1);
      int severe = random.nextInt(moderate + 1, items);
      return random.nextBoolean() || severe + 1 > items
          ? DjgBands.of(moderate, severe)
          : DjgBands.of(moderate, severe, random.nextInt(severe + 1, items + 1));
    };
  }

  static Gen<DjgBands> djgBands() {
    return random -> djgBands(random.nextInt(3, 12)).next(random);
  }

  static Gen<Ucla3Scoring> ucla3Scorings() {
    return random ->
        Ucla3Scoring.builder()
            .lonelyFrom(random.nextInt(4, 10))
            .missingAnswers(missingAnswerRules(2).next(random))
            .build();
  }

  static Gen<DjgScoring> djgScorings(DjgForm form) {
    return random -> {
      int items = form.items().size();
      int smallest =
          Math.min(form.items(DjgSubscale.EMOTIONAL).size(), form.items(DjgSubscale.SOCIAL).size());
      return DjgScoring.builder()
          .form(form)
          .bands(djgBands(items).next(random))
          .subscaleLonelyFrom(random.nextInt(1, smallest + 1))
          .totalMissing(missingAnswerRules(items - 1).next(random))
          .subscaleMissing(missingAnswerRules(smallest - 1).next(random))
          .build();
    };
  }

  static Gen<DjgScoring> djgScorings() {
    return random -> djgScorings(Gens.enumValues(DjgForm.class).next(random)).next(random);
  }

  static Gen<LonelinessScoring> lonelinessScorings() {
    return random ->
        LonelinessScoring.builder()
            .ucla3(ucla3Scorings().next(random))
            .djg6(djgScorings(DjgForm.SIX_ITEM).next(random))
            .djg11(djgScorings(DjgForm.ELEVEN_ITEM).next(random))
            .build();
  }

  static Gen<SuppressionPolicy> suppressionPolicies() {
    return random ->
        SuppressionPolicy.builder()
            .minimumCellSize(random.nextInt(1, 20))
            .protectComplement(random.nextBoolean())
            .build();
  }

  static Gen<Evaluator> evaluators() {
    return random ->
        Evaluator.builder()
            .scoring(lonelinessScorings().next(random))
            .suppression(suppressionPolicies().next(random))
            .confidenceLevel(Gens.enumValues(ConfidenceLevel.class).next(random))
            .build();
  }

  static Gen<EvaluationInput> evaluationInputs() {
    return random -> {
      List<GroupId> ids = distinct(groupIds(), random.nextInt(0, 4), random);
      LocalDate asOf = dates().next(random);
      EvaluationInput.Builder input =
          EvaluationInput.builder()
              .title(names().next(random))
              .asOf(asOf)
              .survey(survey(ids, asOf, random));
      for (GroupId id : ids) {
        input.addGroups(groupOutcome(id, random));
      }
      if (random.nextBoolean()) {
        input.evaluator(evaluators().next(random));
      }
      return input.build();
    };
  }

  // ------------------------------------------------------------------ simulation

  static Gen<ScenarioParameters> scenarioParameters() {
    return random -> {
      ScenarioParameters.Builder p =
          ScenarioParameters.builder()
              .months(random.nextInt(1, 1201))
              .animators(random.nextInt(0, 1001))
              .animatorPost(postFractions().next(random))
              .maxGroups(random.nextInt(1, 10_001))
              .monthsBeforeFirstGroup(random.nextInt(0, 24))
              .newGroupProbability(random.nextDouble())
              .existingGroupChannelProbability(random.nextDouble())
              .animatorTurnoverProbability(random.nextDouble())
              .vacancyFillProbability(random.nextDouble())
              .initialMembers(random.nextInt(2, 30))
              .newcomerProbability(random.nextDouble())
              .leaveProbability(random.nextDouble())
              .bondedAfterMonths(random.nextInt(0, 24))
              .firstMeetingProbability(random.nextDouble())
              .rulesAgreedProbability(random.nextDouble())
              .developingProbability(random.nextDouble())
              .selfRunningProbability(random.nextDouble())
              .independenceProbability(random.nextDouble())
              .formingDissolutionProbability(random.nextDouble())
              .dissolutionProbability(random.nextDouble())
              .selfRunningDissolutionProbability(random.nextDouble())
              .noAnimatorDissolutionFactor(random.nextInt(1, 10))
              .eventProbability(random.nextBoolean() ? 1.0 : random.nextDouble())
              // At most the hours of a month (ScenarioParameters.MAX_SUPERVISION_HOURS).
              .supervisionHoursPerAnimator(
                  amounts()
                      .next(random)
                      .min(java.math.BigDecimal.valueOf(ScenarioParameters.MAX_SUPERVISION_HOURS)))
              .lessLonelyProbability(random.nextBoolean() ? 0.0 : random.nextDouble())
              .confidentProbability(random.nextDouble())
              .rateCard(RateCard.kcs2023());
      if (random.nextBoolean()) {
        p.maxGroupsStarted(random.nextInt(1, 100));
      }
      ScenarioParameters parameters = p.build();
      if (random.nextBoolean()) {
        RateCard card = rateCards().next(random);
        try {
          parameters = parameters.withRateCard(card);
        } catch (IllegalStateException tooDear) {
          // Its costliest run overflows the simulation's sums (MAX_RUN_COST_MINOR_UNITS): keep
          // kcs2023.
        }
      }
      return parameters;
    };
  }

  static Gen<SimulationInput> simulationInputs() {
    return random ->
        SimulationInput.builder()
            .seed(random.nextLong())
            .replications(random.nextLong(1, SimulationInput.MAX_REPLICATIONS + 1))
            .parameters(
                random.nextBoolean()
                    ? ScenarioParameters.defaults()
                    : scenarioParameters().next(random))
            .build();
  }
}
