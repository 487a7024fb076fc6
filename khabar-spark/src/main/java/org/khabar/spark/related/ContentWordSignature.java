package org.khabar.spark.related;

import org.khabar.archive.MinHash;
import org.khabar.archive.ReportFacts;
import org.khabar.text.Document;

/**
 * The MinHash signature of a report's content words, as the archive computes it for its
 * related-story search ({@link ReportFacts#words()}: normalized words, Latin words and numbers,
 * stop words removed; {@link MinHash}: single words), with as many hash functions as the LSH
 * settings need (the archive's first {@value MinHash#SIZE} come first).
 */
public final class ContentWordSignature {

  private ContentWordSignature() {}

  /** The signature of {@code hashes} hash functions of an analysed document's content words. */
  public static long[] of(Document document, int hashes) {
    return MinHash.signature(ReportFacts.of(document).words(), hashes);
  }

  /** True if the signature is that of a text without content words. */
  public static boolean isEmpty(long[] signature) {
    for (long value : signature) {
      if (value != Long.MAX_VALUE) {
        return false;
      }
    }
    return true;
  }

  /** A signature as bytes, 8 per hash: a binary column, which Spark moves without boxing. */
  public static byte[] toBytes(long[] signature) {
    return MinHash.toBytes(signature);
  }

  /** A signature from its bytes. */
  public static long[] fromBytes(byte[] bytes) {
    return MinHash.fromBytes(bytes, 0, bytes.length);
  }

  /**
   * The estimated Jaccard similarity behind two signatures given as bytes: the share of hashes on
   * which they agree, as {@link #similarity(long[], long[])}, without decoding them.
   */
  public static double similarity(byte[] a, byte[] b) {
    java.nio.ByteBuffer first = java.nio.ByteBuffer.wrap(a);
    java.nio.ByteBuffer second = java.nio.ByteBuffer.wrap(b);
    int hashes = a.length / Long.BYTES;
    int equal = 0;
    for (int i = 0; i < hashes; i++) {
      long value = first.getLong(i * Long.BYTES);
      if (value == second.getLong(i * Long.BYTES) && value != Long.MAX_VALUE) {
        equal++;
      }
    }
    return (double) equal / hashes;
  }

  /** The estimated Jaccard similarity of the content-word sets behind two signatures. */
  public static double similarity(long[] a, long[] b) {
    return MinHash.similarity(a, b);
  }
}
