package org.khabar.spark.rows;

/**
 * One row of the {@code rejects} table: an input record that was not analysed, and why. A JavaBean for Spark.
 */
public final class RejectRow extends RowBean {

  /** The file it was read from. */
  private String file;

  /** The line's byte offset (JSON Lines) or row index (Parquet), or null. */
  private Long offset;

  /** The report id if one could be read, else null. */
  private String id;

  /** Why it was rejected. */
  private String reason;

  /** The start of the record as read (at most 1000 characters), or null. */
  private String record;

  public RejectRow() {}

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

  @Override
  protected Object[] values() {
    return new Object[] {file, offset, id, reason, record};
  }
}
