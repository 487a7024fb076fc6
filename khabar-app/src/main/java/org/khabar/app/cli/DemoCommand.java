package org.khabar.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.app.format.AnalysisWriter;
import org.khabar.app.format.OutputFormat;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveSearcher;
import org.khabar.archive.Indexer;
import org.khabar.archive.RelatedStories;
import org.khabar.archive.SearchRequest;
import org.khabar.io.TextInput;
import org.khabar.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar demo}: Khabar at work on the bundled example reports, in one command. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header = "Analyse the bundled Tehran report, index the bundled examples and search them.",
    description = {
      "Shows what Khabar does in one command: the analysis of examples/tehran-geo-desk.txt,",
      "an archive built from the examples/ folder, a search with facets, and related stories.",
      "The archive is left in --archive (default: a folder under the system's temp folder)",
      "so that you can go on searching it."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--examples", paramLabel = "DIR",
      description = "The examples folder (default: the project's examples/).")
  Path examples;

  @Option(names = {"-a", "--archive"}, paramLabel = "DIR",
      description = "Where to build the demo archive (default: <temp>/khabar-demo-archive).")
  Path archiveFolder;

  @Option(names = "--query", defaultValue = "شام",
      description = "What to search for (default: ${DEFAULT-VALUE}).")
  String query;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path folder = examples != null ? examples : DemoArchive.examples();
    Path tehran = folder.resolve("tehran-geo-desk.txt");
    Path archivePath = archiveFolder != null ? archiveFolder
        : Path.of(System.getProperty("java.io.tmpdir"), "khabar-demo-archive");

    out.println("== 1. The analysis of " + tehran + " (khabar analyze --format text)");
    Document analysis = UrduPipeline.full().apply(Document.of("tehran-geo-desk",
        TextInput.read(tehran)));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    AnalysisWriter writer = OutputFormat.text.writer(text, false, false);
    writer.write(analysis, 0);
    writer.flush();
    out.print(text.toString(StandardCharsets.UTF_8));

    out.println("== 2. An archive of " + folder + " in " + archivePath + " (khabar index)");
    DemoArchive.delete(archivePath);
    try (Archive archive = Archive.open(archivePath, Archive.Mode.WRITE,
        ArchiveOptions.analyzer())) {
      Indexer.Summary summary = new Indexer(archive, UrduPipeline.full(), 2, 1000,
          new Indexer.Listener() {
            @Override
            public void progress(long done, long skipped) {}

            @Override
            public void skipped(String problem) {
              out.println("skipped: " + problem);
            }
          }).index(List.of(folder));
      out.printf(Locale.ROOT, "indexed %d reports%n%n", summary.indexed());

      out.println("== 3. khabar search " + query);
      SearchRequest request = SearchRequest.of(query);
      new SearchResultPrinter(out, false).print(request,
          new ArchiveSearcher(archive).search(request));

      String story = "sample-astana-talks-app";
      out.println();
      out.println("== 4. Reports that tell the same story as " + story
          + " (khabar search --related " + story + ")");
      for (RelatedStories.Related related : new RelatedStories(archive)
          .of(story, 3, RelatedStories.DEFAULT_MIN_SIMILARITY)) {
        out.printf(Locale.ROOT, "  %3.0f%% of words shared  %s  %s%n",
            100 * related.similarity(), related.id(), related.headline());
      }
    }
    out.println();
    out.println("Go on searching: ./khabar search --archive " + archivePath + " 'پوتین'");
    return ExitCodes.OK;
  }
}
