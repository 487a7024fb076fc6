package org.khabar.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.MinHash;
import org.khabar.archive.QueryException;
import org.khabar.archive.QueryParsing;
import org.khabar.archive.RelatedStories;
import org.khabar.archive.SearchBackend;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;
import org.khabar.archive.StoredReport;
import org.khabar.lucene.UrduAnalyzer;

/**
 * The {@link SearchBackend} of a SolrCloud collection made from the khabar configset: the same
 * requests as the embedded archive, answered by the cluster with the same hits, scores, facets
 * and snippets. The query is checked here first (with the archive's own {@link QueryParsing}),
 * so that a bad query fails with the same message and a query read as plain words gets the same
 * note; Solr parses it again with the same code.
 */
public final class SolrBackend implements SearchBackend {

  private final SolrClient client;
  private final String collection;
  private final String where;
  private final boolean ownsClient;
  private final Analyzer analyzer = new UrduAnalyzer();

  /** A backend over {@code collection} through {@code client}, which it does not close. */
  public SolrBackend(SolrClient client, String collection) {
    this(client, collection, "SolrCloud", false);
  }

  private SolrBackend(SolrClient client, String collection, String where, boolean ownsClient) {
    this.client = client;
    this.collection = collection;
    this.where = where;
    this.ownsClient = ownsClient;
  }

  /** A backend over {@code collection} of the cluster at {@code target}; it closes its client. */
  public static SolrBackend connect(SolrTarget target, String collection) {
    return new SolrBackend(target.connect(), collection, "SolrCloud at " + target, true);
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException, QueryException {
    List<String> notes = QueryParsing.parse(request.query(), analyzer).notes();
    QueryResponse response = query(SearchParams.of(request));
    return SearchResults.of(response, notes);
  }

  @Override
  public Optional<StoredReport> report(String id) throws IOException {
    SolrDocument doc = byId(id, String.join(",", ArchiveFields.ID, ArchiveFields.HEADLINE,
        ArchiveFields.BODY, ArchiveFields.DATE, ArchiveFields.SOURCE, ArchiveFields.ANALYSIS,
        ArchiveFields.EXTRA));
    if (doc == null) {
      return Optional.empty();
    }
    return Optional.of(new StoredReport(id, (String) doc.getFirstValue(ArchiveFields.HEADLINE),
        (String) doc.getFirstValue(ArchiveFields.BODY), SearchResults.date(doc),
        (String) doc.getFirstValue(ArchiveFields.SOURCE),
        (String) doc.getFirstValue(ArchiveFields.ANALYSIS),
        (String) doc.getFirstValue(ArchiveFields.EXTRA)));
  }

  /**
   * As {@link RelatedStories#of}: the reports sharing an LSH band with report {@code id}, best
   * scored first (the same query, so the same first {@link RelatedStories#MAX_CANDIDATES}), then
   * ranked by their estimated similarity.
   */
  @Override
  public List<RelatedStories.Related> related(String id, int max, double minSimilarity)
      throws IOException {
    SolrDocument doc = byId(id, ArchiveFields.MINHASH);
    if (doc == null || doc.getFirstValue(ArchiveFields.MINHASH) == null) {
      return List.of();
    }
    long[] signature = signature(doc);
    StringBuilder bands = new StringBuilder(ArchiveFields.LSH + ":(");
    for (String band : MinHash.bands(signature)) {
      bands.append(ClientUtils.escapeQueryChars(band)).append(' ');
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(CommonParams.Q, bands.append(')').toString());
    params.set("defType", "lucene");
    params.set("q.op", "OR");
    params.set(CommonParams.ROWS, RelatedStories.MAX_CANDIDATES);
    params.set(CommonParams.SORT, SearchParams.sort(SearchRequest.Order.RELEVANCE));
    params.set(CommonParams.FL, String.join(",", ArchiveFields.ID, ArchiveFields.HEADLINE,
        ArchiveFields.DATE, ArchiveFields.SOURCE, ArchiveFields.MINHASH));
    List<RelatedStories.Candidate> candidates = new ArrayList<>();
    for (SolrDocument candidate : query(params).getResults()) {
      candidates.add(new RelatedStories.Candidate(
          (String) candidate.getFirstValue(ArchiveFields.ID),
          (String) candidate.getFirstValue(ArchiveFields.HEADLINE),
          SearchResults.date(candidate), (String) candidate.getFirstValue(ArchiveFields.SOURCE),
          signature(candidate)));
    }
    return RelatedStories.select(id, signature, candidates, max, minSimilarity);
  }

  private static long[] signature(SolrDocument doc) {
    byte[] bytes = SearchResults.bytes(doc.getFirstValue(ArchiveFields.MINHASH));
    return MinHash.fromBytes(bytes, 0, bytes.length);
  }

  @Override
  public long size() throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(CommonParams.Q, "*:*");
    params.set("defType", "lucene");
    params.set(CommonParams.ROWS, 0);
    return query(params).getResults().getNumFound();
  }

  @Override
  public String describe() {
    return "collection " + collection + " (" + where + ")";
  }

  private SolrDocument byId(String id, String fields) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(CommonParams.FL, fields);
    try {
      return client.getById(collection, id, params);
    } catch (SolrServerException e) {
      throw new IOException("Solr could not get report " + id + ": " + e.getMessage(), e);
    }
  }

  private QueryResponse query(ModifiableSolrParams params) throws IOException {
    try {
      QueryRequest request = new QueryRequest(params, org.apache.solr.client.solrj.SolrRequest
          .METHOD.POST);
      return request.process(client, collection);
    } catch (SolrServerException e) {
      throw new IOException("Solr could not search collection " + collection + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    analyzer.close();
    if (ownsClient) {
      client.close();
    }
  }
}
