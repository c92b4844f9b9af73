package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import pl.kcs.core.legal.LegalAct;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.legal.LocalStrategy;
import pl.kcs.core.legal.StrategyKind;

/** The JSON and XML form of {@code pl.kcs.core.legal}: acts and strategies (KCS-S1A, KS-LAW, KS-FORMAL). */
final class LegalMapping {

  private LegalMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            LegalContext.class,
            "legalContext",
            LegalMapping::writeContext,
            LegalMapping::readContext));
    registry.add(
        Mapping.of(
            LocalStrategy.class,
            "localStrategy",
            LegalMapping::writeStrategy,
            LegalMapping::readStrategy));
  }

  static void writeContext(LegalContext context, Out out) {
    out.codes("knownActs", "act", context.knownActs());
    out.list("strategies", "strategy", context.strategies(), LegalMapping::writeStrategy);
  }

  static LegalContext readContext(In in) {
    ImmutableSet<LegalAct> acts = in.codes("knownActs", LegalAct.class);
    ImmutableList<LocalStrategy> strategies = in.list("strategies", LegalMapping::readStrategy);
    return in.build(
        () -> LegalContext.builder().addAllKnownActs(acts).addAllStrategies(strategies).build());
  }

  static void writeStrategy(LocalStrategy strategy, Out out) {
    out.code("kind", strategy.kind());
    out.string("title", strategy.title());
    out.optDate("adoptedOn", strategy.adoptedOn());
    out.bool("programmeWrittenIn", strategy.programmeWrittenIn());
  }

  static LocalStrategy readStrategy(In in) {
    StrategyKind kind = in.code("kind", StrategyKind.class);
    String title = in.name("title");
    Optional<LocalDate> adoptedOn = in.optDate("adoptedOn");
    Optional<Boolean> writtenIn = in.optBool("programmeWrittenIn");
    return in.build(
        () -> {
          LocalStrategy.Builder strategy =
              LocalStrategy.builder().kind(kind).title(title).adoptedOn(adoptedOn);
          writtenIn.ifPresent(strategy::programmeWrittenIn);
          return strategy.build();
        });
  }
}
