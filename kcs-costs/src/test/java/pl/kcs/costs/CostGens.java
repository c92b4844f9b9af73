package pl.kcs.costs;

import static pl.kcs.costs.CostFixtures.PLN;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.BigMoney;
import pl.kcs.core.Language;
import pl.kcs.core.partner.ContributionKind;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.people.PostFraction;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;

/** Seeded generators of kcs-costs values for property tests. */
final class CostGens {

  private CostGens() {}

  /** Two values drawn one after the other. */
  record Pair<A, B>(A first, B second) {}

  static <A, B> Gen<Pair<A, B>> pairs(Gen<A> first, Gen<B> second) {
    return Gens.zip(first, second, Pair::new);
  }

  /**
   * Non-negative PLN amounts with 0 to 6 decimals, up to a million; they shrink toward 0 and
   * toward fewer decimals.
   */
  static Gen<BigMoney> plnAmounts() {
    return Gens.zip(
        Gens.longs(0, 1_000_000_000_000L),
        Gens.ints(0, 6),
        (unscaled, scale) -> BigMoney.of(PLN, BigDecimal.valueOf(unscaled, scale)));
  }

  /** PLN ranges, a quarter of them exact; they shrink toward exact ranges of small amounts. */
  static Gen<CostRange> plnRanges() {
    Gen<BigMoney> amounts = plnAmounts();
    return Gens.zip(
        Gens.ints(0, 3),
        pairs(amounts, amounts),
        (kind, bounds) -> {
          BigMoney a = bounds.first();
          BigMoney b = bounds.second();
          if (kind == 0) {
            return CostRange.exactly(a);
          }
          return a.isLessThan(b) ? CostRange.of(a, b) : CostRange.of(b, a);
        });
  }

  /** Post fractions with denominators up to 12, ⅓ and 1/7 among them; they shrink toward 1/1. */
  static Gen<PostFraction> postFractions() {
    return Gens.ints(1, 12)
        .flatMap(
            denominator ->
                Gens.ints(1, denominator)
                    .map(numerator -> PostFraction.of(numerator, denominator)));
  }

  /** Supervision hours a month: whole, halves and quarters up to 20; they shrink toward 0. */
  static Gen<BigDecimal> hours() {
    return Gens.ints(0, 80)
        .map(quarters -> BigDecimal.valueOf(quarters, 0).divide(BigDecimal.valueOf(4)));
  }

  /**
   * Plans without partners: animators, trainings, supervision, events, 1 to 36 months. Built from
   * shrinking generators, so a failing plan shrinks toward fewer animators, months, hours and events.
   */
  static Gen<BudgetPlan> plansWithoutPartners() {
    Gen<List<AnimatorPost>> animators =
        Gens.listsOf(Gens.zip(postFractions(), Gens.ints(0, 3), AnimatorPost::of), 0, 4);
    Gen<Pair<Integer, Integer>> monthsAndGroups = pairs(Gens.ints(1, 36), Gens.ints(1, 5));
    Gen<Pair<BigDecimal, BigDecimal>> supervision = pairs(hours(), hours());
    Gen<Pair<Integer, Integer>> events = pairs(Gens.ints(0, 3), Gens.ints(0, 12));
    return Gens.zip(
        pairs(pairs(animators, monthsAndGroups), pairs(supervision, events)),
        Gens.ints(0, 59),
        (parts, moreParticipants) -> {
          int groups = parts.first().second().second();
          return BudgetPlan.builder()
              .months(parts.first().second().first())
              .addAllAnimators(parts.first().first())
              .animatorSupervisionHoursPerMonth(parts.second().first().first())
              .groupLeaderSupervisionHoursPerMonth(parts.second().first().second())
              .eventsPerMonth(parts.second().second().first())
              .eventsPerYear(parts.second().second().second())
              .groups(groups)
              .participants(groups + moreParticipants)
              .build();
        });
  }

  /** Rate cards in PLN with random rates, employer contributions and a Labour Fund threshold or none. */
  static Gen<RateCard> rateCards() {
    Gen<CostRange> rates = plnRanges();
    return random -> {
      EmployerContributions contributions =
          random.nextBoolean()
              ? EmployerContributions.none()
              : EmployerContributions.polishDefault()
                  .withAccidentRate(BigDecimal.valueOf(random.nextInt(67, 334), 2));
      CostRange fullPost = rates.next(random);
      if (random.nextBoolean()) {
        // Near what some post fraction pays, so that larger posts cross it.
        BigMoney threshold = random.nextBoolean() ? fullPost.low() : fullPost.high();
        contributions =
            contributions.withLabourFundThreshold(
                threshold
                    .multipliedBy(BigDecimal.valueOf(random.nextInt(1, 13), 0))
                    .dividedBy(12, java.math.RoundingMode.DOWN));
      }
      return RateCard.builder()
          .name("generated")
          .currency(PLN)
          .priceYear(java.time.Year.of(random.nextInt(2019, 2025)))
          .animatorPayPerFullPost(fullPost)
          .trainingPerAnimator(rates.next(random))
          .supervisionPerHour(rates.next(random))
          .eventEach(rates.next(random))
          .employerContributions(contributions)
          .build();
    };
  }

  /**
   * A plan with partners who cover at most what each category costs on {@code card}: each partner
   * pays a random part of what is left of the category's high bound.
   */
  static Gen<BudgetPlan> plansWithPartners(RateCard card) {
    Gen<BudgetPlan> plans = plansWithoutPartners();
    return random -> {
      BudgetPlan plan = plans.next(random);
      Budget budget = Budget.of(plan, card);
      List<PartnerContribution> partners = new java.util.ArrayList<>();
      int partner = 0;
      for (BudgetLine line : budget.allLines()) {
        BigDecimal high = line.total().high().getAmount();
        if (high.signum() == 0 || random.nextBoolean()) {
          continue;
        }
        BigDecimal share = BigDecimal.valueOf(random.nextInt(1, 101), 2);
        BigDecimal amount = high.multiply(share).setScale(2, java.math.RoundingMode.DOWN);
        if (amount.signum() > 0 && budget.costOf(line.category()).equals(line.total())) {
          partners.add(
              PartnerContribution.of(
                  PartnerId.of("p" + partner++),
                  Gens.oneOf(ContributionKind.MONEY, ContributionKind.IN_KIND).next(random),
                  line.category(),
                  BigMoney.of(PLN, amount)));
        }
      }
      return plan.withPartnerContributions(partners);
    };
  }

  /** Tables with labels, details and notes full of commas, quotes and Polish letters. */
  static Gen<CostTable> tables() {
    Gen<String> texts = Gens.strings("aąbcćeęlłnńoóśzźżAĄŁŚŻ ,;\"'–—%()/:0123456789", 1, 30);
    Gen<String> details = Gens.strings("aąć ,\"×/12", 0, 15);
    Gen<Optional<CostRange>> cells =
        random -> random.nextInt(5) == 0 ? Optional.empty() : Optional.of(plnRanges().next(random));
    return random -> {
      int columns = random.nextInt(1, 5);
      CostTable.Builder table =
          CostTable.builder()
              .language(Gens.enumValues(Language.class).next(random))
              .currency(PLN)
              .title(nonBlank(texts.next(random)));
      for (int c = 0; c < columns; c++) {
        table.addColumns("c" + c + " " + texts.next(random).strip());
      }
      int rows = random.nextInt(0, 8);
      for (int r = 0; r < rows; r++) {
        CostTableRow.Builder row =
            CostTableRow.builder()
                .kind(Gens.enumValues(RowKind.class).next(random))
                .label(nonBlank(texts.next(random)))
                .detail(details.next(random));
        if (random.nextBoolean()) {
          row.source(
              pl.kcs.core.FactId.of(
                  Gens.oneOf(
                          "KCS-COST-ANIMATOR",
                          "KCS-COST-TRAINING",
                          "KCS-COST-SUPERVISION",
                          "KCS-COST-EVENT",
                          "KCS-COST-PARTNERS")
                      .next(random)));
        }
        for (int c = 0; c < columns; c++) {
          row.addCells(cells.next(random));
        }
        table.addRows(row.build());
      }
      int notes = random.nextInt(0, 4);
      for (int n = 0; n < notes; n++) {
        table.addNotes(nonBlank(texts.next(random)));
      }
      return table.build();
    };
  }

  private static String nonBlank(String text) {
    return text.isBlank() ? "x" + text : text;
  }
}
