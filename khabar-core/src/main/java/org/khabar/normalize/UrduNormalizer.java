package org.khabar.normalize;

import static org.khabar.normalize.UrduLetters.*;

import java.text.Normalizer;

/**
 * Brings Urdu text in its many real-world encodings to one form, keeping a map back to the
 * original offsets. The rules, each with an example (original → normalized):
 *
 * <ul>
 *   <li>Arabic letters used for Urdu ones: {@code ي ى → ی} (كيا → کیا), {@code ك ڪ → ک}, {@code ه →
 *       ہ} (شهر → شہر; {@code ھ} is the aspiration letter and is kept: بھی), {@code ة → ۃ}, {@code ۀ
 *       → ۂ}, {@code ە → ہ}.
 *   <li>Digits of every script to ASCII, for values: ۲۰۱۵ and ٢٠١٥ → 2015; the Arabic decimal and
 *       thousands separators and percent sign to ASCII: ١٫٤ → 1.4, ٪ → %.
 *   <li>Decomposed letters composed: {@code ا + ٓ → آ} (ا‌ٓپ → آپ), {@code ہ + ٔ → ۂ} (نقطہ‌ٔ →
 *       نقطۂ), {@code و + ٔ → ؤ}, {@code ی + ٔ → ئ}, {@code ے + ٔ} and {@code ۓ → ئے} (گۓ → گئے),
 *       and the old retroflex spelling with a small high tah: {@code ت + ؕ → ٹ}, {@code د + ؕ → ڈ},
 *       {@code ر + ؕ → ڑ}.
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) to their letters, with the
 *       letters' own rules applied: ﺅ → ؤ, ﻻ → لا, ﻛ → ک, ﮰ → ئے.
 *       Ligatures that stand for whole phrases (ﷺ) are kept as they are.
 *   <li>Diacritics removed: zabar, zer, pesh, tanween, shadda, sukun and the superscript alef
 *       (دعویٰ → دعوی، تقریباً → تقریبا، مُلک → ملک); also Quranic annotation marks.
 *   <li>Tatweel, byte order marks, ZWJ, soft hyphens and direction marks removed (پاکـــستان →
 *       پاکستان); ZWNJ and zero-width space become a space, since they mark a word boundary; the
 *       odd spaces (no-break, thin, narrow, ideographic) become a plain space; line and paragraph
 *       separators become a line feed.
 *   <li>Fullwidth ASCII to ASCII.
 * </ul>
 *
 * <p>Punctuation is left as written; {@link Punctuation} tells what each mark is. Normalizing is
 * idempotent: normalizing normalized text changes nothing.
 *
 * <p>Every deleted character belongs to the character before it, so a token's original span
 * includes its diacritics (دعویٰ is one token over all five characters); at the start of the text
 * or after a space, it belongs to the character after it (خبر ـــاہم: the tatweels are part of
 * اہم), and so to no token when that is another space: the map from normalized to original offsets
 * never goes back.
 */
public final class UrduNormalizer {

  private static final byte KEEP = 0;
  private static final byte DELETE = 1;
  private static final byte EXPAND = 2;
  private static final byte COMBINE = 3;

  private static final char[] MAP = new char[0x10000];
  private static final byte[] ACTION = new byte[0x10000];
  private static final String[] EXPANSION = new String[0x10000];
  /** True where a character is kept as it is: most of any text, copied in runs. */
  private static final boolean[] UNCHANGED = new boolean[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      MAP[c] = (char) c;
    }
    map(ARABIC_YEH, FARSI_YEH);
    map(ALEF_MAKSURA, FARSI_YEH);
    map(ARABIC_KAF, KEHEH);
    map(SWASH_KAF, KEHEH);
    map(ARABIC_HEH, HEH_GOAL);
    map(AE, HEH_GOAL);
    map(HEH_YEH_ABOVE, HEH_GOAL_HAMZA);
    map(TEH_MARBUTA, TEH_MARBUTA_GOAL);
    map(ARABIC_DECIMAL_SEPARATOR, '.');
    map(ARABIC_THOUSANDS_SEPARATOR, ',');
    map(ARABIC_PERCENT, '%');
    expand(YEH_BARREE_HAMZA, "" + YEH_HAMZA + YEH_BARREE);
    for (int c = 0; c < 0x10000; c++) {
      if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER && c > '9') {
        map((char) c, (char) ('0' + Character.digit(c, 10)));
      }
    }
    for (int c = 0; c < 0x10000; c++) {
      if (isDiacritic((char) c)) {
        ACTION[c] = DELETE;
      }
    }
    for (char c : new char[] {MADDA_ABOVE, HAMZA_ABOVE, HAMZA_BELOW, SMALL_HIGH_TAH}) {
      ACTION[c] = COMBINE;
    }
    for (char c :
        new char[] {
          TATWEEL, BOM, ZWJ, '\u00AD', '\u200E', '\u200F', '\u061C', '\u2060', '\u202A', '\u202B',
          '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u180E'
        }) {
      ACTION[c] = DELETE;
    }
    for (int c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
        ACTION[c] = DELETE;
      }
    }
    ACTION[0x7F] = DELETE;
    for (char c : new char[] {ZWNJ, '\u200B', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000'}) {
      map(c, ' ');
    }
    for (char c = '\u2000'; c <= '\u200A'; c++) {
      map(c, ' ');
    }
    map('\u2028', '\n');
    map('\u2029', '\n');
    map('\u0085', '\n');
    for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
      map(c, (char) (c - 0xFF01 + '!'));
    }
    for (int c = 0xFB50; c <= 0xFEFE; c++) {
      if (c >= 0xFE00 && c < 0xFE70) {
        continue; // variation selectors, vertical forms, half marks: not Arabic
      }
      presentationForm((char) c);
    }
    for (int c = 0; c < 0x10000; c++) {
      UNCHANGED[c] = ACTION[c] == KEEP && MAP[c] == c;
    }
  }

  private UrduNormalizer() {}

  private static void map(char from, char to) {
    MAP[from] = to;
    ACTION[from] = KEEP;
  }

  private static void expand(char from, String to) {
    ACTION[from] = EXPAND;
    EXPANSION[from] = to;
  }

  /** Zabar, zer, pesh, tanween, shadda, sukun, superscript alef, Quranic marks and the like. */
  private static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || c == SUPERSCRIPT_ALEF
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06DC')
        || (c >= '\u06DF' && c <= '\u06E4')
        || (c >= '\u06E7' && c <= '\u06E8')
        || (c >= '\u06EA' && c <= '\u06ED')
        || (c >= '\u08D3' && c <= '\u08FF' && c != '\u08E2');
  }

  private static void presentationForm(char c) {
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    if (decomposed.equals(String.valueOf(c))) {
      return;
    }
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (d == ' ' || Character.isWhitespace(d)) {
        return; // a phrase ligature such as ﷺ: keep it whole
      }
      if (ACTION[d] == KEEP && !isDiacritic(d)) {
        letters.append(MAP[d]);
      } else if (ACTION[d] == EXPAND) {
        letters.append(EXPANSION[d]); // ﮰ → ۓ → ئے
      } else if (ACTION[d] == COMBINE && letters.length() > 0) {
        String composed = compose(letters.charAt(letters.length() - 1), d);
        if (composed != null) {
          letters.setLength(letters.length() - 1);
          letters.append(composed);
        }
      }
    }
    if (letters.length() == 0) {
      ACTION[c] = DELETE; // a presentation form of a diacritic
    } else if (letters.length() == 1) {
      map(c, letters.charAt(0));
    } else {
      expand(c, letters.toString());
    }
  }

  /**
   * The letter(s) that {@code base} followed by the combining {@code mark} stands for, or null if
   * they do not combine.
   */
  static String compose(char base, char mark) {
    switch (mark) {
      case MADDA_ABOVE:
        return base == ALEF ? String.valueOf(ALEF_MADDA) : null;
      case HAMZA_ABOVE:
        switch (base) {
          case ALEF:
            return String.valueOf(ALEF_HAMZA_ABOVE);
          case WAW:
            return String.valueOf(WAW_HAMZA);
          case FARSI_YEH:
            return String.valueOf(YEH_HAMZA);
          case YEH_BARREE:
            return "" + YEH_HAMZA + YEH_BARREE;
          case HEH_GOAL:
            return String.valueOf(HEH_GOAL_HAMZA);
          default:
            return null;
        }
      case HAMZA_BELOW:
        return base == ALEF ? String.valueOf(ALEF_HAMZA_BELOW) : null;
      case SMALL_HIGH_TAH:
        switch (base) {
          case TEH:
            return String.valueOf(TTEH);
          case DAL:
            return String.valueOf(DDAL);
          case REH:
            return String.valueOf(RREH);
          default:
            return null;
        }
      default:
        return null;
    }
  }

  /** Normalizes {@code text}, keeping the map from normalized to original offsets. */
  public static NormalizedText normalize(String text) {
    return normalize(text.toCharArray(), text.length());
  }

  /**
   * Normalizes {@code chars[0, length)}, keeping the map from normalized to original offsets, for
   * callers that read text into their own buffer (such as a Lucene tokenizer). The result does
   * not share {@code chars}.
   */
  public static NormalizedText normalize(char[] chars, int length) {
    NormalizedText.Builder out = new NormalizedText.Builder(length, true);
    run(chars, length, out);
    return out.build(length);
  }

  /** Normalizes {@code text} without keeping offsets (for single words and query terms). */
  public static String normalizeWord(CharSequence text) {
    if (isNormalized(text)) {
      return text.toString();
    }
    char[] chars = text.toString().toCharArray();
    NormalizedText.Builder out = new NormalizedText.Builder(chars.length, false);
    run(chars, chars.length, out);
    return out.string();
  }

  /**
   * Normalizes {@code buffer[0, length)} into {@code out} (cleared first), for callers that reuse
   * buffers such as Lucene token filters.
   */
  public static void normalize(char[] buffer, int length, StringBuilder out) {
    out.setLength(0);
    NormalizedText.Builder builder = new NormalizedText.Builder(length, false);
    run(buffer, length, builder);
    out.append(builder.chars(), 0, builder.length());
  }

  /** True if normalizing would change nothing. */
  public static boolean isNormalized(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!UNCHANGED[text.charAt(i)]) {
        return false;
      }
    }
    return true;
  }

  private static void run(char[] src, int length, NormalizedText.Builder out) {
    int pending = -1; // a deleted character after a space belongs to the next character
    int i = 0;
    while (i < length) {
      int runStart = i;
      while (i < length && UNCHANGED[src[i]]) {
        i++;
      }
      if (i > runStart) {
        if (pending >= 0) {
          out.append(src[runStart], pending);
          runStart++;
          pending = -1;
        }
        out.appendRun(src, runStart, i);
        if (i == length) {
          break;
        }
      }
      char c = src[i];
      switch (ACTION[c]) {
        case KEEP -> {
          out.append(MAP[c], pending >= 0 ? pending : i);
          pending = -1;
        }
        case EXPAND -> {
          String expansion = EXPANSION[c];
          int origin = pending >= 0 ? pending : i;
          for (int k = 0; k < expansion.length(); k++) {
            out.append(expansion.charAt(k), origin);
          }
          pending = -1;
        }
        case COMBINE -> {
          String composed = out.length() == 0 ? null : compose(out.last(), c);
          if (composed != null) {
            out.replaceLast(composed);
          } else if (pending < 0 && startsNothing(out)) {
            pending = i;
          }
        }
        case DELETE -> {
          if (pending < 0 && startsNothing(out)) {
            pending = i;
          }
        }
        default -> throw new AssertionError();
      }
      i++;
    }
  }

  /** True if a deleted character here would follow no word: at the start or after a space. */
  private static boolean startsNothing(NormalizedText.Builder out) {
    return out.length() == 0 || Character.isWhitespace(out.last());
  }
}
