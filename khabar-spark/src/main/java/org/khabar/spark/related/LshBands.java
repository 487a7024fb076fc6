package org.khabar.spark.related;

import java.time.LocalDate;

/**
 * The band keys of a MinHash signature: band {@code b} hashes rows {@code b*rows ..
 * b*rows+rows-1} together with {@code b}, so equal keys mean (up to a 2^-64 chance) equal rows in
 * the same band. With a date window of W days, each key is also salted with the report's slot
 * (epoch day / W) and, in a second copy, with the next slot: two reports dated less than W days
 * apart then share a slot, reports further apart share none, and undated reports share only
 * the undated slot.
 */
public final class LshBands {

  private static final long UNDATED = 0x7f4a7c159e3779b9L;

  private LshBands() {}

  /**
   * The keys of a report dated {@code date} (null if undated): {@link #keys(long[],
   * LshSettings)}, salted by date slot when the settings have a window; two per band then, one
   * for an undated report.
   */
  public static long[] keys(long[] signature, LshSettings settings, LocalDate date) {
    long[] keys = keys(signature, settings);
    if (settings.windowDays() == 0) {
      return keys;
    }
    if (date == null) {
      long[] salted = new long[keys.length];
      for (int i = 0; i < keys.length; i++) {
        salted[i] = mix(keys[i] ^ UNDATED);
      }
      return salted;
    }
    long slot = Math.floorDiv(date.toEpochDay(), settings.windowDays());
    long[] salted = new long[2 * keys.length];
    for (int i = 0; i < keys.length; i++) {
      salted[2 * i] = mix(keys[i] ^ mix(slot));
      salted[2 * i + 1] = mix(keys[i] ^ mix(slot + 1));
    }
    return salted;
  }

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
