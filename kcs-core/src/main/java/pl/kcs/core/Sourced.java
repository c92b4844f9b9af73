package pl.kcs.core;

/** Something that comes from a fact of the domain specification and names it. */
public interface Sourced {

  /** The fact this comes from. */
  FactId source();
}
