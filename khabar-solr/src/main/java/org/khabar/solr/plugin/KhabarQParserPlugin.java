package org.khabar.solr.plugin;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.QueryException;
import org.khabar.archive.QueryParsing;

/**
 * {@code {!khabar}}: Khabar's query language, parsed by the embedded archive's own {@link
 * QueryParsing} with the schema's analyzers, so that a query means the same Lucene query on
 * SolrCloud as in the embedded archive. Date terms ({@code date:2015-09}, {@code after:}, {@code
 * before:}) become a filter on the epoch-day {@code date} field.
 */
public class KhabarQParserPlugin extends QParserPlugin {

  public static final String NAME = "khabar";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params,
      SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        return KhabarQParserPlugin.parse(qstr == null ? "" : qstr, req);
      }
    };
  }

  static Query parse(String text, SolrQueryRequest req) throws SyntaxError {
    QueryParsing.Parsed parsed;
    try {
      parsed = QueryParsing.parse(text, req.getSchema().getQueryAnalyzer());
    } catch (QueryException e) {
      throw new SyntaxError(e.getMessage(), e);
    }
    Query query = parsed.query() == null ? new MatchNoDocsQuery() : parsed.query();
    if (parsed.from() == null && parsed.to() == null) {
      return query;
    }
    long low = parsed.from() == null ? Long.MIN_VALUE : parsed.from().toEpochDay();
    long high = parsed.to() == null ? Long.MAX_VALUE : parsed.to().toEpochDay();
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(ArchiveFields.DATE, low, high), BooleanClause.Occur.FILTER)
        .build();
  }
}
