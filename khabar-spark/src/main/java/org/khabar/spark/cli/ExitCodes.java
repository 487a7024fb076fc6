package org.khabar.spark.cli;

/** The exit codes of the Spark commands, the same as the other {@code khabar} commands'. */
final class ExitCodes {

  /** Everything was done (the job may have rejected records: they are in {@code rejects}). */
  static final int OK = 0;

  /** An evaluation found a difference or missed its target. */
  static final int FAILED = 1;

  /** The command line was wrong. */
  static final int USAGE = 2;

  /** Khabar or Spark failed: a missing input path, a bug. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
