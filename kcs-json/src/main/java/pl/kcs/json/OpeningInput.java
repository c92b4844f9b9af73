package pl.kcs.json;

import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.rules.opening.OpeningAssessment;
import pl.kcs.rules.opening.SelfAssessmentReport;

/**
 * An institution's self-assessment of its openness to residents, "from client to co-host", as one
 * document (the {@code opening} document that {@code kcs open} reads): the institution's name and
 * kind, if given, and its answers (OPEN-START, OPEN-PRACTICES, OPEN-COHOST). The kind decides which
 * tools count: social-assistance tools for a social-assistance centre, culture tools for culture
 * institutions (OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE); without it every tool counts.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpeningInput implements WithOpeningInput {

  OpeningInput() {}

  /** The institution's name, for the report's title. */
  public abstract Optional<String> institution();

  /** The kind of institution; unknown if absent, and then every tool counts. */
  public abstract Optional<HostKind> hostKind();

  /** The answers. */
  public abstract SelfAssessment assessment();

  /** A builder; the assessment is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The self-assessment report by the built-in rules. */
  public final SelfAssessmentReport report() {
    OpeningAssessment opening = OpeningAssessment.withDefaultRules();
    return hostKind()
        .map(kind -> opening.assess(assessment(), kind))
        .orElseGet(() -> opening.assess(assessment()));
  }

  @Value.Check
  void check() {
    institution().ifPresent(name -> Checks.checkName("institution", name));
  }

  /** Builds an {@link OpeningInput}. */
  public static final class Builder extends ImmutableOpeningInput.Builder {
    Builder() {}
  }
}
