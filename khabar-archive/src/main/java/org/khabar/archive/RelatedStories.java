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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
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

  /** How many reports sharing a band with the report are compared with it, best-scored first. */
  public static final int MAX_CANDIDATES = 500;

  /** Candidates sharing the most (and rarest) bands first; ties in id order. */
  public static final Sort CANDIDATE_ORDER = new Sort(SortField.FIELD_SCORE,
      new SortField(ArchiveFields.ID, SortField.Type.STRING));

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
      List<Candidate> candidates = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(bands.build(), MAX_CANDIDATES, CANDIDATE_ORDER)
          .scoreDocs) {
        Long day = values.number(hit.doc, ArchiveFields.DATE);
        candidates.add(new Candidate(values.text(hit.doc, ArchiveFields.ID),
            values.text(hit.doc, ArchiveFields.HEADLINE),
            day == null ? null : LocalDate.ofEpochDay(day),
            values.text(hit.doc, ArchiveFields.SOURCE), signature(values, hit.doc)));
      }
      return select(id, signature, candidates, max, minSimilarity);
    } finally {
      archive.searcherManager().release(searcher);
    }
  }

  /**
   * A report that shares at least one LSH band with the one whose related stories are sought.
   */
  public record Candidate(String id, String headline, LocalDate date, String source,
      long[] signature) {}

  /**
   * The candidates most similar to report {@code id} (whose signature is {@code signature}),
   * most similar first and then by id, without the report itself and those below {@code
   * minSimilarity}; at most {@code max}.
   */
  public static List<Related> select(String id, long[] signature, List<Candidate> candidates,
      int max, double minSimilarity) {
    List<Related> related = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (candidate.id().equals(id)) {
        continue;
      }
      double similarity = MinHash.similarity(signature, candidate.signature());
      if (similarity >= minSimilarity) {
        related.add(new Related(candidate.id(), candidate.headline(), candidate.date(),
            candidate.source(), similarity));
      }
    }
    related.sort(Comparator.comparingDouble(Related::similarity).reversed()
        .thenComparing(Related::id));
    return related.size() > max ? List.copyOf(related.subList(0, max)) : related;
  }

  private static long[] signature(DocValuesReader values, int docId) throws IOException {
    BytesRef bytes = values.bytes(docId, ArchiveFields.MINHASH);
    return MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length);
  }
}
