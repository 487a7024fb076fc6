package org.khabar.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khabar.archive.Indexer;
import org.khabar.archive.ReportIngest;
import org.khabar.archive.SearchBackend;
import org.khabar.archive.RelatedStories;
import org.khabar.archive.StoredReport;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;
import org.khabar.pipeline.Pipeline;

/**
 * {@code GET /api/reports/{id}}: a report's text, analysis and related stories; {@code POST
 * /api/reports}: adds or replaces reports (only on a server started with {@code --writable}).
 */
final class ReportsApi {

  /** The longest report id accepted. */
  static final int MAX_ID_LENGTH = 512;

  static final int RELATED = 5;

  /** A report as the page shows it. */
  record ReportView(String id, String headline, LocalDate date, String source, String body,
      JsonNode analysis, JsonNode extra, List<RelatedStories.Related> related) {}

  /** What an upload did. */
  record Stored(int added, int replaced, List<String> ids) {}

  private final SearchBackend backend;
  private final ReportIngest ingest;
  private final ServerSettings settings;

  private final ResponseCache searches;
  private final Turns analyses;

  /**
   * @param ingest where uploads go; null for a server that takes none
   * @param analyses the turns analyses take: an upload analyses its reports in one turn, so
   *     uploads and {@code /api/analyze} together leave searches a core
   */
  ReportsApi(SearchBackend backend, ReportIngest ingest, ServerSettings settings,
      ResponseCache searches, Turns analyses) {
    this.backend = backend;
    this.ingest = ingest;
    this.searches = searches;
    this.settings = settings;
    this.analyses = analyses;
  }

  void get(Context ctx) throws IOException {
    String id = id(ctx.pathParam("id"));
    StoredReport report = backend.report(id).orElseThrow(() -> ApiException.notFound(
        "there is no report with id \"" + id + "\" in this archive; search for it at"
            + " /api/search"));
    ctx.json(new ReportView(report.id(), report.headline(), report.date(), report.source(),
        report.body(), parse(report.analysisJson()), parse(report.extraJson()),
        backend.related(id, RELATED, RelatedStories.DEFAULT_MIN_SIMILARITY)));
  }

  void post(Context ctx) throws IOException {
    if (!settings.writable() || ingest == null) {
      throw new ApiException(403, "this server was started read-only; start it with"
          + " 'khabar serve --writable' to add reports");
    }
    RequestBodies.requireMediaType(ctx, "application/json");
    List<Report> reports = reports(RequestBodies.utf8(ctx, settings.maxReportsBytes()));
    List<String> ids = new ArrayList<>();
    for (Report report : reports) {
      ids.add(report.id());
    }
    Indexer.Summary summary = analyses.run(() -> ingest.add(reports));
    searches.clear();
    if (summary.skipped() > 0) {
      throw new ApiException(422, "not every report could be stored: "
          + String.join("; ", summary.problems()));
    }
    int replaced = (int) summary.replaced();
    ctx.status(200).json(new Stored(reports.size() - replaced, replaced, ids));
  }

  /** The reports of a body holding one report object or an array of them; all or none. */
  private List<Report> reports(String body) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not valid JSON (" + e.getOriginalMessage()
          + ")");
    }
    if (node == null || !(node.isObject() || node.isArray())) {
      throw ApiException.badRequest("send a report {\"id\": ..., \"body\": ..., \"headline\":"
          + " ..., \"date\": \"2016-12-29\", \"source\": ...} or an array of them");
    }
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else {
      items.add(node);
    }
    if (items.isEmpty()) {
      throw ApiException.badRequest("the array holds no reports");
    }
    if (items.size() > settings.maxReportsPerRequest()) {
      throw new ApiException(413, "at most " + settings.maxReportsPerRequest()
          + " reports per request, not " + items.size() + "; send them in parts");
    }
    List<Report> reports = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      try {
        Report report = ReportReader.parseLine(items.get(i).toString());
        id(report.id());
        reports.add(report);
      } catch (IllegalArgumentException | ApiException e) {
        throw ApiException.badRequest("report " + (i + 1) + " of " + items.size() + ": "
            + e.getMessage() + "; nothing was stored");
      }
    }
    return reports;
  }

  private static String id(String id) {
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw ApiException.badRequest("a report id has 1 to " + MAX_ID_LENGTH
          + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        throw ApiException.badRequest("a report id holds no control characters");
      }
    }
    return id;
  }

  private static JsonNode parse(String json) throws JsonProcessingException {
    return json == null ? null : Json.MAPPER.readTree(json);
  }
}
