package org.khabar.ner;

import java.util.Set;

/**
 * The features of a token for the tagger, as 64-bit keys (see {@link Hashing}). Each template
 * looks at the token and its neighbours; the model learns which matter:
 *
 * <ul>
 *   <li>the words two before to two after, and the pairs around the token: «صدر» before a word
 *       is a sign of a name, «شہر» after one a sign of a place;
 *   <li>prefixes of one to three letters and suffixes of one to four: «ستان» (افغانستان), «آباد»
 *       (اسلام آباد), the nisba «ی» that makes «شامی» (Syrian) from «شام»;
 *   <li>the shape: script, digits, capitals, length (see {@link SentenceView#shape});
 *   <li>the nearest case marker or postposition after the token and its distance, with the word
 *       after it, and the nearest one before: in «حسن روحانی نے کہا», «نے» two words after «حسن»
 *       and «کہا» after «نے» point to a person; «میں» after a word points to a place or a time;
 *   <li>the word classes of the token and its neighbours ({@link WordClusters}): an unseen name
 *       shares its class with names seen in training;
 *   <li>the gazetteer matches of the token and of its neighbours, with their BILOU position;
 *   <li>the same for the names the training annotations hold ({@link NerModel#seen}).
 * </ul>
 */
final class NerFeatures {

  /** Changes whenever a template changes, so that a model made with others is refused. */
  static final int VERSION = 4;

  /** The most features one token can have. */
  static final int MAX = 48 + 6 * Gazetteer.MAX_CATEGORIES;

  /**
   * Case markers, postpositions and the conjunction «اور» that frame names in Urdu: «نے» (ergative),
   * «کا، کی، کے» (genitive), «کو» (dative), «سے» (from, with), «میں» (in), «پر» (on), «تک» (up to).
   */
  static final Set<String> MARKERS =
      Set.of("نے", "کا", "کی", "کے", "کو", "سے", "میں", "پر", "تک", "اور", "والے", "والی", "والا");

  private static final int BIAS = 1;
  private static final int WORD = 2;
  private static final int WORD_BEFORE = 3;
  private static final int WORD_AFTER = 4;
  private static final int WORD_TWO_BEFORE = 5;
  private static final int WORD_TWO_AFTER = 6;
  private static final int PAIR_BEFORE = 7;
  private static final int PAIR_AFTER = 8;
  private static final int AROUND = 9;
  private static final int PREFIX = 10;
  private static final int SUFFIX = 11;
  private static final int SHAPE = 12;
  private static final int SHAPE_BEFORE = 13;
  private static final int SHAPE_AFTER = 14;
  private static final int TYPE = 15;
  private static final int MARKER_AFTER = 16;
  private static final int MARKER_AFTER_THEN = 17;
  private static final int MARKER_BEFORE = 18;
  private static final int GAZETTEER = 19;
  private static final int GAZETTEER_BEFORE = 20;
  private static final int GAZETTEER_AFTER = 21;
  private static final int SUFFIX_BEFORE = 22;
  private static final int SUFFIX_AFTER = 23;
  private static final int WORD_MARKER = 24;
  private static final int CLASS = 25;
  private static final int CLASS_BEFORE = 26;
  private static final int CLASS_AFTER = 27;
  private static final int CLASS_PAIR = 28;
  private static final int SEEN = 29;
  private static final int SEEN_BEFORE = 30;
  private static final int SEEN_AFTER = 31;

  private static final long START = Hashing.of("<s>");
  private static final long END = Hashing.of("</s>");
  private static final int MARKER_REACH = 4;

  private NerFeatures() {}

  /** Writes the features of token {@code i} into {@code out}; returns how many. */
  static int extract(SentenceView s, int i, long[] out, int[] templates) {
    int n = 0;
    long w = s.hashes[i];
    long before = word(s, i - 1);
    long after = word(s, i + 1);
    n = put(out, templates, n, BIAS, Hashing.mix(BIAS, 0));
    n = put(out, templates, n, WORD, Hashing.mix(WORD, w));
    n = put(out, templates, n, WORD_BEFORE, Hashing.mix(WORD_BEFORE, before));
    n = put(out, templates, n, WORD_AFTER, Hashing.mix(WORD_AFTER, after));
    n = put(out, templates, n, WORD_TWO_BEFORE, Hashing.mix(WORD_TWO_BEFORE, word(s, i - 2)));
    n = put(out, templates, n, WORD_TWO_AFTER, Hashing.mix(WORD_TWO_AFTER, word(s, i + 2)));
    n = put(out, templates, n, PAIR_BEFORE, Hashing.mix(PAIR_BEFORE, before, w));
    n = put(out, templates, n, PAIR_AFTER, Hashing.mix(PAIR_AFTER, w, after));
    n = put(out, templates, n, AROUND, Hashing.mix(AROUND, before, after));
    String word = s.words[i];
    int length = word.length();
    for (int k = 1; k <= 3 && k < length; k++) {
      n = put(out, templates, n, PREFIX, Hashing.mix(PREFIX, Hashing.of(word, 0, k)));
    }
    for (int k = 1; k <= 4 && k < length; k++) {
      n = put(out, templates, n, SUFFIX, Hashing.mix(SUFFIX, Hashing.of(word, length - k, length)));
    }
    n = put(out, templates, n, SUFFIX_BEFORE, Hashing.mix(SUFFIX_BEFORE, suffix(s, i - 1)));
    n = put(out, templates, n, SUFFIX_AFTER, Hashing.mix(SUFFIX_AFTER, suffix(s, i + 1)));
    long shape = s.shapes[i];
    n = put(out, templates, n, SHAPE, Hashing.mix(SHAPE, shape));
    n = put(out, templates, n, SHAPE_BEFORE, Hashing.mix(SHAPE_BEFORE, i > 0 ? s.shapes[i - 1] : START, shape));
    n = put(out, templates, n, SHAPE_AFTER, Hashing.mix(SHAPE_AFTER, shape, i + 1 < s.size ? s.shapes[i + 1] : END));
    n = put(out, templates, n, TYPE, Hashing.mix(TYPE, s.types[i].ordinal()));
    n = classes(s, i, out, templates, n);
    n = markers(s, i, out, templates, n);
    n = gazetteer(GAZETTEER, s, i, out, templates, n);
    n = gazetteer(GAZETTEER_BEFORE, s, i - 1, out, templates, n);
    n = gazetteer(GAZETTEER_AFTER, s, i + 1, out, templates, n);
    n = seen(SEEN, s, i, out, templates, n);
    n = seen(SEEN_BEFORE, s, i - 1, out, templates, n);
    n = seen(SEEN_AFTER, s, i + 1, out, templates, n);
    return n;
  }

  private static int markers(SentenceView s, int i, long[] out, int[] templates, int n) {
    for (int j = i + 1; j < s.size && j <= i + MARKER_REACH; j++) {
      if (MARKERS.contains(s.words[j])) {
        long marker = s.hashes[j];
        n = put(out, templates, n, MARKER_AFTER, Hashing.mix(MARKER_AFTER, marker, j - i));
        n = put(out, templates, n, MARKER_AFTER_THEN, Hashing.mix(MARKER_AFTER_THEN, marker, word(s, j + 1)));
        n = put(out, templates, n, WORD_MARKER, Hashing.mix(WORD_MARKER, s.hashes[i], marker));
        break;
      }
    }
    for (int j = i - 1; j >= 0 && j >= i - MARKER_REACH; j--) {
      if (MARKERS.contains(s.words[j])) {
        n = put(out, templates, n, MARKER_BEFORE, Hashing.mix(MARKER_BEFORE, s.hashes[j], i - j));
        break;
      }
    }
    return n;
  }

  private static int classes(SentenceView s, int i, long[] out, int[] templates, int n) {
    int right = s.rightClasses[i];
    int left = s.leftClasses[i];
    n = put(out, templates, n, CLASS, Hashing.mix(CLASS, right, 0));
    n = put(out, templates, n, CLASS, Hashing.mix(CLASS, left, 1));
    n = put(out, templates, n, CLASS_PAIR, Hashing.mix(CLASS_PAIR, right, left));
    if (i > 0) {
      n = put(out, templates, n, CLASS_BEFORE, Hashing.mix(CLASS_BEFORE, s.rightClasses[i - 1], 0));
      n = put(out, templates, n, CLASS_BEFORE, Hashing.mix(CLASS_BEFORE, s.leftClasses[i - 1], 1));
    }
    if (i + 1 < s.size) {
      n = put(out, templates, n, CLASS_AFTER, Hashing.mix(CLASS_AFTER, s.rightClasses[i + 1], 0));
      n = put(out, templates, n, CLASS_AFTER, Hashing.mix(CLASS_AFTER, s.leftClasses[i + 1], 1));
    }
    return n;
  }

  private static int gazetteer(
      int template, SentenceView s, int i, long[] out, int[] templates, int n) {
    if (i < 0 || i >= s.size) {
      return n;
    }
    int codes = s.gazetteer[i];
    for (int c = 0; codes != 0; c++, codes >>>= 3) {
      int code = codes & 7;
      if (code != Gazetteer.NONE) {
        n = put(out, templates, n, template, Hashing.mix(template, c, code));
      }
    }
    return n;
  }

  private static int seen(
      int template, SentenceView s, int i, long[] out, int[] templates, int n) {
    if (i < 0 || i >= s.size) {
      return n;
    }
    int codes = s.seen[i];
    for (int c = 0; codes != 0; c++, codes >>>= 3) {
      int code = codes & 7;
      if (code != Gazetteer.NONE) {
        n = put(out, templates, n, template, Hashing.mix(template, c, code));
      }
    }
    return n;
  }

  /**
   * True if features of {@code template} get a copy for each annotation convention at {@code
   * level}: the word itself is enough to learn that IL-NER calls «ایک» a NUMBER.
   */
  static boolean conditioned(int template, PerceptronTrainer.Conditioning level) {
    return switch (level) {
      case NONE -> false;
      case BIAS -> template == BIAS;
      case LEXICAL -> template == BIAS || template == WORD || template == SHAPE
          || template == TYPE || template == PREFIX || template == SUFFIX
          || template == GAZETTEER || template == CLASS || template == SEEN;
      case ALL -> true;
    };
  }

  /** Writes {@code key} of {@code template} at {@code n}; returns the next free place. */
  private static int put(long[] out, int[] templates, int n, int template, long key) {
    out[n] = key;
    if (templates != null) {
      templates[n] = template;
    }
    return n + 1;
  }

  private static long word(SentenceView s, int i) {
    return i < 0 ? START : i >= s.size ? END : s.hashes[i];
  }

  private static long suffix(SentenceView s, int i) {
    if (i < 0 || i >= s.size) {
      return i < 0 ? START : END;
    }
    String word = s.words[i];
    return Hashing.of(word, Math.max(0, word.length() - 2), word.length());
  }
}
