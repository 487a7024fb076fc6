package org.khabar.archive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The archive's query language: words and "phrases" in Urdu, AND / OR / NOT and brackets, and
 * fields: {@code person:روحانی}، {@code place:"اسلام آباد"}، {@code org:}، {@code source:}،
 * {@code speaker:}، {@code title:}، {@code headline:}; and dates: {@code date:2015-09-30}, {@code
 * date:2015-09}, {@code date:2015}, {@code date:2015-09-01..2015-12-31}, {@code after:2015-09-01},
 * {@code before:2016-01-01}. Words without an operator must all match.
 *
 * <p>A query with a syntax error (an unbalanced quote or bracket) is searched as plain words,
 * with a note saying so.
 */
public final class QueryParsing {

  /** A parsed query: the Lucene query, the date range it asks for, and notes for the reader. */
  public record Parsed(Query query, LocalDate from, LocalDate to, List<String> notes) {}

  private static final Pattern DATE_TERM =
      Pattern.compile("(?<![\\p{L}\\p{N}])(date|after|before):(\\S+)");

  private static final Map<String, String> FIELD_ALIASES = Map.of(
      "person", ArchiveFields.textField(ArchiveFields.PERSON),
      "place", ArchiveFields.textField(ArchiveFields.PLACE),
      "org", ArchiveFields.textField(ArchiveFields.ORGANIZATION),
      "source", ArchiveFields.textField(ArchiveFields.SOURCE),
      "speaker", ArchiveFields.textField(ArchiveFields.SPEAKER),
      "title", ArchiveFields.textField(ArchiveFields.TITLE),
      "headline", ArchiveFields.HEADLINE,
      "body", ArchiveFields.BODY);

  private QueryParsing() {}

  /** Parses {@code text}; fails only for queries that cannot be searched at all. */
  public static Parsed parse(String text, Analyzer analyzer) throws QueryException {
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new QueryException("the query is too long (" + text.length()
          + " characters; at most " + SearchRequest.MAX_QUERY_LENGTH + ")");
    }
    List<String> notes = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    StringBuilder rest = new StringBuilder();
    Matcher matcher = DATE_TERM.matcher(text);
    int last = 0;
    while (matcher.find()) {
      rest.append(text, last, matcher.start());
      last = matcher.end();
      LocalDate[] range = dateRange(matcher.group(1), matcher.group(2));
      if (range[0] != null && (from == null || range[0].isAfter(from))) {
        from = range[0];
      }
      if (range[1] != null && (to == null || range[1].isBefore(to))) {
        to = range[1];
      }
    }
    rest.append(text.substring(last));
    String words = stripControls(rest.toString()).strip();
    if (words.isEmpty()) {
      return new Parsed(new MatchAllDocsQuery(), from, to, notes);
    }
    Query query = parseWords(words, analyzer, notes);
    if (query == null) {
      notes.add("the query has only very common words or punctuation, so it matches nothing;"
          + " add a more specific word");
    }
    return new Parsed(query, from, to, notes);
  }

  private static Query parseWords(String words, Analyzer analyzer, List<String> notes)
      throws QueryException {
    UrduQueryParser parser = new UrduQueryParser(analyzer);
    try {
      return emptyToNull(parser.parse(words));
    } catch (ParseException | IllegalArgumentException e) {
      notes.add("the query's syntax could not be read (" + syntaxProblem(words)
          + "), so its words were searched as they are");
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("the query has too many words to search");
    }
    try {
      parser.setDefaultOperator(QueryParser.Operator.AND);
      return emptyToNull(parser.parse(QueryParser.escape(words)));
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      throw new QueryException("the query cannot be searched: " + firstLine(e.getMessage()));
    }
  }

  private static Query emptyToNull(Query query) {
    if (query == null) {
      return null;
    }
    if (query instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
      return null;
    }
    return query;
  }

  private static String stripControls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }

  /** What is most likely wrong with a query the parser rejected, in plain words. */
  static String syntaxProblem(String words) {
    long quotes = words.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 1) {
      return "a quote mark \" is not closed";
    }
    int depth = 0;
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (depth < 0) {
        return "a bracket ) closes nothing";
      }
    }
    if (depth > 0) {
      return "a bracket ( is not closed";
    }
    return "an operator or special character is out of place";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The range a date term asks for: {from, to}, either may be null. */
  static LocalDate[] dateRange(String kind, String value) throws QueryException {
    try {
      if (kind.equals("after")) {
        return new LocalDate[] {parseDay(value, true), null};
      }
      if (kind.equals("before")) {
        return new LocalDate[] {null, parseDay(value, false)};
      }
      int dots = value.indexOf("..");
      if (dots >= 0) {
        String start = value.substring(0, dots);
        String end = value.substring(dots + 2);
        return new LocalDate[] {
          start.isEmpty() ? null : parseDay(start, true),
          end.isEmpty() ? null : parseDay(end, false)
        };
      }
      return new LocalDate[] {parseDay(value, true), parseDay(value, false)};
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new QueryException("\"" + kind + ":" + value + "\" is not a date; write 2015-09-30,"
          + " 2015-09, 2015 or a range 2015-09-01..2015-12-31");
    }
  }

  /** A day, month or year; for a month or year, its first or last day. */
  private static LocalDate parseDay(String value, boolean first) {
    if (value.length() == 4) {
      int year = Integer.parseInt(value);
      return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
    }
    if (value.length() == 7) {
      YearMonth month = YearMonth.parse(value);
      return first ? month.atDay(1) : month.atEndOfMonth();
    }
    return LocalDate.parse(value);
  }

  /** The classic query parser, over headline and body, with Khabar's field names. */
  private static final class UrduQueryParser extends MultiFieldQueryParser {

    UrduQueryParser(Analyzer analyzer) {
      super(new String[] {ArchiveFields.HEADLINE, ArchiveFields.BODY}, analyzer,
          Map.of(ArchiveFields.HEADLINE, 2f, ArchiveFields.BODY, 1f));
      setDefaultOperator(Operator.AND);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      return super.getFieldQuery(alias(field), queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop)
        throws ParseException {
      return super.getFieldQuery(alias(field), queryText, slop);
    }

    private static String alias(String field) {
      if (field == null) {
        return null;
      }
      return FIELD_ALIASES.getOrDefault(field, field);
    }
  }
}
