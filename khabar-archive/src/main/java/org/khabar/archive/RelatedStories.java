package org.khabar.archive;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The reports that tell the same story as a given one: near-duplicates and rewrites, found by
 * MinHash over word shingles. Candidates share at least one LSH band with the report; they are
 * ranked by their estimated shingle overlap.
 */
public final class RelatedStories {

  /** A related report and how much of its wording it shares (estimated Jaccard, 0..1). */
  public record Related(String id, String headline, LocalDate date, String source,
      double similarity) {}

  /** Reports sharing less than this are not shown. */
  public static final double DEFAULT_MIN_SIMILARITY = 0.05;

  private static final int MAX_CANDIDATES = 500;

  private final Archive archive;

  public RelatedStories(Archive archive) {
    this.archive = archive;
  }

  /** Up to {@code max} reports related to report {@code id}, most similar first. */
  public List<Related> of(String id, int max, double minSimilarity) throws IOException {
    archive.searcherManager().maybeRefresh();
    IndexSearcher searcher = archive.searcherManager().acquire();
    try {
      TopDocs found = searcher.search(new TermQuery(new Term(ArchiveFields.ID, id)), 1);
      if (found.scoreDocs.length == 0) {
        return List.of();
      }
      DocValuesReader values = new DocValuesReader(searcher.getIndexReader());
      long[] signature = signature(values, found.scoreDocs[0].doc);
      BooleanQuery.Builder bands = new BooleanQuery.Builder();
      for (String band : MinHash.bands(signature)) {
        bands.add(new TermQuery(new Term(ArchiveFields.LSH, band)), BooleanClause.Occur.SHOULD);
      }
      List<Related> related = new ArrayList<>();
      for (ScoreDoc candidate : searcher.search(bands.build(), MAX_CANDIDATES).scoreDocs) {
        String candidateId = values.text(candidate.doc, ArchiveFields.ID);
        if (candidateId.equals(id)) {
          continue;
        }
        double similarity = MinHash.similarity(signature, signature(values, candidate.doc));
        if (similarity >= minSimilarity) {
          Long day = values.number(candidate.doc, ArchiveFields.DATE);
          related.add(new Related(candidateId, values.text(candidate.doc, ArchiveFields.HEADLINE),
              day == null ? null : LocalDate.ofEpochDay(day),
              values.text(candidate.doc, ArchiveFields.SOURCE), similarity));
        }
      }
      related.sort(Comparator.comparingDouble(Related::similarity).reversed()
          .thenComparing(Related::id));
      return related.size() > max ? List.copyOf(related.subList(0, max)) : related;
    } finally {
      archive.searcherManager().release(searcher);
    }
  }

  private static long[] signature(DocValuesReader values, int docId) throws IOException {
    BytesRef bytes = values.bytes(docId, ArchiveFields.MINHASH);
    return MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length);
  }
}
