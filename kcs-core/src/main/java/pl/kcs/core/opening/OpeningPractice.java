package pl.kcs.core.opening;

import static java.util.Objects.requireNonNull;
import static pl.kcs.core.opening.OpeningArea.COHOSTING_AND_INITIATIVE;
import static pl.kcs.core.opening.OpeningArea.GOVERNANCE_AND_FUNDING;
import static pl.kcs.core.opening.OpeningArea.OUTREACH_AND_PROMOTION;
import static pl.kcs.core.opening.OpeningArea.PARTNERSHIP_AND_NETWORKING;
import static pl.kcs.core.opening.OpeningArea.PROCESS_AND_EVALUATION;
import static pl.kcs.core.opening.OpeningArea.SPACE_AND_HOURS;
import static pl.kcs.core.opening.OpeningArea.STAFF_AND_ROLES;

import com.google.common.collect.ImmutableList;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * One item of an institution's self-assessment of its openness to residents: a starting condition
 * (OPEN-START), a tool of social assistance (OPEN-TOOLS-SOCIAL) or of culture
 * (OPEN-TOOLS-CULTURE), or a practice of the practitioners' checklist (OPEN-PRACTICES), each in
 * the {@link OpeningArea area} the library groups it into.
 */
public enum OpeningPractice implements DomainTerm {
  // OPEN-START: the starting point.
  /** A shared vision. (OPEN-START) */
  SHARED_VISION("OPEN-START", STAFF_AND_ROLES),
  /** A friendly space that residents want to come back to. (OPEN-START) */
  FRIENDLY_SPACE("OPEN-START", SPACE_AND_HOURS),
  /** Openness in social media and in communication with the surroundings. (OPEN-START) */
  OPEN_COMMUNICATION("OPEN-START", OUTREACH_AND_PROMOTION),
  /** Broad partnership: networking with other organisations and institutions. (OPEN-START) */
  BROAD_PARTNERSHIP("OPEN-START", PARTNERSHIP_AND_NETWORKING),

  // OPEN-TOOLS-SOCIAL: tools of opening, especially in social assistance.
  /** Empowerment: a partner with difficulties but many resources, not a client. (OPEN-TOOLS-SOCIAL) */
  EMPOWERMENT("OPEN-TOOLS-SOCIAL", COHOSTING_AND_INITIATIVE),
  /** Solution-focused work: what can be done better in future. (OPEN-TOOLS-SOCIAL) */
  SOLUTION_FOCUSED_WORK("OPEN-TOOLS-SOCIAL", STAFF_AND_ROLES),
  /** Local community organising: a community-organiser post, village councils, an offer for all. (OPEN-TOOLS-SOCIAL) */
  COMMUNITY_ORGANISING("OPEN-TOOLS-SOCIAL", PARTNERSHIP_AND_NETWORKING),
  /** Joint trainings for staff of different institutions and local leaders. (OPEN-TOOLS-SOCIAL) */
  JOINT_TRAININGS("OPEN-TOOLS-SOCIAL", STAFF_AND_ROLES),
  /** Working by process: from diagnosis through goals to action. (OPEN-TOOLS-SOCIAL) */
  WORKING_BY_PROCESS("OPEN-TOOLS-SOCIAL", PROCESS_AND_EVALUATION),

  // OPEN-TOOLS-CULTURE: tools of opening, especially in culture.
  /** Volunteering: handing the initiative to informal groups. (OPEN-TOOLS-CULTURE) */
  INITIATIVE_TO_INFORMAL_GROUPS("OPEN-TOOLS-CULTURE", COHOSTING_AND_INITIATIVE),
  /** Constantly seeking inspiration and extra funded projects for local grass-roots initiatives. (OPEN-TOOLS-CULTURE) */
  PROJECTS_AND_GRANTS("OPEN-TOOLS-CULTURE", GOVERNANCE_AND_FUNDING),
  /** Engaging local leaders. (OPEN-TOOLS-CULTURE) */
  LOCAL_LEADERS("OPEN-TOOLS-CULTURE", PARTNERSHIP_AND_NETWORKING),
  /** A social café where local actors work out recommendations together. (OPEN-TOOLS-CULTURE) */
  SOCIAL_CAFE("OPEN-TOOLS-CULTURE", COHOSTING_AND_INITIATIVE),
  /** Flexible working hours and availability for residents. (OPEN-TOOLS-CULTURE) */
  FLEXIBLE_HOURS("OPEN-TOOLS-CULTURE", SPACE_AND_HOURS),

  // OPEN-PRACTICES: the practitioners' checklist, in the source's order.
  /** Cooperation with the authorities. (OPEN-PRACTICES) */
  AUTHORITIES_COOPERATION("OPEN-PRACTICES", GOVERNANCE_AND_FUNDING),
  /** Consultation before opening the place. (OPEN-PRACTICES) */
  CONSULTATION_BEFORE_OPENING("OPEN-PRACTICES", COHOSTING_AND_INITIATIVE),
  /** Settled funding of the place, especially of an administrative post. (OPEN-PRACTICES) */
  SETTLED_FUNDING("OPEN-PRACTICES", GOVERNANCE_AND_FUNDING),
  /** Free slots in the calendar for residents' own actions; the offer not overloaded. (OPEN-PRACTICES) */
  CALENDAR_SPACE_FOR_RESIDENTS("OPEN-PRACTICES", COHOSTING_AND_INITIATIVE),
  /** An animator post in the institution's structure. (OPEN-PRACTICES) */
  ANIMATOR_POST("OPEN-PRACTICES", STAFF_AND_ROLES),
  /** A split of tasks between the coordinator of the place and the animator. (OPEN-PRACTICES) */
  COORDINATOR_ANIMATOR_SPLIT("OPEN-PRACTICES", STAFF_AND_ROLES),
  /** Less multitasking of the staff. (OPEN-PRACTICES) */
  LESS_MULTITASKING("OPEN-PRACTICES", STAFF_AND_ROLES),
  /** A flexible schedule: open late in the evening and at weekends. (OPEN-PRACTICES) */
  EVENINGS_AND_WEEKENDS("OPEN-PRACTICES", SPACE_AND_HOURS),
  /** Cross-sector cooperation and a map of social partners. (OPEN-PRACTICES) */
  CROSS_SECTOR_COOPERATION("OPEN-PRACTICES", PARTNERSHIP_AND_NETWORKING),
  /** Going out to the community, beyond the walls: large open and outdoor events. (OPEN-PRACTICES) */
  GOING_OUT_TO_COMMUNITY("OPEN-PRACTICES", OUTREACH_AND_PROMOTION),
  /** Diverse funding of the place: partnerships, business activity, rent. (OPEN-PRACTICES) */
  DIVERSE_FUNDING("OPEN-PRACTICES", GOVERNANCE_AND_FUNDING),
  /** Going door to door; time for individuals. (OPEN-PRACTICES) */
  DOOR_TO_DOOR("OPEN-PRACTICES", OUTREACH_AND_PROMOTION),
  /** Posters and schedules in many places, eye-catching. (OPEN-PRACTICES) */
  POSTERS_AND_SCHEDULES("OPEN-PRACTICES", OUTREACH_AND_PROMOTION),
  /** A diagnosis of residents' needs: what they need, what they can do for others, their talents. (OPEN-PRACTICES) */
  NEEDS_DIAGNOSIS("OPEN-PRACTICES", PROCESS_AND_EVALUATION),
  /** Shared responsibility for the place: furnishing it together. (OPEN-PRACTICES) */
  SHARED_RESPONSIBILITY("OPEN-PRACTICES", COHOSTING_AND_INITIATIVE),
  /** A diverse offer: different age groups, offers for families. (OPEN-PRACTICES) */
  DIVERSE_OFFER("OPEN-PRACTICES", OUTREACH_AND_PROMOTION),
  /** Volunteering for other residents. (OPEN-PRACTICES) */
  VOLUNTEERING_FOR_RESIDENTS("OPEN-PRACTICES", COHOSTING_AND_INITIATIVE),
  /** Promotion in many forms: social media are not everything. (OPEN-PRACTICES) */
  PROMOTION_BEYOND_SOCIAL_MEDIA("OPEN-PRACTICES", OUTREACH_AND_PROMOTION),
  /** A complete offer, suited to different audiences. (OPEN-PRACTICES) */
  COMPLETE_OFFER("OPEN-PRACTICES", OUTREACH_AND_PROMOTION),
  /** Evaluation of the activities, with the participants where possible. (OPEN-PRACTICES) */
  EVALUATION_WITH_PARTICIPANTS("OPEN-PRACTICES", PROCESS_AND_EVALUATION),
  /** Non-commercial: free activities and unpaid leaders, doing things together. (OPEN-PRACTICES) */
  NON_COMMERCIAL("OPEN-PRACTICES", COHOSTING_AND_INITIATIVE),
  /** Repetition. (OPEN-PRACTICES) */
  REPETITION("OPEN-PRACTICES", PROCESS_AND_EVALUATION),
  /** Starting with small steps. (OPEN-PRACTICES) */
  SMALL_STEPS_FIRST("OPEN-PRACTICES", PROCESS_AND_EVALUATION),
  /** Not getting discouraged. (OPEN-PRACTICES) */
  PERSEVERANCE("OPEN-PRACTICES", PROCESS_AND_EVALUATION),
  /** A stable group is a value: some people may have narrow interests. (OPEN-PRACTICES) */
  STABLE_GROUP_VALUED("OPEN-PRACTICES", PROCESS_AND_EVALUATION);

  private static final ImmutableList<OpeningPractice> STARTING_CONDITIONS = bySource("OPEN-START");

  private final FactId source;
  private final OpeningArea area;

  OpeningPractice(String source, OpeningArea area) {
    this.source = FactId.of(source);
    this.area = area;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The area of the self-assessment this item belongs to. */
  public OpeningArea area() {
    return area;
  }

  /** Whether this item is one of the four starting conditions (OPEN-START). */
  public boolean isStartingCondition() {
    return STARTING_CONDITIONS.contains(this);
  }

  /** The four starting conditions (OPEN-START), in order. */
  public static ImmutableList<OpeningPractice> startingConditions() {
    return STARTING_CONDITIONS;
  }

  /** The items of {@code area}, in order. */
  public static ImmutableList<OpeningPractice> in(OpeningArea area) {
    requireNonNull(area, "area");
    ImmutableList.Builder<OpeningPractice> items = ImmutableList.builder();
    for (OpeningPractice practice : values()) {
      if (practice.area == area) {
        items.add(practice);
      }
    }
    return items.build();
  }

  private static ImmutableList<OpeningPractice> bySource(String fact) {
    ImmutableList.Builder<OpeningPractice> items = ImmutableList.builder();
    for (OpeningPractice practice : values()) {
      if (practice.source.id().equals(fact)) {
        items.add(practice);
      }
    }
    return items.build();
  }
}
