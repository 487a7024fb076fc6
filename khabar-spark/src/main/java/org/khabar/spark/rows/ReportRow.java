package org.khabar.spark.rows;

/**
 * One row of the {@code reports} table: a report's id, date and source as given, where it was
 * read from, its dateline, and how many of each thing its analysis found. A JavaBean for Spark.
 */
public final class ReportRow extends RowBean {

  /** The report's id. */
  private String id;

  /** The headline as given, or null. */
  private String headline;

  /** The publication date as given, or null. */
  private java.time.LocalDate date;

  /** The publisher as given, or null. */
  private String source;

  /** The file it was read from. */
  private String file;

  /** Where in the file: the line's byte offset (JSON Lines) or row index (Parquet). */
  private Long offset;

  /** What had to be left out of the input (a date that cannot be read), or null. */
  private String warning;

  /** Characters of the body. */
  private int length;

  /** The dateline, or null if the report opens without one. */
  private DatelineRow dateline;

  /** Sentences found. */
  private int sentences;

  /** Tokens found. */
  private int tokens;

  /** Entities found (names, numbers, dates, times). */
  private int entities;

  /** Entity clusters (real-world things). */
  private int clusters;

  /** Rows of this report in {@code mentions}. */
  private int mentions;

  /** Statements (rows in {@code statements}). */
  private int statements;

  /** Quotations. */
  private int quotations;

  public ReportRow() {}

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getHeadline() {
    return headline;
  }

  public void setHeadline(String headline) {
    this.headline = headline;
  }

  public java.time.LocalDate getDate() {
    return date;
  }

  public void setDate(java.time.LocalDate date) {
    this.date = date;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getFile() {
    return file;
  }

  public void setFile(String file) {
    this.file = file;
  }

  public Long getOffset() {
    return offset;
  }

  public void setOffset(Long offset) {
    this.offset = offset;
  }

  public String getWarning() {
    return warning;
  }

  public void setWarning(String warning) {
    this.warning = warning;
  }

  public int getLength() {
    return length;
  }

  public void setLength(int length) {
    this.length = length;
  }

  public DatelineRow getDateline() {
    return dateline;
  }

  public void setDateline(DatelineRow dateline) {
    this.dateline = dateline;
  }

  public int getSentences() {
    return sentences;
  }

  public void setSentences(int sentences) {
    this.sentences = sentences;
  }

  public int getTokens() {
    return tokens;
  }

  public void setTokens(int tokens) {
    this.tokens = tokens;
  }

  public int getEntities() {
    return entities;
  }

  public void setEntities(int entities) {
    this.entities = entities;
  }

  public int getClusters() {
    return clusters;
  }

  public void setClusters(int clusters) {
    this.clusters = clusters;
  }

  public int getMentions() {
    return mentions;
  }

  public void setMentions(int mentions) {
    this.mentions = mentions;
  }

  public int getStatements() {
    return statements;
  }

  public void setStatements(int statements) {
    this.statements = statements;
  }

  public int getQuotations() {
    return quotations;
  }

  public void setQuotations(int quotations) {
    this.quotations = quotations;
  }

  @Override
  protected Object[] values() {
    return new Object[] {id, headline, date, source, file, offset, warning, length, dateline,
      sentences, tokens, entities, clusters, mentions, statements, quotations};
  }
}
