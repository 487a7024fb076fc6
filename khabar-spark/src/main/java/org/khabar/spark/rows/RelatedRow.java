package org.khabar.spark.rows;

/**
 * One row of the {@code related} table: two reports that tell the same story, found by
 * locality-sensitive hashing of their content words; {@code reportId < relatedId}. A JavaBean for Spark.
 */
public final class RelatedRow extends RowBean {

  /** The first report's id (the smaller). */
  private String reportId;

  /** The other report's id. */
  private String relatedId;

  /** Estimated Jaccard similarity of their content words (0..1). */
  private double similarity;

  /** LSH bands the two share. */
  private int sharedBands;

  public RelatedRow() {}

  public String getReportId() {
    return reportId;
  }

  public void setReportId(String reportId) {
    this.reportId = reportId;
  }

  public String getRelatedId() {
    return relatedId;
  }

  public void setRelatedId(String relatedId) {
    this.relatedId = relatedId;
  }

  public double getSimilarity() {
    return similarity;
  }

  public void setSimilarity(double similarity) {
    this.similarity = similarity;
  }

  public int getSharedBands() {
    return sharedBands;
  }

  public void setSharedBands(int sharedBands) {
    this.sharedBands = sharedBands;
  }

  @Override
  protected Object[] values() {
    return new Object[] {reportId, relatedId, similarity, sharedBands};
  }
}
