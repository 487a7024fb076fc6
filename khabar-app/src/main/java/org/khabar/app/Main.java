package org.khabar.app;

import org.khabar.app.cli.KhabarCommand;

/** The {@code khabar} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(KhabarCommand.commandLine().execute(args));
  }
}
