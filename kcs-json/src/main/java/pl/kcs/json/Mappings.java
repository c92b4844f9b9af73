package pl.kcs.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every mapping kcs-json knows, one class per package of kcs: to map a new package, write its
 * mapping class with a {@code register(Registry)} method and add one line to {@link #standard()}.
 *
 * <p>Immutable and thread-safe.
 */
final class Mappings {

  private final ImmutableMap<Class<?>, Mapping<?>> byType;

  private Mappings(ImmutableMap<Class<?>, Mapping<?>> byType) {
    this.byType = byType;
  }

  /** The mappings of every kcs module. */
  static Mappings standard() {
    Registry registry = new Registry();
    // kcs-core, package by package
    CoreMapping.register(registry);
    HostMapping.register(registry);
    PeopleMapping.register(registry);
    GroupMapping.register(registry);
    PartnerMapping.register(registry);
    LegalMapping.register(registry);
    StageMapping.register(registry);
    ClubMapping.register(registry);
    AdditionsMapping.register(registry);
    // kcs-rules
    RulesMapping.register(registry);
    StageReportMapping.register(registry);
    AddedReportsMapping.register(registry);
    // kcs-costs
    CostsMapping.register(registry);
    // kcs-evaluation
    EvaluationMapping.register(registry);
    EvaluationReportMapping.register(registry);
    // kcs-simulation
    SimulationMapping.register(registry);
    // the input documents of the kcs command
    InputMapping.register(registry);
    CommandInputsMapping.register(registry);
    return registry.build();
  }

  /** The mapping of {@code type} or of its nearest mapped superclass (an {@code Immutable*} class maps as its abstract type). */
  Optional<Mapping<?>> forType(Class<?> type) {
    for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
      Mapping<?> mapping = byType.get(candidate);
      if (mapping != null) {
        return Optional.of(mapping);
      }
    }
    return Optional.empty();
  }

  /** Every mapping, in registration order. */
  Iterable<Mapping<?>> all() {
    return byType.values();
  }

  /** Collects the mappings of each package. */
  static final class Registry {
    private final Map<Class<?>, Mapping<?>> byType = new LinkedHashMap<>();
    private final Map<String, Class<?>> byDocument = new LinkedHashMap<>();

    /** Adds {@code mapping}; each type and document name once. */
    void add(Mapping<?> mapping) {
      checkArgument(
          byType.put(mapping.type(), mapping) == null, "%s is mapped twice", mapping.type());
      checkArgument(
          byDocument.put(mapping.document(), mapping.type()) == null,
          "document name %s is used twice",
          mapping.document());
    }

    Mappings build() {
      return new Mappings(ImmutableMap.copyOf(byType));
    }
  }
}
