package org.khabar.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar eval solr}: the SolrCloud evaluation. It needs Solr itself and Solr's test
 * framework, which the khabar command does not carry, so it runs in a Java process of its own
 * on the class path that the build of khabar-solr writes ({@code
 * khabar-solr/target/cluster.classpath}).
 */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    header = "Khabar on a 2-node SolrCloud against the embedded archive, on the same reports.",
    description = {
      "Starts a 2-node SolrCloud in a process of its own (Solr's test framework: embedded",
      "ZooKeeper, a collection of 2 shards x 2 replicas from the khabar configset), indexes",
      "news/*.jsonl and --mixed reports made from them through the plugin and into an",
      "embedded archive, then reports: whether the 50 queries of",
      "khabar-solr/src/test/resources/org/khabar/solr/queries.txt get the same top 10,",
      "scores, snippets and facet counts from both; indexing throughput of each; search p50",
      "and p99 with --clients concurrent clients on each; and the ratios."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:at least --min-agreeing queries agree",
      "1:fewer agree, or the cluster could not start",
      "2:wrong command line"
    })
final class EvalSolrCommand implements Callable<Integer> {

  static final String MAIN = "org.khabar.solr.eval.SolrEvaluation";

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(names = "--mixed", defaultValue = "4000",
      description = "Reports mixed from the news to add (default: ${DEFAULT-VALUE}).")
  int mixed;

  @Option(names = "--clients", defaultValue = "20",
      description = "Concurrent search clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--searches", defaultValue = "50",
      description = "Searches per client on each side (default: ${DEFAULT-VALUE}).")
  int searches;

  @Option(names = "--min-agreeing", defaultValue = "50",
      description = "Fail unless this many of the 50 queries agree (default: ${DEFAULT-VALUE}).")
  int minAgreeing;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path home = Home.resolve(Path.of("."));
    Path module = home.resolve("khabar-solr");
    Path classpathFile = module.resolve("target/cluster.classpath");
    if (!Files.isRegularFile(classpathFile)) {
      err.println("khabar: " + classpathFile + " is missing; build the project with"
          + " 'mvn -DskipTests package' (the khabar command does that when run from the"
          + " project folder)");
      return ExitCodes.SOME_FAILED;
    }
    Path news = data.require("news");
    String classpath = String.join(java.io.File.pathSeparator,
        module.resolve("target/test-classes").toString(),
        module.resolve("target/classes").toString(),
        Files.readString(classpathFile, StandardCharsets.UTF_8).strip());
    Path logs = Files.createTempDirectory("khabar-solr-logs");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-Dfile.encoding=UTF-8", "-Djava.security.egd=file:/dev/./urandom",
        "-Dsolr.log.dir=" + logs,
        "-Dkhabar.configset=" + module.resolve("src/main/solr/configsets/khabar/conf"),
        "-cp", classpath, MAIN, news.toString(),
        "--mixed", String.valueOf(mixed), "--clients", String.valueOf(clients),
        "--searches", String.valueOf(searches), "--min-agreeing", String.valueOf(minAgreeing)));
    Process process = new ProcessBuilder(command).inheritIO().start();
    return process.waitFor() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
