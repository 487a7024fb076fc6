package org.khabar.archive;

import java.io.IOException;
import java.util.List;
import org.khabar.io.Report;

/**
 * Where new reports go to be analysed and stored: the embedded archive (analysed here, see
 * {@link #embedded}) or a SolrCloud collection (analysed inside Solr). When {@link #add}
 * returns, the reports are durable and searchable.
 */
public interface ReportIngest {

  /** Analyses and stores {@code reports}, replacing reports with the same ids. */
  Indexer.Summary add(List<Report> reports) throws IOException;

  /** Reports analysed by {@code pipeline} on this machine and stored in {@code archive}. */
  static ReportIngest embedded(Archive archive, org.khabar.pipeline.Pipeline pipeline) {
    return reports -> new Indexer(archive, pipeline, 1, Integer.MAX_VALUE,
        new Indexer.Listener() {
          @Override
          public void progress(long done, long skipped) {}

          @Override
          public void skipped(String problem) {}
        }).index(reports);
  }
}
