package org.khabar.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.app.format.AnalysisWriter;
import org.khabar.app.format.OutputFormat;
import org.khabar.io.InputException;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;
import org.khabar.io.TextInput;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;
import org.khabar.text.Metadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code khabar analyze FILE...}: analyses reports and prints what they say. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    header = "Analyse Urdu reports and print what they say.",
    description = {
      "Reads each FILE as UTF-8 text ('-' for standard input) and prints its analysis.",
      "A .jsonl file holds one report per line, as index reads them (id, body, headline,",
      "date, source): each is analysed against its own date, one JSON object per report.",
      "Offsets in the output refer to the original text (a report's body; a byte order",
      "mark at a file's start is no part of it). A file or line",
      "that cannot be read is reported on standard error with its line number and skipped;",
      "the rest is still analysed.",
      "Files larger than --part-size characters are analysed in parts cut at line breaks,",
      "one JSON object per part, with offsets into the whole file."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was analysed",
      "1:some file or line could not be read (the rest was analysed)",
      "2:wrong command line"
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files, or .jsonl files of reports; - for standard input.")
  List<String> files;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The date of the reports, against which آج، کل and weekdays are resolved"
          + " (a .jsonl report's own date comes first; without either, the date a report's"
          + " dateline writes in full, year included).")
  LocalDate date;

  @Option(names = "--pretty", description = "Indent the JSON output.")
  boolean pretty;

  @Option(
      names = "--no-text",
      description = "Leave the original text out of the JSON output (offsets still refer to it).")
  boolean noText;

  @Option(
      names = "--part-size",
      paramLabel = "CHARS",
      defaultValue = "" + TextInput.DEFAULT_PART_CHARS,
      description = "Largest part of a big file analysed at once (default: ${DEFAULT-VALUE}).")
  int partChars;

  /** Writes to the command line's output stream ({@code CommandLine.setOut} in tests). */
  @Override
  public Integer call() throws IOException {
    if (partChars < TextInput.MIN_PART_CHARS) {
      throw new ParameterException(
          spec.commandLine(),
          "--part-size must be at least " + TextInput.MIN_PART_CHARS + " characters, not "
              + partChars);
    }
    Pipeline pipeline = UrduPipeline.full();
    PrintWriter err = spec.commandLine().getErr();
    AnalysisWriter writer = format.writer(spec.commandLine().getOut(), !noText, pretty);
    Metadata metadata = new Metadata(null, date, null);
    int failed = 0;
    for (String file : files) {
      try {
        if (isJsonLines(file)) {
          failed += analyzeReports(Path.of(file), pipeline, writer, err);
          writer.flush();
          continue;
        }
        analyze(file, pipeline, metadata, writer, err);
      } catch (InputException e) {
        err.println("khabar: " + e.getMessage());
        failed++;
      } catch (UncheckedIOException e) {
        err.println("khabar: " + file + ": could not be written: " + e.getCause().getMessage());
        failed++;
      } catch (RuntimeException e) {
        err.println("khabar: " + file + ": could not be analysed: " + e);
        failed++;
      }
      writer.flush();
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private void analyze(
      String file, Pipeline pipeline, Metadata metadata, AnalysisWriter writer, PrintWriter err)
      throws InputException {
    if (file.equals("-")) {
      String text;
      try {
        text = TextInput.decode("<stdin>", System.in.readAllBytes());
      } catch (IOException e) {
        throw new InputException("<stdin>", 0, e.getMessage());
      }
      write(writer, pipeline.apply(Document.of("stdin", text, metadata)), 0);
      return;
    }
    Path path = Path.of(file);
    String id = documentId(path);
    TextInput.readParts(
        path,
        partChars,
        part -> {
          if (part.index() == 0 && part.last() && part.text().isBlank()) {
            err.println("khabar: " + file + ": empty file, nothing to analyse");
          }
          boolean whole = part.index() == 0 && part.last();
          String partId = whole ? id : id + "#" + (part.index() + 1);
          write(writer, pipeline.apply(Document.of(partId, part.text(), metadata)), part.offset());
        });
  }

  private static boolean isJsonLines(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  /**
   * Analyses each report of a JSON Lines file against its own date (else --date); returns how
   * many lines could not be read or analysed, each reported with its line number.
   */
  private int analyzeReports(
      Path file, Pipeline pipeline, AnalysisWriter writer, PrintWriter err) {
    int[] failed = {0};
    ReportReader.read(file, new ReportReader.Sink() {
      @Override
      public void report(Report report) {
        Document document = report.toDocument();
        if (report.date() == null && date != null) {
          Metadata own = document.metadata();
          document = Document.of(report.id(), report.body(),
              new Metadata(own.headline(), date, own.source()));
        }
        try {
          write(writer, pipeline.apply(document), 0);
        } catch (RuntimeException e) {
          err.println("khabar: " + file + ": report " + report.id() + " could not be analysed: "
              + e);
          failed[0]++;
        }
      }

      @Override
      public void error(InputException problem) {
        err.println("khabar: " + problem.getMessage());
        failed[0]++;
      }

      @Override
      public void warning(InputException problem) {
        err.println("khabar: warning: " + problem.getMessage());
      }
    });
    return failed[0];
  }

  private static void write(AnalysisWriter writer, Document document, long offset) {
    try {
      writer.write(document, offset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file name without its extension: {@code tehran-geo-desk.txt} → {@code tehran-geo-desk}. */
  static String documentId(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
