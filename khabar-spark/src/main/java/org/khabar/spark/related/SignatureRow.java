package org.khabar.spark.related;

/**
 * A report's id and content-word signature, the input of related-story detection. A JavaBean for
 * Spark.
 */
public final class SignatureRow implements java.io.Serializable {

  /** The report's id. */
  private String id;

  /** The report's date, or null. */
  private java.time.LocalDate date;

  /** The MinHash signature of its content words as bytes, 8 per hash (binary, not boxed). */
  private byte[] signature;

  public SignatureRow() {}

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public java.time.LocalDate getDate() {
    return date;
  }

  public void setDate(java.time.LocalDate date) {
    this.date = date;
  }

  public byte[] getSignature() {
    return signature;
  }

  public void setSignature(byte[] signature) {
    this.signature = signature;
  }
}
