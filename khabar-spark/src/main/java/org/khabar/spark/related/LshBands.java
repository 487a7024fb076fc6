package org.khabar.spark.related;

/**
 * The band keys of a MinHash signature: band {@code b} hashes rows {@code b*rows ..
 * b*rows+rows-1} together with {@code b}, so equal keys mean (up to a 2^-64 chance) equal rows in
 * the same band.
 */
public final class LshBands {

  private LshBands() {}

  /** One key per band. */
  public static long[] keys(long[] signature, LshSettings settings) {
    long[] keys = new long[settings.bands()];
    for (int band = 0; band < settings.bands(); band++) {
      long hash = mix(band + 0x9e3779b97f4a7c15L);
      for (int row = 0; row < settings.rows(); row++) {
        hash = mix(hash * 31 + signature[band * settings.rows() + row]);
      }
      keys[band] = hash;
    }
    return keys;
  }

  /** The number of bands on which two key arrays agree. */
  public static int shared(long[] a, long[] b) {
    int shared = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        shared++;
      }
    }
    return shared;
  }

  /** SplitMix64's finalizer: every input bit affects every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
