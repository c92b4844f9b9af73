package pl.kcs.rules.models;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.SupportForm;

/**
 * Which of a model's forms of support (the source's sub-lists) apply to a group, and which of the
 * institution's capabilities each draws on. The pairing of forms and capabilities is the
 * library's reading of the sub-lists of KCS-M1 … KCS-M4.
 */
final class SupportForms {

  private SupportForms() {}

  /** The forms of {@code model} that apply to the group of {@code facts}, in the source's order. */
  static ImmutableList<SupportForm> applying(OperatingModel model, ModelFacts facts) {
    InstitutionOffer offer = facts.offer();
    boolean animation = offer.has(InstitutionCapability.ANIMATION);
    ImmutableList.Builder<SupportForm> forms = ImmutableList.builder();
    for (SupportForm form : model.formsOfSupport()) {
      boolean applies;
      switch (form) {
        case PROMOTION_AND_RECRUITMENT:
          applies = animation && facts.isForming();
          break;
        case KNOWLEDGE_AND_AGENCY:
          applies = offer.has(InstitutionCapability.TRAINING);
          break;
        case FIRST_MEETING:
          applies = animation && facts.maturity() == GroupMaturity.FORMING;
          break;
        case GOALS_RULES_CONTRACT:
          applies = animation && !facts.missingAgreements().isEmpty();
          break;
        case PROGRAMME_PARTICIPATION:
          applies = offer.has(InstitutionCapability.CULTURAL_PROGRAMME);
          break;
        // Art therapy and outings count for the groups that asked for them, not for every group
        // of an institution that can give them; the institution's programme is proposed to all
        // ("proponowanie i informowanie o programie instytucji", KCS-M3).
        case ART_THERAPY:
          applies = offer.hasArtTherapy() && facts.hasStated(CulturalNeed.ART_THERAPY);
          break;
        case OUTINGS:
          applies =
              offer.has(InstitutionCapability.OUTINGS_AND_GROUP_TICKETS)
                  && facts.hasStated(CulturalNeed.OUTINGS);
          break;
        case GROUP_STATED_NEEDS:
          applies = !facts.culturalNeeds().isEmpty();
          break;
        default:
          // M1's space and M4's three forms come with the model itself.
          applies = true;
      }
      if (applies) {
        forms.add(form);
      }
    }
    return forms.build();
  }

  /** The capabilities of {@code offer} that {@code form} draws on, in their enum order. */
  static ImmutableSet<InstitutionCapability> drawnOn(SupportForm form, InstitutionOffer offer) {
    Set<InstitutionCapability> needed = EnumSet.noneOf(InstitutionCapability.class);
    switch (form) {
      case SPACE_WITH_NIGHT_WATCHMAN:
        needed.add(InstitutionCapability.NIGHT_WATCHMAN);
        break;
      case PROMOTION_AND_RECRUITMENT:
      case FIRST_MEETING:
      case GOALS_RULES_CONTRACT:
        needed.add(InstitutionCapability.ANIMATION);
        break;
      case KNOWLEDGE_AND_AGENCY:
        needed.add(InstitutionCapability.TRAINING);
        break;
      case PROGRAMME_PARTICIPATION:
        needed.add(InstitutionCapability.CULTURAL_PROGRAMME);
        break;
      case ART_THERAPY:
        needed.add(InstitutionCapability.ART_THERAPY_OWN_INSTRUCTORS);
        needed.add(InstitutionCapability.ART_THERAPY_EXTERNAL_INSTRUCTORS);
        break;
      case OUTINGS:
        needed.add(InstitutionCapability.OUTINGS_AND_GROUP_TICKETS);
        break;
      case GROUP_STATED_NEEDS:
        // The group's own: the animator only encourages it.
        break;
      default:
        needed.add(InstitutionCapability.PUBLIC_EVENTS);
    }
    needed.retainAll(offer.capabilities());
    return Sets.immutableEnumSet(needed);
  }
}
