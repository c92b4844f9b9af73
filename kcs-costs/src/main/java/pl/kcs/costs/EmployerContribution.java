package pl.kcs.costs;

import java.math.BigDecimal;
import java.util.Locale;
import pl.kcs.core.FactId;
import pl.kcs.core.Labelled;
import pl.kcs.core.Sourced;

/**
 * One part of what a Polish employer pays on top of an employee's gross pay, with its common rate
 * in per cent of gross pay. Together they make the common employer rate of 20.48%.
 *
 * <p>Not in the source method, which gives gross pay only (KCS-COST-ANIMATOR); library default,
 * from Polish law as it stood in 2023–2024. Not modelled: the annual cap on the pension and
 * disability base (far above a KCS animator's pay), the exemptions from the Labour Fund and the
 * Guaranteed Employee Benefits Fund for some employees (e.g. by age), and the optional employee
 * capital plan (PPK). Check the rates in force and set them with {@link
 * EmployerContributions#withRate}.
 */
public enum EmployerContribution implements Labelled, Sourced {
  /**
   * Pension insurance, the employer's half of 19.52%: 9.76% (ubezpieczenie emerytalne; act of 13
   * October 1998 on the social insurance system).
   */
  PENSION("9.76", "Ustawa z dnia 13 października 1998 r. o systemie ubezpieczeń społecznych"),
  /**
   * Disability insurance, the employer's 6.50% of 8% (ubezpieczenie rentowe; act of 13 October
   * 1998 on the social insurance system).
   */
  DISABILITY("6.50", "Ustawa z dnia 13 października 1998 r. o systemie ubezpieczeń społecznych"),
  /**
   * Accident insurance, 1.67% for an employer reporting at most nine insured persons (ubezpieczenie
   * wypadkowe; act of 30 October 2002 on social insurance against accidents at work and
   * occupational diseases). Larger employers have their own rate: set it with {@link
   * EmployerContributions#withAccidentRate}.
   */
  ACCIDENT(
      "1.67",
      "Ustawa z dnia 30 października 2002 r. o ubezpieczeniu społecznym z tytułu wypadków przy"
          + " pracy i chorób zawodowych"),
  /**
   * Labour Fund, 2.45% (Fundusz Pracy; act of 20 April 2004 on employment promotion and labour
   * market institutions). Not due for an employee whose monthly pay is below the minimum wage: see
   * {@link EmployerContributions#labourFundThreshold()}.
   */
  LABOUR_FUND(
      "2.45",
      "Ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy"),
  /**
   * Guaranteed Employee Benefits Fund, 0.10% (Fundusz Gwarantowanych Świadczeń Pracowniczych, FGŚP;
   * act of 13 July 2006 on the protection of employee claims in case of employer insolvency).
   */
  GUARANTEED_BENEFITS_FUND(
      "0.10",
      "Ustawa z dnia 13 lipca 2006 r. o ochronie roszczeń pracowniczych w razie niewypłacalności"
          + " pracodawcy");

  private final BigDecimal defaultRatePercent;
  private final String legalBasis;

  EmployerContribution(String defaultRatePercent, String legalBasis) {
    this.defaultRatePercent = new BigDecimal(defaultRatePercent);
    this.legalBasis = legalBasis;
  }

  /** The common rate, in per cent of gross pay (library default, not in the source method). */
  public BigDecimal defaultRatePercent() {
    return defaultRatePercent;
  }

  /** The Polish act that sets the contribution, by its Polish title. */
  public String legalBasis() {
    return legalBasis;
  }

  /** KCS-COST-ANIMATOR: the gross pay these contributions are charged on. */
  @Override
  public FactId source() {
    return FactId.of("KCS-COST-ANIMATOR");
  }

  @Override
  public String label(Locale locale) {
    return CostsLabels.BUNDLE.text(locale, CostsLabels.key(this));
  }
}
