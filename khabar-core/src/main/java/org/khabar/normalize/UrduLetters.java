package org.khabar.normalize;

/** Named characters of the Urdu and Arabic alphabets that the rules below refer to. */
public final class UrduLetters {

  public static final char ALEF = '\u0627'; // ا
  public static final char ALEF_MADDA = '\u0622'; // آ
  public static final char ALEF_HAMZA_ABOVE = '\u0623'; // أ
  public static final char ALEF_HAMZA_BELOW = '\u0625'; // إ
  public static final char WAW = '\u0648'; // و
  public static final char WAW_HAMZA = '\u0624'; // ؤ
  public static final char HAMZA = '\u0621'; // ء
  public static final char YEH_HAMZA = '\u0626'; // ئ

  public static final char ARABIC_YEH = '\u064A'; // ي
  public static final char ALEF_MAKSURA = '\u0649'; // ى
  public static final char FARSI_YEH = '\u06CC'; // ی (Urdu choti ye)
  public static final char YEH_BARREE = '\u06D2'; // ے (Urdu bari ye)
  public static final char YEH_BARREE_HAMZA = '\u06D3'; // ۓ

  public static final char ARABIC_KAF = '\u0643'; // ك
  public static final char SWASH_KAF = '\u06AA'; // ڪ
  public static final char KEHEH = '\u06A9'; // ک (Urdu kaf)

  public static final char ARABIC_HEH = '\u0647'; // ه
  public static final char HEH_GOAL = '\u06C1'; // ہ (Urdu choti he)
  public static final char HEH_GOAL_HAMZA = '\u06C2'; // ۂ
  public static final char HEH_YEH_ABOVE = '\u06C0'; // ۀ (Persian)
  public static final char AE = '\u06D5'; // ە
  public static final char HEH_DOACHASHMEE = '\u06BE'; // ھ (aspiration), kept
  public static final char TEH_MARBUTA = '\u0629'; // ة
  public static final char TEH_MARBUTA_GOAL = '\u06C3'; // ۃ

  public static final char TEH = '\u062A'; // ت
  public static final char TTEH = '\u0679'; // ٹ
  public static final char DAL = '\u062F'; // د
  public static final char DDAL = '\u0688'; // ڈ
  public static final char REH = '\u0631'; // ر
  public static final char RREH = '\u0691'; // ڑ

  public static final char MADDA_ABOVE = '\u0653'; // ٓ
  public static final char HAMZA_ABOVE = '\u0654'; // ٔ
  public static final char HAMZA_BELOW = '\u0655'; // ٕ
  public static final char SMALL_HIGH_TAH = '\u0615'; // ؕ (marks retroflex letters in old encodings)
  public static final char SUPERSCRIPT_ALEF = '\u0670'; // ٰ
  public static final char TATWEEL = '\u0640'; // ـ

  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B'; // ٫
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C'; // ٬
  public static final char ARABIC_PERCENT = '\u066A'; // ٪

  public static final char ZWNJ = '\u200C';
  public static final char ZWJ = '\u200D';
  public static final char BOM = '\uFEFF';

  private UrduLetters() {}

  /** Letters of the Arabic script blocks (not digits, punctuation or marks). */
  public static boolean isArabicScriptLetter(char c) {
    return ((c >= '\u0620' && c <= '\u064A')
            || (c >= '\u066E' && c <= '\u06D3')
            || c == '\u06D5'
            || (c >= '\u06EE' && c <= '\u06EF')
            || (c >= '\u06FA' && c <= '\u06FF')
            || (c >= '\u0750' && c <= '\u077F')
            || (c >= '\u08A0' && c <= '\u08C9')
            || (c >= '\uFB50' && c <= '\uFDFF')
            || (c >= '\uFE70' && c <= '\uFEFE'))
        && c != TATWEEL
        && Character.isLetter(c);
  }
}
