package org.khabar.sentence;

import java.util.Set;
import org.khabar.lexicon.WordList;

/** The small word lists that sentence splitting needs, in normalized form. */
final class SentenceLexicon {

  private SentenceLexicon() {}

  /**
   * The names of Latin letters in Urdu script, used as initials: {@code اے۔ کے۔ بروہی} (A. K.
   * Brohi).
   */
  static final Set<String> LETTER_NAMES =
      Set.of(
          "اے", "بی", "سی", "ڈی", "ای", "ایف", "جی", "ایچ", "آئی", "جے", "کے", "ایل", "ایم", "این",
          "او", "پی", "کیو", "آر", "ایس", "ٹی", "یو", "وی", "ڈبلیو", "ایکس", "وائی", "زیڈ");

  /**
   * Titles that are abbreviated with a full stop before a name: {@code ڈاکٹر۔ عبدالقدیر خان}.
   * Titles never end a sentence, so a stop after one is an abbreviation mark.
   */
  static final Set<String> TITLES =
      Set.of(
          "ڈاکٹر", "پروفیسر", "مسٹر", "مسز", "سینیٹر", "جسٹس", "انجینئر", "میجر", "کرنل", "جنرل",
          "بریگیڈیئر", "کیپٹن", "لیفٹیننٹ");

  /**
   * Latin abbreviations that end in a dot but not a sentence: {@code Dr. Qadeer}; the currencies
   * Pakistani text writes before an amount: {@code Rs. 500}.
   */
  static final Set<String> LATIN_ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "jr", "sr", "vs", "etc", "inc", "ltd",
          "co", "corp", "gen", "col", "capt", "lt", "maj", "sgt", "rev", "hon", "govt", "dept",
          "univ", "approx", "fig", "vol", "pp", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m",
          "rs", "pkr");

  /**
   * The words that end an Urdu clause: the auxiliaries and light verbs that close a verb group
   * ({@code ہے، تھا، گیا، دیا}). Used where a mark is ambiguous, such as a dash: {@code ... تلاش کیا
   * جا رہا ہے - آج ...}.
   */
  static final Set<String> CLAUSE_FINAL =
      Set.of(
          "ہے", "ہیں", "ہےں", "ہوں", "ہو", "تھا", "تھی", "تھے", "تھیں", "گیا", "گئی", "گئے", "گئیں",
          "دیا", "دی", "دیے", "دیئے", "لیا", "لی", "لیے", "لئے", "کیا", "کی", "کیے", "کئے", "کیں",
          "رہا", "رہی", "رہے", "رہیں", "سکا", "سکی", "سکے", "سکیں", "چکا", "چکی", "چکے", "چکیں",
          "جائے", "جائیں", "جاتا", "جاتی", "جاتے", "ہوا", "ہوئی", "ہوئے", "ہوئیں", "گا", "گی", "گے",
          "چاہیے", "چاہئے", "نہیں");

  /** The Gregorian months, with their common spellings: {@code جنوری ... دسمبر}. */
  static final Set<String> MONTHS =
      Set.of(
          "جنوری", "فروری", "مارچ", "اپریل", "مئی", "مئ", "جون", "جولائی", "جولائ", "اگست",
          "ستمبر", "اکتوبر", "نومبر", "دسمبر");

  private static final WordList PLACES = WordList.load("places");

  /** True for a place name (one word or two words joined by a space), normalized. */
  static boolean isPlace(String normalized) {
    return PLACES.contains(normalized);
  }

  /**
   * The endings that make place names from Persian and Hindi words: {@code حیدرآباد، جیکب آباد،
   * بہاولپور، مظفرگڑھ، احمد نگر، بلوچستان}.
   */
  private static final String[] PLACE_ENDINGS = {"آباد", "پور", "گڑھ", "نگر", "ستان"};

  /**
   * True for a word that is a place name by its ending ({@link #PLACE_ENDINGS}), listed or not:
   * {@code حیدرآباد} in {@code حیدرآباد۔ لوک مانیا تلک ایکسپریس}. Such a word is a noun; an Urdu
   * sentence ends in its verb, so a stop right after one is a dash between names.
   */
  static boolean hasPlaceEnding(String word) {
    for (String ending : PLACE_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** True for a word that closes a clause: a listed one, or a future form ending in گا، گی، گے. */
  static boolean isClauseFinal(String word) {
    return CLAUSE_FINAL.contains(word)
        || word.endsWith("گا")
        || word.endsWith("گی") && word.length() > 3
        || word.endsWith("گے") && word.length() > 3
        || word.endsWith("_گے")
        || word.endsWith("_گی");
  }
}
