/**
 * What a KCS costs, exactly and traceably: money as {@link pl.kcs.costs.CostRange cost ranges} of
 * Joda-Money amounts; a {@link pl.kcs.costs.RateCard rate card} with the source method's 2023
 * figures (KCS-COST-ANIMATOR, KCS-COST-TRAINING, KCS-COST-SUPERVISION, KCS-COST-EVENT), re-priced
 * with a {@link pl.kcs.costs.PriceIndexSeries price-index series} and extended by {@link
 * pl.kcs.costs.EmployerContributions employer contributions}; a {@link pl.kcs.costs.BudgetPlan
 * plan} turned into a {@link pl.kcs.costs.Budget budget} with partner contributions subtracted
 * (KCS-COST-PARTNERS); {@link pl.kcs.costs.ScenarioComparison scenarios} side by side; and every
 * result as a {@link pl.kcs.costs.CostTable table} in Polish or English, as plain text or CSV.
 *
 * <p>Premises are never in a budget: the source method counts its costs "poza zasobami
 * lokalowymi", beyond the premises the host provides (KCS-S1B-PREMISES).
 *
 * <p>Every type of this package is immutable and thread-safe.
 */
@KcsStyle
@NullMarked
package pl.kcs.costs;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
