package com.example.kcs;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.partner.PartnerKind;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The worked example of docs/extending.md, part 2: the facts of a seventh area, a KCS's network
 * of partners (KCS-S2A), worked out once from the implementation so that each rule decides in a
 * few instructions. Immutable and thread-safe.
 */
final class PartnerNetworkFacts {

  private final KcsImplementation implementation;
  private final int invited;
  private final boolean socialAssistanceInvited;

  private PartnerNetworkFacts(KcsImplementation implementation) {
    this.implementation = implementation;
    int count = 0;
    boolean socialAssistance = false;
    for (Partner partner : implementation.partners()) {
      if (partner.status().isInvited()) {
        count++;
        socialAssistance |= partner.kind() == PartnerKind.SOCIAL_ASSISTANCE_CENTRE;
      }
    }
    this.invited = count;
    this.socialAssistanceInvited = socialAssistance;
  }

  static PartnerNetworkFacts of(KcsImplementation implementation) {
    return new PartnerNetworkFacts(requireNonNull(implementation, "implementation"));
  }

  KcsImplementation implementation() {
    return implementation;
  }

  /** Partners at least invited (KCS-S2A). */
  int invitedPartners() {
    return invited;
  }

  /** Whether a social-assistance centre is among them (KCS-S2A names it). */
  boolean socialAssistanceInvited() {
    return socialAssistanceInvited;
  }

  /** The names of the invited partners, sorted: subjects of a finding. */
  List<String> invitedNames() {
    List<String> names = new ArrayList<>();
    for (Partner partner : implementation.partners()) {
      if (partner.status().isInvited()) {
        names.add(partner.name());
      }
    }
    Collections.sort(names);
    return names;
  }
}
