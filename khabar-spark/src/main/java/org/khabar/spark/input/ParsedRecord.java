package org.khabar.spark.input;

/**
 * An input record parsed into a report, or rejected with the reason. A JavaBean for Spark.
 */
public final class ParsedRecord implements java.io.Serializable {

  /** The file it was read from. */
  private String file;

  /** The line's byte offset (JSON Lines) or the row's index (Parquet). */
  private Long offset;

  /** The report's id, or null if none could be read. */
  private String id;

  /** The headline, or null. */
  private String headline;

  /** The text of the report, or null if rejected. */
  private String body;

  /** The publication date, or null. */
  private java.time.LocalDate date;

  /** The publisher, or null. */
  private String source;

  /** What was left out (a date that cannot be read), or null. */
  private String warning;

  /** Why the record is rejected, or null if it is a report. */
  private String reason;

  /** The start of a rejected record as read, or null. */
  private String record;

  /** 0 for the first record with its id (by file and offset), 1 for the next, and so on. */
  private int copy;

  public ParsedRecord() {}

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

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
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

  public String getWarning() {
    return warning;
  }

  public void setWarning(String warning) {
    this.warning = warning;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getRecord() {
    return record;
  }

  public void setRecord(String record) {
    this.record = record;
  }

  public int getCopy() {
    return copy;
  }

  public void setCopy(int copy) {
    this.copy = copy;
  }
}
