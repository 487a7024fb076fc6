package org.khabar.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.EmbeddedBackend;
import org.khabar.archive.QueryException;
import org.khabar.archive.RelatedStories;
import org.khabar.archive.SearchBackend;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar search QUERY}: searches an archive. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    header = "Search an archive in Urdu, with facets and highlighted snippets.",
    description = {
      "QUERY: Urdu words (all must match), \"phrases\", AND / OR / NOT, brackets, and fields:",
      "  person:روحانی  place:\"اسلام آباد\"  org:  source:  speaker:  title:  headline:",
      "  date:2015-09-30  date:2015-09  date:2015  date:2015-09-01..2015-12-31",
      "  after:2015-09-01  before:2016-01-01",
      "With --related ID, lists the reports that tell the same story as report ID.",
      "With --solr, searches a SolrCloud collection made from the khabar configset: the same",
      "query language, hits, facets and snippets as an archive of the same reports."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ArchiveOptions archiveOptions;

  @Mixin SolrOptions solrOptions;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query.")
  List<String> words = List.of();

  @Option(names = "--person", paramLabel = "NAME", description = "Only reports naming this"
      + " person (an exact facet value; repeatable).")
  List<String> persons = List.of();

  @Option(names = "--place", paramLabel = "NAME", description = "Only reports naming this place.")
  List<String> places = List.of();

  @Option(names = "--org", paramLabel = "NAME", description = "Only reports naming this"
      + " organisation.")
  List<String> orgs = List.of();

  @Option(names = "--source", paramLabel = "NAME", description = "Only reports from this source.")
  List<String> sources = List.of();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Earliest date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Latest date.")
  LocalDate to;

  @Option(names = "--sort", defaultValue = "relevance",
      description = "relevance (default), newest or oldest.")
  String sort;

  @Option(names = "--page", defaultValue = "1", description = "Page number (default 1).")
  int page;

  @Option(names = "--size", defaultValue = "10", description = "Hits per page (default 10).")
  int size;

  @Option(names = "--facets", defaultValue = "5",
      description = "Top values per facet (default 5; 0 for none).")
  int facets;

  @Option(names = "--related", paramLabel = "ID", description = "Reports related to report ID.")
  String related;

  @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json.")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (solrOptions.enabled()) {
      try (SearchBackend backend = solrOptions.connect()) {
        return run(backend, out);
      }
    }
    try (Archive archive = archiveOptions.open(Archive.Mode.READ);
        SearchBackend backend = new EmbeddedBackend(archive)) {
      return run(backend, out);
    }
  }

  private int run(SearchBackend backend, PrintWriter out) throws Exception {
    if (related != null) {
      return printRelated(backend, out);
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    putIfAny(filters, ArchiveFields.PERSON, persons);
    putIfAny(filters, ArchiveFields.PLACE, places);
    putIfAny(filters, ArchiveFields.ORGANIZATION, orgs);
    putIfAny(filters, ArchiveFields.SOURCE, sources);
    if (page < 1 || size < 1 || size > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("--page must be 1 or more and --size 1 to "
          + SearchRequest.MAX_LIMIT);
    }
    SearchRequest request = new SearchRequest(String.join(" ", words), filters, from, to,
        order(), (page - 1) * size, size, facets);
    SearchResponse response;
    try {
      response = backend.search(request);
    } catch (QueryException e) {
      spec.commandLine().getErr().println("khabar: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (format.equals("json")) {
      out.println(json().writeValueAsString(response));
    } else {
      new SearchResultPrinter(out, System.console() != null).print(request, response);
    }
    return ExitCodes.OK;
  }

  private int printRelated(SearchBackend backend, PrintWriter out) throws Exception {
    if (backend.report(related).isEmpty()) {
      spec.commandLine().getErr().println("khabar: no report with id " + related
          + " in " + backend.describe());
      return ExitCodes.SOME_FAILED;
    }
    List<RelatedStories.Related> stories = backend.related(related, size,
        RelatedStories.DEFAULT_MIN_SIMILARITY);
    if (format.equals("json")) {
      out.println(json().writeValueAsString(stories));
      return ExitCodes.OK;
    }
    out.printf("%d reports tell the same story as %s%n", stories.size(), related);
    for (RelatedStories.Related story : stories) {
      out.printf(Locale.ROOT, "  %3.0f%%  %s  %s  %s%n", 100 * story.similarity(), story.id(),
          story.date() == null ? "" : story.date(), story.headline() == null ? ""
              : story.headline());
    }
    return ExitCodes.OK;
  }

  private SearchRequest.Order order() {
    return switch (sort) {
      case "relevance" -> SearchRequest.Order.RELEVANCE;
      case "newest" -> SearchRequest.Order.NEWEST;
      case "oldest" -> SearchRequest.Order.OLDEST;
      default -> throw new IllegalArgumentException(
          "--sort must be relevance, newest or oldest, not " + sort);
    };
  }

  private static void putIfAny(Map<String, List<String>> filters, String key,
      List<String> values) {
    if (!values.isEmpty()) {
      filters.put(key, values);
    }
  }

  static ObjectMapper json() {
    return new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
