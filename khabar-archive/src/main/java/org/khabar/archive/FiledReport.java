package org.khabar.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.dateline.Dateline;
import org.khabar.io.Report;
import org.khabar.text.Layer;
import org.khabar.json.AnalysisJson;
import org.khabar.text.Document;

/**
 * Everything an archive stores and indexes for one report, as plain values: its text and
 * metadata, the month and source it is filed under, the names of each facet dimension (from
 * {@link ReportFacts}), its MinHash signature and LSH bands, and its analysis as JSON. The
 * embedded archive ({@code ReportDocuments}) and the Solr plugin both build their documents from
 * this one record, so a report is filed the same way in both.
 *
 * @param report the report as it came in
 * @param month the {@code yyyy-MM} of its date, or null without a date
 * @param source its source without surrounding blanks, or null without one
 * @param names the names of each multi-valued dimension ({@link ArchiveFields#MULTI_VALUED}), in
 *     the order the analysis found them
 * @param minhash the MinHash signature of its content words
 * @param bands the LSH band keys of the signature
 * @param analysisJson the analysis in the analysis schema, without text and tokens
 * @param extraJson the extra fields of the input as a JSON object, or null without any
 */
public record FiledReport(
    Report report,
    String month,
    String source,
    Map<String, Set<String>> names,
    long[] minhash,
    List<String> bands,
    String analysisJson,
    String extraJson) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AnalysisJson ANALYSIS_JSON = new AnalysisJson(false, false);

  /** Files {@code report} by its {@code analysis}. */
  public static FiledReport of(Report report, Document analysis) {
    return of(report, analysis, ANALYSIS_JSON.toJson(analysis));
  }

  /**
   * Files {@code report} by its {@code analysis}, keeping {@code analysisJson} as written. An
   * undated report is filed under the date its dateline writes in full, if it does (see {@link
   * org.khabar.dateline.ReportDateStage}), so a folder of text files can be browsed by date too.
   */
  public static FiledReport of(Report report, Document analysis, String analysisJson) {
    if (report.date() == null && analysis.metadata().date() != null) {
      report = report.withDate(analysis.metadata().date()); // the date its dateline writes
    }
    ReportFacts facts = ReportFacts.of(analysis);
    Map<String, Set<String>> names = new LinkedHashMap<>();
    for (String dimension : ArchiveFields.MULTI_VALUED) {
      names.put(dimension, facts.names(dimension));
    }
    long[] signature = MinHash.signature(facts.words());
    return new FiledReport(report, month(report.date()), source(report, analysis), names,
        signature, MinHash.bands(signature), analysisJson,
        report.extra().isEmpty() ? null : json(report.extra()));
  }

  /** The month a date is filed under: {@code 2015-09}. */
  public static String month(LocalDate date) {
    return date == null ? null : date.toString().substring(0, 7);
  }

  /**
   * The source a report is filed under: its own, else the one its dateline credits, as written
   * and tidied ({@code تہران (جیوڈیسک)} → جیوڈیسک), so that a folder of text files can be browsed
   * by source too.
   */
  private static String source(Report report, Document analysis) {
    if (report.source() != null && !report.source().isBlank()) {
      return report.source().strip();
    }
    for (Dateline dateline : analysis.find(Dateline.LAYER).orElse(Layer.empty())) {
      if (dateline.hasSource()) {
        String credited = dateline.source().strip().replaceAll("\\s+", " ");
        return credited.isEmpty() ? null : credited;
      }
    }
    return null;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
