package com.example.kcs;

import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.AreaReport;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.RuleSetResult;

/**
 * The worked example of docs/extending.md, part 2: the report of the seventh area. Severity
 * grouping, rendering and the evaluation come from {@link AreaReport}; the area writes its title
 * and its sections in its own words. Immutable and thread-safe.
 */
final class PartnerNetworkReport extends AreaReport<PartnerNetworkFacts> {

  private PartnerNetworkReport(RuleSetResult<PartnerNetworkFacts> evaluation) {
    super(evaluation);
  }

  /** Assesses the partner network of {@code implementation} by {@code rules}. */
  static PartnerNetworkReport assess(
      KcsImplementation implementation, RuleSet<PartnerNetworkFacts> rules) {
    return new PartnerNetworkReport(rules.evaluate(PartnerNetworkFacts.of(implementation)));
  }

  @Override
  protected void write(ReportText text) {
    String host = evaluation().facts().implementation().host().name();
    text.line(PartnerNetworkRules.WORDS.format(text.language(), "report.title", host));
    String none = PartnerNetworkRules.WORDS.format(text.language(), "report.none");
    text.section(
        PartnerNetworkRules.WORDS.format(text.language(), "report.advice"), none, advice());
  }
}
