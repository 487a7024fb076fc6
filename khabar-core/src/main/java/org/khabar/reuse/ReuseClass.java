package org.khabar.reuse;

/**
 * How much of a newspaper report is taken from an agency report, in the classes of the COUNTER
 * corpus (Sharjeel, Nawab and Rayson 2017).
 */
public enum ReuseClass {
  /** Wholly derived: the report is a rewrite of the agency text. */
  WD,
  /** Partially derived: parts are taken from the agency text, the rest is the paper's own. */
  PD,
  /** Not derived: written independently, though about the same event. */
  ND;

  public boolean isDerived() {
    return this != ND;
  }
}
