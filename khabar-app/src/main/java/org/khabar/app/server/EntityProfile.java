package org.khabar.app.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khabar.archive.SearchResponse;

/**
 * What the archive knows of one entity: its names, the reports that name it (newest first)
 * and their counts by month, where in them it is named, what it said and what was said about it, and who or what is
 * named with it most.
 */
record EntityProfile(
    String id,
    String type,
    String name,
    String latin,
    List<String> titles,
    List<String> spellings,
    long reportCount,
    List<SearchResponse.FacetValue> months,
    List<ReportRef> reports,
    List<Mention> mentions,
    List<Quote> statementsBy,
    List<Quote> statementsAbout,
    Map<String, List<SearchResponse.FacetValue>> namedWith) {

  /** A report in a list. */
  record ReportRef(String id, String headline, LocalDate date, String source) {}

  /** A span of a report that names the entity. */
  record Mention(String reportId, LocalDate date, int start, int end, String text) {}

  /** A statement in a report. */
  record Quote(String reportId, String headline, LocalDate date, int start, int end,
      String text, String kind, String verb, String speaker, String speakerLatin) {}
}
