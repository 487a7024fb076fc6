package org.khabar.spark.cli;

import picocli.CommandLine.Command;

@Command(name = "BenchSparkCommand")
final class BenchSparkCommand implements Runnable {
  @Override
  public void run() {}
}
