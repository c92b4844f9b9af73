/**
 * Implementation scenarios for researchers: a stochastic, month-by-month simulation of a KCS —
 * groups recruited through the three channels (KCS-S2C), maturing, running themselves
 * (KCS-EFF-SELFRUN), becoming independent (KCS-EFF-INDEPENDENT) or dissolving; newcomers reopening
 * bonded groups' rules (KCS-DIF-NEWCOMERS); animator turnover; monthly costs from a kcs-costs
 * rate card (KCS-COST-ANIMATOR, KCS-COST-SUPERVISION, KCS-COST-EVENT); evaluation outcomes
 * (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE).
 *
 * <p>{@link pl.kcs.simulation.Simulation} runs replications in parallel with one split random
 * stream per replication, so one root seed gives bit-identical results on any number of threads,
 * and streams them into aggregates whose memory does not grow with the number of replications.
 * Parts of a run computed apart merge exactly ({@link pl.kcs.simulation.PartialResult}); runs use
 * the caller's executor if given. Researchers' uncertainty about the assumptions ({@link
 * pl.kcs.simulation.Uncertainty}) is drawn per replication, and a global sensitivity analysis
 * ({@link pl.kcs.simulation.ScenarioSensitivity}: Morris, Sobol) ranks the assumptions; sweeps and
 * sensitivity designs can be written as {@link pl.kcs.simulation.DesignFile}s.
 */
@KcsStyle
@NullMarked
package pl.kcs.simulation;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
