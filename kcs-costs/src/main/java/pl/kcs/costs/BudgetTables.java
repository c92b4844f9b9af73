package pl.kcs.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;
import pl.kcs.core.people.PostFraction;

/** Lays out a {@link Budget} as a {@link CostTable}. */
final class BudgetTables {

  private static final FactId PARTNERS = FactId.of("KCS-COST-PARTNERS");

  private BudgetTables() {}

  static CostTable budget(Budget budget, Language language, Rounding rounding) {
    BudgetPlan plan = budget.plan();
    RateCard card = budget.rateCard();
    CostTable.Builder table =
        CostTable.builder()
            .language(language)
            .currency(budget.currency())
            .title(
                format(
                    language,
                    "budget.title",
                    plan.name().map(name -> ": " + name).orElse(""),
                    plan.months(),
                    card.priceYear().toString(),
                    budget.currency().getCode()))
            .addColumns(
                text(language, "column.rate"),
                text(language, "column.perMonth"),
                text(language, "column.total"));

    for (BudgetLine line : budget.lines()) {
      table.addRows(lineRow(line, language, rounding));
    }
    table.addRows(
        sumRow(
            RowKind.SUBTOTAL,
            text(language, "row.subtotal"),
            budget.subtotalPerMonth(),
            budget.subtotal(),
            rounding));
    budget
        .employerContributions()
        .ifPresent(line -> table.addRows(lineRow(line, language, rounding)));
    table.addRows(
        sumRow(
            RowKind.TOTAL,
            text(language, "row.total"),
            budget.totalPerMonth(),
            budget.total(),
            rounding));
    for (PartnerLine partner : budget.partnerLines()) {
      PartnerContribution contribution = partner.contribution();
      table.addRows(
          row(
                  RowKind.PARTNER,
                  format(
                      language,
                      "row.partner",
                      contribution.partner().value(),
                      contribution.kind().label(language.locale()),
                      contribution.covers().label(language.locale())))
              .source(PARTNERS)
              .detail(
                  format(
                      language,
                      "detail.partner",
                      AmountFormat.money(contribution.amount(), language)))
              .addCells(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(rounding.apply(partner.covered())))
              .build());
    }
    table.addRows(
        row(RowKind.NET, text(language, "row.net"))
            .source(PARTNERS)
            .addCells(Optional.empty(), Optional.empty(), Optional.of(rounding.apply(budget.net())))
            .build());
    table.addRows(
        row(RowKind.PER_GROUP, format(language, "row.perGroup", plan.groups()))
            .addCells(
                Optional.empty(),
                Optional.empty(),
                Optional.of(rounding.apply(budget.netPerGroup())))
            .build());
    table.addRows(
        row(RowKind.PER_PARTICIPANT, format(language, "row.perParticipant", plan.participants()))
            .addCells(
                Optional.empty(),
                Optional.empty(),
                Optional.of(rounding.apply(budget.netPerParticipant())))
            .build());
    table.addAllNotes(notes(budget, language, rounding));
    return table.build();
  }

  private static CostTableRow lineRow(BudgetLine line, Language language, Rounding rounding) {
    RowKind kind =
        line.category() == CostCategory.EMPLOYER_CONTRIBUTIONS
            ? RowKind.EMPLOYER_CONTRIBUTIONS
            : RowKind.ITEM;
    return row(kind, line.label(language.locale()))
        .source(line.source())
        .detail(detail(line, language))
        .addCells(
            Optional.of(rounding.apply(line.unitCost())),
            line.perMonth().map(rounding::apply),
            Optional.of(rounding.apply(line.total())))
        .build();
  }

  private static String detail(BudgetLine line, Language language) {
    // The quantity and the periods go in as numbers: each pattern makes its nouns agree with them.
    BigDecimal quantity = line.quantity();
    int periods = line.periods();
    switch (line.category()) {
      case ANIMATOR_PAY:
        return format(language, "detail.animatorPay", quantity, periods);
      case TRAINING:
        return format(language, "detail.training", quantity);
      case SUPERVISION_OF_ANIMATORS:
      case SUPERVISION_OF_GROUP_LEADERS:
        return format(language, "detail.supervision", quantity, periods);
      case EVENTS:
        return format(language, "detail.events." + line.recurrence().name(), quantity, periods);
      case EMPLOYER_CONTRIBUTIONS:
        return format(language, "detail.employer", periods);
      default:
        throw new AssertionError(line.category());
    }
  }

  private static List<String> notes(Budget budget, Language language, Rounding rounding) {
    BudgetPlan plan = budget.plan();
    RateCard card = budget.rateCard();
    List<String> notes = new ArrayList<>();
    notes.add(text(language, "note.premises"));
    notes.add(
        format(
            language,
            "note.prices",
            card.priceYear().toString(),
            card.name(),
            card.region().map(region -> ", " + region).orElse("")));
    for (Indexation indexation : card.indexations()) {
      notes.add(
          format(
              language,
              "note.indexation",
              indexation.fromYear().toString(),
              indexation.toYear().toString(),
              AmountFormat.number(indexation.factor(), language),
              indexation.series()));
    }
    if (!plan.animators().isEmpty()) {
      notes.add(
          format(
              language,
              "note.animatorPay",
              AmountFormat.rangeWithCurrency(card.animatorPayPerFullPost(), language)));
    }
    budget.employerContributions().ifPresent(line -> notes.add(employerNote(budget, language)));
    if (plan.eventsPerMonth() > 0 || plan.eventsPerYear() > 0) {
      notes.add(
          format(
              language,
              "note.events",
              AmountFormat.money(card.eventEach().high(), language),
              AmountFormat.money(card.eventEach().low(), language)));
    }
    if (plan.eventsPerYear() > 0) {
      notes.add(text(language, "note.yearlyEvents"));
    }
    if (!budget.partnerLines().isEmpty()) {
      notes.add(text(language, "note.partners"));
    }
    notes.add(roundingNote(language, rounding, budget.currency()));
    return notes;
  }

  private static String employerNote(Budget budget, Language language) {
    EmployerContributions contributions = budget.rateCard().employerContributions();
    List<String> parts = new ArrayList<>();
    for (EmployerContribution part : EmployerContribution.values()) {
      if (contributions.ratesPercent().containsKey(part)) {
        parts.add(
            part.label(language.locale())
                + " "
                + AmountFormat.number(contributions.ratePercent(part), language)
                + "%");
      }
    }
    TreeSet<BigDecimal> rates = new TreeSet<>();
    for (BudgetLine line : budget.lines()) {
      if (line.category() == CostCategory.ANIMATOR_PAY) {
        rates.add(contributions.ratePercentOn(line.unitCost().low()).stripTrailingZeros());
        rates.add(contributions.ratePercentOn(line.unitCost().high()).stripTrailingZeros());
      }
    }
    String rate =
        rates.size() == 1
            ? percent(rates.first(), language)
            : percent(rates.first(), language) + "–" + percent(rates.last(), language);
    String note = format(language, "note.employer", String.join(", ", parts), rate);
    if (contributions.labourFundThreshold().isPresent()) {
      note +=
          " "
              + format(
                  language,
                  "note.labourFundThreshold",
                  AmountFormat.money(contributions.labourFundThreshold().get(), language));
    }
    return note;
  }

  private static String percent(BigDecimal rate, Language language) {
    return AmountFormat.number(
            rate.setScale(Math.max(rate.scale(), 2), RoundingMode.UNNECESSARY), language)
        + "%";
  }

  /** The note on how the figures are rounded, once each, at the edge. */
  static String roundingNote(Language language, Rounding rounding, CurrencyUnit currency) {
    return rounding
        .mode()
        .map(
            mode ->
                format(
                    language,
                    "note.rounding",
                    AmountFormat.money(BigMoney.ofMinor(currency, 1), language),
                    text(language, "rounding." + mode.name())))
        .orElse(text(language, "note.exact"));
  }

  /** A row of sums: no unit cost, the sum per month and over the whole plan, rounded. */
  private static CostTableRow sumRow(
      RowKind kind, String label, CostRange perMonth, CostRange total, Rounding rounding) {
    return row(kind, label)
        .addCells(
            Optional.empty(),
            Optional.of(rounding.apply(perMonth)),
            Optional.of(rounding.apply(total)))
        .build();
  }

  static CostTableRow.Builder row(RowKind kind, String label) {
    return CostTableRow.builder().kind(kind).label(label);
  }

  static String text(Language language, String key) {
    return CostsLabels.BUNDLE.text(language, key);
  }

  static String format(Language language, String key, Object... arguments) {
    return CostsLabels.BUNDLE.format(language, key, arguments);
  }

  /** The animators of {@code plan} as {@code 2 × 1/4, 1/2}, or empty. */
  /** The animators' posts in prose, e.g. {@code 2 × ¼, ½} (fractions read the same in both languages). */
  static String animators(BudgetPlan plan) {
    List<String> groups = new ArrayList<>();
    for (Map.Entry<PostFraction, Integer> group : Budget.animatorsByFraction(plan).entrySet()) {
      groups.add(
          group.getValue() == 1
              ? group.getKey().format(Language.POLISH)
              : group.getValue() + " × " + group.getKey().format(Language.POLISH));
    }
    return String.join(", ", groups);
  }
}
