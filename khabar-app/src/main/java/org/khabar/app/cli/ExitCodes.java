package org.khabar.app.cli;

/** What a {@code khabar} command's exit code means. */
public final class ExitCodes {

  /** Everything was done. */
  public static final int OK = 0;

  /** Some input could not be processed (the rest was); or an evaluation missed its target. */
  public static final int SOME_FAILED = 1;

  /** The command line was wrong: an unknown option, a missing argument. */
  public static final int USAGE = 2;

  /** Khabar itself failed: a bug, or a missing or corrupt model. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
