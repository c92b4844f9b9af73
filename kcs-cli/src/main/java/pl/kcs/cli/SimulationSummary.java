package pl.kcs.cli;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import pl.kcs.core.Language;
import pl.kcs.simulation.Distribution;
import pl.kcs.simulation.MonthSummary;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.SimulationResult;

/**
 * The text of {@code kcs simulate}: the scenario in one line, then what the replications show at
 * the end — independent groups (KCS-EFF-INDEPENDENT), groups running themselves
 * (KCS-EFF-SELFRUN), the total cost without premises (KCS-COST-*), the shares less lonely
 * (KCS-EFF-LONELINESS) and confident to start a group (KCS-EFF-CONFIDENCE).
 */
final class SimulationSummary {

  private SimulationSummary() {}

  static String text(SimulationResult result, Language language) {
    boolean polish = language == Language.POLISH;
    Locale locale = language.locale();
    ScenarioParameters p = result.parameters();
    MonthSummary last = result.lastMonth();
    StringBuilder text = new StringBuilder();
    text.append(polish ? "Scenariusz: animatorzy: " : "Scenario: animators: ")
        .append(p.animators())
        .append(polish ? " (po " : " (")
        .append(p.animatorPost())
        .append(polish ? " etatu), grupy naraz: do " : " of a post each), groups at a time: up to ")
        .append(p.maxGroups())
        .append(polish ? ", miesiące: " : ", months: ")
        .append(p.months())
        .append(polish ? ", powtórzenia: " : ", replications: ")
        .append(NumberFormat.getIntegerInstance(locale).format(result.replications()))
        .append(polish ? " (ziarno " : " (seed ")
        .append(result.seed())
        .append(", kcs ")
        .append(result.libraryVersion())
        .append(")\n");
    Distribution independent = last.independentGroups();
    text.append(polish ? "  grupy usamodzielnione: średnio " : "  independent groups: mean ")
        .append(decimal(independent.mean(), locale))
        .append(polish ? ", 90% przebiegów od " : ", 90% of runs from ")
        .append(independent.p5().toPlainString())
        .append(polish ? " do " : " to ")
        .append(independent.p95().toPlainString())
        .append('\n');
    text.append(
            polish
                ? "  grupy działające samodzielnie: średnio "
                : "  groups running themselves: mean ")
        .append(decimal(last.selfRunningGroups().mean(), locale))
        .append('\n');
    text.append(polish ? "  koszt łączny (" : "  total cost (")
        .append(p.rateCard().currency().getCode())
        .append(polish ? ", bez lokalu): średnio " : ", premises excluded): mean ")
        .append(decimal(last.cumulativeCostLow().mean(), locale))
        .append("–")
        .append(decimal(last.cumulativeCostHigh().mean(), locale))
        .append('\n');
    result
        .pooledLessLonelyShare()
        .ifPresent(
            s ->
                text.append(polish ? "  mniej samotni: " : "  less lonely: ")
                    .append(percent(s, locale))
                    .append("%\n"));
    result
        .pooledConfidentShare()
        .ifPresent(
            s ->
                text.append(polish ? "  gotowi założyć grupę: " : "  confident to start a group: ")
                    .append(percent(s, locale))
                    .append("%\n"));
    return text.toString();
  }

  private static String decimal(BigDecimal value, Locale locale) {
    return String.format(locale, "%,.1f", value);
  }

  private static String percent(BigDecimal share, Locale locale) {
    return decimal(share.movePointRight(2), locale);
  }
}
