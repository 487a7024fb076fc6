package org.khabar.spark.related;

/**
 * The reports of one band bucket, up to a limit; {@code overflow} once the limit is passed. A
 * JavaBean for Spark.
 */
public final class BucketMembers implements java.io.Serializable {

  /** The reports' ids, at most the limit. */
  private java.util.List<String> ids;

  /** True if the bucket held more reports than the limit. */
  private boolean overflow;

  public BucketMembers() {}

  public java.util.List<String> getIds() {
    return ids;
  }

  public void setIds(java.util.List<String> ids) {
    this.ids = ids;
  }

  public boolean isOverflow() {
    return overflow;
  }

  public void setOverflow(boolean overflow) {
    this.overflow = overflow;
  }
}
