package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * What a professional does in or with a self-help group, as recorded by the institution: the
 * observable practices behind the three threatening attitudes of MA-ATTITUDES, and the
 * cooperation MA-AUTONOMY welcomes.
 */
public enum InvolvementPractice implements DomainTerm {
  /** Leads the group's meetings. (MA-AUTONOMY) */
  LEADS_MEETINGS("MA-AUTONOMY"),
  /** Sets the group's agenda. (MA-AUTONOMY) */
  SETS_AGENDA("MA-AUTONOMY"),
  /**
   * Declares interest but doubts that the bonds between the experienced can last without
   * professionals. (MA-ATTITUDES)
   */
  DOUBTS_GROUP_CAN_LAST("MA-ATTITUDES"),
  /** Catalogues the group and subordinates it to institutional help. (MA-ATTITUDES) */
  CATALOGUES_INTO_INSTITUTIONAL_HELP("MA-ATTITUDES"),
  /** Decides for the group by academic title and second-hand knowledge. (MA-ATTITUDES) */
  RULES_BY_TITLE("MA-ATTITUDES"),
  /** Cooperates with the group when it asks: welcome, as long as it is not subordination. (MA-AUTONOMY) */
  COOPERATES_WHEN_ASKED("MA-AUTONOMY");

  private final FactId source;

  InvolvementPractice(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
