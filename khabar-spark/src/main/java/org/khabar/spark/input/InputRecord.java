package org.khabar.spark.input;

/**
 * One record as read from the input, before it is parsed: a line of a JSON Lines file, or a
 * Parquet row turned into the same JSON. A JavaBean for Spark.
 */
public final class InputRecord implements java.io.Serializable {

  /** The file it was read from. */
  private String file;

  /** The line's byte offset (JSON Lines) or the row's index (Parquet). */
  private Long offset;

  /** The record as JSON text, or null if it could not be decoded. */
  private String json;

  /** Why it could not be decoded (not UTF-8), or null. */
  private String problem;

  public InputRecord() {}

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

  public String getJson() {
    return json;
  }

  public void setJson(String json) {
    this.json = json;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }
}
