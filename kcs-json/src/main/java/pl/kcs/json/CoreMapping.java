package pl.kcs.json;

import pl.kcs.core.FactId;

/**
 * The JSON form of the root package {@code pl.kcs.core}: a fact ID is written as its text, e.g.
 * {@code "KCS-S1B-SUPERVISION"}, wherever a value cites it; only IDs of kcs's fact catalogue read.
 */
final class CoreMapping {

  private CoreMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(Mapping.ofText(FactId.class, "factId", FactId::id, FactId::of));
  }
}
