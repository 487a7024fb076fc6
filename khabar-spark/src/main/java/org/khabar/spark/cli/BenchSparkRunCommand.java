package org.khabar.spark.cli;

import picocli.CommandLine.Command;

@Command(name = "BenchSparkRunCommand")
final class BenchSparkRunCommand implements Runnable {
  @Override
  public void run() {}
}
