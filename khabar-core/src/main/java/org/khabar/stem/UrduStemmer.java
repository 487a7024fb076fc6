package org.khabar.stem;

import java.util.EnumSet;
import java.util.Set;

/**
 * A light stemmer for Urdu: it removes one inflectional ending of number, case or gender, so that
 * the forms of one noun or adjective meet. It never touches a word whose stem would be shorter
 * than {@value #MIN_STEM} letters (میں، کیوں، نہیں، کریں stay as they are). Plain Java, no Lucene
 * types; {@link UrduStemFilter} applies it to terms.
 *
 * <p>The rules, tried in this order, at most one per word:
 *
 * <ul>
 *   <li>{@link Rule#PLURAL_OBLIQUE}: {@code یوں → ی} and {@code وں → ∅}: کھلاڑیوں → کھلاڑی، شہروں
 *       → شہر، لوگوں → لوگ.
 *   <li>{@link Rule#FEMININE_PLURAL}: {@code یاں → ی} and {@code یں → ∅}: لڑکیاں → لڑکی، کتابیں →
 *       کتاب.
 *   <li>{@link Rule#ARABIC_PLURAL}: {@code ات → ∅}: انتخابات → انتخاب، اطلاعات → اطلاع.
 *   <li>{@link Rule#DIRECT_OBLIQUE}: a final {@code ا، ے، ہ} (the direct and oblique endings of
 *       masculine nouns) removed: لڑکا، لڑکے → لڑک؛ علاقہ، علاقے → علاق (and with the first rule
 *       علاقوں → علاق).
 *   <li>{@link Rule#ENGLISH_PLURAL}: the English plural that loanwords keep, {@code ز} after ر، ل،
 *       ن، چ، ڈ، م and {@code س} after ٹ: بولرز → بولر، میچز → میچ، ویمنز → ویمن، میڈلز → میڈل،
 *       پوائنٹس → پوائنٹ. Urdu's own words ending so are few and short (طرز، رمز، لرز: three
 *       letters), as are the loanwords that only look plural (نوٹس, notice: four); the stem keeps
 *       at least three letters, and «ٹس» goes only from words of five letters or more. Not on by
 *       default: on COUNTER it moved headline MRR from 0.914 to 0.916 and first-50-words MRR
 *       from 0.955 to 0.950.
 * </ul>
 *
 * <p>Which rules the analyzer uses by default was chosen by the retrieval measurement of {@code
 * khabar eval counter}.
 */
public final class UrduStemmer {

  /** A group of endings that the stemmer may remove. */
  public enum Rule {
    PLURAL_OBLIQUE,
    FEMININE_PLURAL,
    ARABIC_PLURAL,
    DIRECT_OBLIQUE,
    ENGLISH_PLURAL
  }

  /** The rules used by default: those that helped retrieval in {@code khabar eval counter}. */
  public static final Set<Rule> DEFAULT_RULES =
      EnumSet.of(Rule.PLURAL_OBLIQUE, Rule.FEMININE_PLURAL, Rule.DIRECT_OBLIQUE);

  /** The shortest stem left after removing an ending. */
  public static final int MIN_STEM = 3;

  private static final char ALEF = '\u0627'; // ا
  private static final char NOON_GHUNNA = '\u06BA'; // ں
  private static final char WAW = '\u0648'; // و
  private static final char YEH = '\u06CC'; // ی
  private static final char YEH_BARREE = '\u06D2'; // ے
  private static final char HEH_GOAL = '\u06C1'; // ہ
  private static final char TEH = '\u062A'; // ت

  private final boolean pluralOblique;
  private final boolean femininePlural;
  private final boolean arabicPlural;
  private final boolean directOblique;
  private final boolean englishPlural;

  /** A stemmer with the {@link #DEFAULT_RULES}. */
  public UrduStemmer() {
    this(DEFAULT_RULES);
  }

  /** A stemmer with the given rules. */
  public UrduStemmer(Set<Rule> rules) {
    pluralOblique = rules.contains(Rule.PLURAL_OBLIQUE);
    femininePlural = rules.contains(Rule.FEMININE_PLURAL);
    arabicPlural = rules.contains(Rule.ARABIC_PLURAL);
    directOblique = rules.contains(Rule.DIRECT_OBLIQUE);
    englishPlural = rules.contains(Rule.ENGLISH_PLURAL);
  }

  private static final char ZAIN = '\u0632'; // ز
  private static final char SEEN = '\u0633'; // س
  private static final char TTEH = '\u0679'; // ٹ
  /** The letters before which a final «ز» is an English plural: ر ل ن چ ڈ م. */
  private static final String BEFORE_PLURAL_ZAIN = "\u0631\u0644\u0646\u0686\u0688\u0645";

  /** Stems {@code s[0, len)} in place; returns the new length. */
  public int stem(char[] s, int len) {
    if (len < MIN_STEM + 1) {
      return len;
    }
    char last = s[len - 1];
    char before = s[len - 2];
    if (last == NOON_GHUNNA) {
      if (pluralOblique && before == WAW) {
        return len - 2 >= MIN_STEM ? len - 2 : len; // شہروں → شہر، کھلاڑیوں → کھلاڑی
      }
      if (femininePlural && before == ALEF && s[len - 3] == YEH) {
        return len - 2 >= MIN_STEM ? len - 2 : len; // لڑکیاں → لڑکی
      }
      if (femininePlural && before == YEH) {
        return len - 2 >= MIN_STEM ? len - 2 : len; // کتابیں → کتاب
      }
      return len;
    }
    if (arabicPlural && last == TEH && before == ALEF) {
      return len - 2 >= MIN_STEM ? len - 2 : len; // انتخابات → انتخاب
    }
    if (englishPlural && last == ZAIN && BEFORE_PLURAL_ZAIN.indexOf(before) >= 0) {
      return len - 1; // بولرز → بولر، میچز → میچ
    }
    if (englishPlural && last == SEEN && before == TTEH && len >= 5) {
      return len - 1; // پوائنٹس → پوائنٹ
    }
    if (directOblique && (last == ALEF || last == YEH_BARREE || last == HEH_GOAL)) {
      return len - 1; // لڑکا، لڑکے → لڑک
    }
    return len;
  }
}
