package com.example.kcs;

import java.util.List;
import pl.kcs.core.ModalClass;
import pl.kcs.rules.AreaWords;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.Severity;

/**
 * The worked example of docs/extending.md, part 2: the rule list of the seventh area. Each rule
 * names the fact it comes from (KCS-S2A) and how the source words it ("warto", "mogą być":
 * advice).
 */
final class PartnerNetworkRules {

  /** The area's words: com/example/kcs/partners_pl.properties and partners_en.properties. */
  static final AreaWords WORDS =
      AreaWords.load("com.example.kcs.partners", PartnerNetworkRules.class);

  static final RuleSet<PartnerNetworkFacts> DEFAULTS =
      RuleSet.of(
          List.of(
              Rule.<PartnerNetworkFacts>builder("partners.invited")
                  .source("KCS-S2A")
                  .severity(Severity.ADVICE)
                  .reading(
                      ModalClass.SUGGESTION,
                      "warto się skupić na wysłaniu informacji … wraz z zaproszeniem do współpracy")
                  .messages(WORDS)
                  .condition(Condition.holds(facts -> facts.invitedPartners() > 0))
                  .explainer(facts -> Finding.of(facts.invitedNames(), facts.invitedPartners(), 1))
                  .build(),
              Rule.<PartnerNetworkFacts>builder("partners.social-assistance")
                  .source("KCS-S2A")
                  .severity(Severity.ADVICE)
                  .reading(ModalClass.SUGGESTION, "tymi partnerami mogą być")
                  .messages(WORDS)
                  .condition(Condition.holds(PartnerNetworkFacts::socialAssistanceInvited))
                  .build()));

  private PartnerNetworkRules() {}
}
