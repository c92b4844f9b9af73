package pl.kcs.core.stage;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The concrete forms of support of each operating model, from the source's sub-lists.
 */
public enum SupportForm implements DomainTerm {
  /** Lending space with a "night watchman" function: coffee, tea, small administrative help. (KCS-M1) */
  SPACE_WITH_NIGHT_WATCHMAN("KCS-M1", OperatingModel.M1_OPEN_DOORS),
  /** Helping to start the group and its leaders to reach people in a similar situation. (KCS-M2) */
  PROMOTION_AND_RECRUITMENT("KCS-M2", OperatingModel.M2_CULTURE_OF_SUPPORT),
  /** Passing on knowledge (group development, meeting moderation) and strengthening agency. (KCS-M2) */
  KNOWLEDGE_AND_AGENCY("KCS-M2", OperatingModel.M2_CULTURE_OF_SUPPORT),
  /** Animating the first meeting. (KCS-M2) */
  FIRST_MEETING("KCS-M2", OperatingModel.M2_CULTURE_OF_SUPPORT),
  /** Helping to set the group's goals, rules and contract. (KCS-M2) */
  GOALS_RULES_CONTRACT("KCS-M2", OperatingModel.M2_CULTURE_OF_SUPPORT),
  /** Members take part in the institution's existing cultural programmes. (KCS-M3) */
  PROGRAMME_PARTICIPATION("KCS-M3", OperatingModel.M3_SUPPORT_OF_CULTURE),
  /** Art-therapy activities by own or external instructors. (KCS-M3) */
  ART_THERAPY("KCS-M3", OperatingModel.M3_SUPPORT_OF_CULTURE),
  /** Support for outings into town: events, places, group tickets. (KCS-M3) */
  OUTINGS("KCS-M3", OperatingModel.M3_SUPPORT_OF_CULTURE),
  /** The group states its own needs for cultural events and sets the direction. (KCS-M3) */
  GROUP_STATED_NEEDS("KCS-M3", OperatingModel.M3_SUPPORT_OF_CULTURE),
  /** Co-creating cultural events. (KCS-M4) */
  CO_CREATED_EVENTS("KCS-M4", OperatingModel.M4_CO_CREATING_PROGRAMME),
  /** Making art. (KCS-M4) */
  ART_MAKING("KCS-M4", OperatingModel.M4_CO_CREATING_PROGRAMME),
  /** Preparing workshops open to the public. (KCS-M4) */
  PUBLIC_WORKSHOPS("KCS-M4", OperatingModel.M4_CO_CREATING_PROGRAMME);

  private final FactId source;
  private final OperatingModel model;

  SupportForm(String source, OperatingModel model) {
    this.source = FactId.of(source);
    this.model = model;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The model this form of support belongs to. */
  public OperatingModel model() {
    return model;
  }

  static ImmutableList<SupportForm> of(OperatingModel model) {
    return Arrays.stream(values()).filter(form -> form.model == model).collect(toImmutableList());
  }
}
