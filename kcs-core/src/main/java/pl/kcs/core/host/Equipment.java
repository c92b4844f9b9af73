package pl.kcs.core.host;

import static java.util.Objects.requireNonNull;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;
import pl.kcs.core.Programme;
import pl.kcs.core.Requirement;

/**
 * Equipment and refreshments of the meeting space, with what each programme asks for:
 * KCS-S1B-EQUIPMENT (a flipchart, chairs, a table and office supplies; refreshments optional) and
 * KS-EQUIPMENT (basic furniture; a phone, a computer with a printer, a copier and teaching aids
 * recommended).
 */
public enum Equipment implements DomainTerm {
  /** A flipchart. (KCS-S1B-EQUIPMENT) */
  FLIPCHART("KCS-S1B-EQUIPMENT", Requirement.REQUIRED, Requirement.NOT_IN_SOURCE),
  /** Chairs. (KCS-S1B-EQUIPMENT) */
  CHAIRS("KCS-S1B-EQUIPMENT", Requirement.REQUIRED, Requirement.NOT_IN_SOURCE),
  /** A table. (KCS-S1B-EQUIPMENT) */
  TABLE("KCS-S1B-EQUIPMENT", Requirement.REQUIRED, Requirement.NOT_IN_SOURCE),
  /** Office supplies. (KCS-S1B-EQUIPMENT) */
  OFFICE_SUPPLIES("KCS-S1B-EQUIPMENT", Requirement.REQUIRED, Requirement.NOT_IN_SOURCE),
  /** Water and cups (refreshments). (KCS-S1B-EQUIPMENT) */
  WATER_AND_CUPS("KCS-S1B-EQUIPMENT", Requirement.OPTIONAL, Requirement.NOT_IN_SOURCE),
  /** A coffee machine (refreshments). (KCS-S1B-EQUIPMENT) */
  COFFEE_MACHINE("KCS-S1B-EQUIPMENT", Requirement.OPTIONAL, Requirement.NOT_IN_SOURCE),
  /** An electric kettle (refreshments). (KCS-S1B-EQUIPMENT) */
  ELECTRIC_KETTLE("KCS-S1B-EQUIPMENT", Requirement.OPTIONAL, Requirement.NOT_IN_SOURCE),
  /** Coffee (refreshments). (KCS-S1B-EQUIPMENT) */
  COFFEE("KCS-S1B-EQUIPMENT", Requirement.OPTIONAL, Requirement.NOT_IN_SOURCE),
  /** Tea (refreshments). (KCS-S1B-EQUIPMENT) */
  TEA("KCS-S1B-EQUIPMENT", Requirement.OPTIONAL, Requirement.NOT_IN_SOURCE),
  /** Biscuits (refreshments). (KCS-S1B-EQUIPMENT) */
  BISCUITS("KCS-S1B-EQUIPMENT", Requirement.OPTIONAL, Requirement.NOT_IN_SOURCE),
  /** Basic furniture: required for a self-help club. (KS-EQUIPMENT) */
  BASIC_FURNITURE("KS-EQUIPMENT", Requirement.NOT_IN_SOURCE, Requirement.REQUIRED),
  /** Access to a phone. (KS-EQUIPMENT) */
  PHONE("KS-EQUIPMENT", Requirement.NOT_IN_SOURCE, Requirement.RECOMMENDED),
  /** A computer with a printer. (KS-EQUIPMENT) */
  COMPUTER_WITH_PRINTER("KS-EQUIPMENT", Requirement.NOT_IN_SOURCE, Requirement.RECOMMENDED),
  /** A copier (xero). (KS-EQUIPMENT) */
  COPIER("KS-EQUIPMENT", Requirement.NOT_IN_SOURCE, Requirement.RECOMMENDED),
  /** A board (teaching aid). (KS-EQUIPMENT) */
  BOARD("KS-EQUIPMENT", Requirement.NOT_IN_SOURCE, Requirement.RECOMMENDED),
  /** A projector (teaching aid). (KS-EQUIPMENT) */
  PROJECTOR("KS-EQUIPMENT", Requirement.NOT_IN_SOURCE, Requirement.RECOMMENDED),
  /** A small library (teaching aid). (KS-EQUIPMENT) */
  SMALL_LIBRARY("KS-EQUIPMENT", Requirement.NOT_IN_SOURCE, Requirement.RECOMMENDED),
  /** Stationery (teaching aid). (KS-EQUIPMENT) */
  STATIONERY("KS-EQUIPMENT", Requirement.NOT_IN_SOURCE, Requirement.RECOMMENDED);

  private final FactId source;
  private final Requirement kcsRequirement;
  private final Requirement ksRequirement;

  Equipment(String source, Requirement kcsRequirement, Requirement ksRequirement) {
    this.source = FactId.of(source);
    this.kcsRequirement = kcsRequirement;
    this.ksRequirement = ksRequirement;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** What the KCS method asks of this item (KCS-S1B-EQUIPMENT). */
  public Requirement kcsRequirement() {
    return kcsRequirement;
  }

  /** What the self-help club asks of this item (KS-EQUIPMENT). */
  public Requirement ksRequirement() {
    return ksRequirement;
  }

  /** What {@code programme} asks of this item. */
  public Requirement requirementFor(Programme programme) {
    requireNonNull(programme, "programme");
    return programme == Programme.KCS ? kcsRequirement : ksRequirement;
  }

  /** Whether this item is a refreshment, which the KCS method calls optional (KCS-S1B-EQUIPMENT). */
  public boolean isRefreshment() {
    return kcsRequirement == Requirement.OPTIONAL;
  }
}
