package pl.kcs.core.opening;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The areas an institution's self-assessment is grouped into. The grouping is the library's, not
 * the source's: the panel lists its starting point (OPEN-START), tools (OPEN-TOOLS-SOCIAL,
 * OPEN-TOOLS-CULTURE) and practices (OPEN-PRACTICES) without areas; each area names the fact most
 * of its practices come from.
 */
public enum OpeningArea implements DomainTerm {
  /** Governance and funding: the authorities, settled and diverse funding, projects. (OPEN-PRACTICES) */
  GOVERNANCE_AND_FUNDING("OPEN-PRACTICES"),
  /** Staff and roles: a shared vision, an animator post, a split of tasks, less multitasking. (OPEN-PRACTICES) */
  STAFF_AND_ROLES("OPEN-PRACTICES"),
  /** Space and hours: a friendly space, flexible hours, evenings and weekends. (OPEN-START) */
  SPACE_AND_HOURS("OPEN-START"),
  /** Outreach and promotion: communication, going out to the community, a diverse offer. (OPEN-PRACTICES) */
  OUTREACH_AND_PROMOTION("OPEN-PRACTICES"),
  /** Partnership and networking: broad partnership, cross-sector cooperation, local leaders. (OPEN-START) */
  PARTNERSHIP_AND_NETWORKING("OPEN-START"),
  /** Co-hosting and residents' initiative: residents co-decide and act for each other. (OPEN-COHOST) */
  COHOSTING_AND_INITIATIVE("OPEN-COHOST"),
  /** Process and evaluation: diagnosis, evaluation with participants, repetition, small steps. (OPEN-PRACTICES) */
  PROCESS_AND_EVALUATION("OPEN-PRACTICES");

  private final FactId source;

  OpeningArea(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
