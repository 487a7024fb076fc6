package org.khabar.spark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The commands of {@code khabar-spark.jar}. */
@Command(
    name = "khabar",
    mixinStandardHelpOptions = true,
    versionProvider = SparkRootCommand.Version.class,
    header = "Khabar on Apache Spark: analyse a corpus of Urdu reports into Parquet tables.",
    subcommands = {
      SparkAnalyzeCommand.class,
      SparkEvalCommand.class,
      SparkBenchCommand.class,
      HelpCommand.class
    })
final class SparkRootCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The versions of Khabar's Spark module and of the Spark it runs on. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"khabar-spark on Apache Spark " + org.apache.spark.package$.MODULE$
          .SPARK_VERSION() + ", Java " + System.getProperty("java.version")};
    }
  }
}
