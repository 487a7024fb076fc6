package org.khabar.ner;

/**
 * 64-bit hashes for words and features. A feature is never made into a string: its key mixes the
 * number of its template with the hashes of the words it looks at, so the tagger allocates
 * nothing per feature. With 64 bits, two features of one model share a key with a chance of
 * about one in 10<sup>8</sup>.
 */
final class Hashing {

  /** The hash of the empty word, also the start of a phrase. */
  static final long SEED = 0x6b68616261724e45L;

  private Hashing() {}

  /** The hash of {@code text[from, to)}: FNV-1a over the characters, then a finalizer. */
  static long of(CharSequence text, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return finish(h);
  }

  static long of(CharSequence text) {
    return of(text, 0, text.length());
  }

  /** A hash of the pair {@code (a, b)}; order matters. */
  static long mix(long a, long b) {
    return finish(a * 0x9e3779b97f4a7c15L + Long.rotateLeft(b, 31) + 0x632be59bd9b4e019L);
  }

  static long mix(long a, long b, long c) {
    return mix(mix(a, b), c);
  }

  /** MurmurHash3's 64-bit finalizer: every input bit affects every output bit. */
  static long finish(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
