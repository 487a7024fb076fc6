package org.khabar.spark.related;

/**
 * One band of one report's signature: the band's number, its key, the report. A JavaBean for
 * Spark.
 */
public final class BandEntry implements java.io.Serializable {

  /** The band's number. */
  private int band;

  /** The hash of the band's rows. */
  private long key;

  /** The report's id. */
  private String id;

  public BandEntry() {}

  public int getBand() {
    return band;
  }

  public void setBand(int band) {
    this.band = band;
  }

  public long getKey() {
    return key;
  }

  public void setKey(long key) {
    this.key = key;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
