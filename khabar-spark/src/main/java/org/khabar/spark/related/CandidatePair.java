package org.khabar.spark.related;

/**
 * Two reports that share one band bucket, the smaller id first. A JavaBean for Spark.
 */
public final class CandidatePair implements java.io.Serializable {

  /** The smaller id. */
  private String reportId;

  /** The larger id. */
  private String relatedId;

  public CandidatePair() {}

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
}
