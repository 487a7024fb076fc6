package org.khabar.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khabar.normalize.UrduNormalizer;

/**
 * A small rule-based romanization of Urdu names, for names the Latin-name list does not know:
 * روحانی → Rohani، شوئیگو → Shoigo، حلب → Halab. Urdu writes few vowels, so the result is a
 * reading aid, not a standard: short vowels are guessed as {@code a} between the first two
 * consonants of a word (حسن → Hasan) and between the last two of a short one.
 *
 * <p>The rules, each with an example: consonants one for one (ب b, پ p, ت/ط t, ٹ t, ث/س/ص s,
 * ج j, چ ch, ح/ہ h, خ kh, د/ڈ d, ذ/ز/ض/ظ z, ر/ڑ r, ژ zh, ش sh, غ gh, ف f, ق q, ک k, گ g, ل l,
 * م m, ن/ں n); ھ after a consonant adds h (بھٹو → Bhato); ا and آ give a (آباد → Abad); و
 * after an initial ا gives o (اوباما → Obama), after a first consonant u (پوتین → Putin), between
 * later consonants o, and w at the start or before a vowel (ولادی → Waladi), where it is the
 * word's first consonant as an initial ی is (وزیر → Wazir, یمن → Yaman);
 * ی gives i at the end of a word or between consonants (روحانی → Ruhani), y elsewhere (یمن →
 * Yaman); ے gives e; ع at the start of a word before a consonant gives a (علی → Ali, عباس →
 * Abas, not Li and Bas), else it is dropped (عراق → Araq); a final ہ after a consonant gives a
 * (اوبامہ → Obama), and a final عہ or یہ after one ia (رابعہ → Rabia، نادیہ → Nadia).
 */
public final class UrduLatin {

  private UrduLatin() {}

  /**
   * The names of the Latin letters as Urdu writes them, for acronyms: «پی ٹی آئی» is PTI, «آئی
   * ایس پی آر» ISPR, «ایم کیو ایم» MQM.
   */
  private static final Map<String, String> LETTER_NAMES = Map.ofEntries(
      Map.entry("اے", "A"), Map.entry("بی", "B"), Map.entry("سی", "C"), Map.entry("ڈی", "D"),
      Map.entry("ای", "E"), Map.entry("ایف", "F"), Map.entry("جی", "G"), Map.entry("ایچ", "H"),
      Map.entry("آئی", "I"), Map.entry("جے", "J"), Map.entry("کے", "K"), Map.entry("ایل", "L"),
      Map.entry("ایم", "M"), Map.entry("این", "N"), Map.entry("او", "O"), Map.entry("پی", "P"),
      Map.entry("کیو", "Q"), Map.entry("آر", "R"), Map.entry("ایس", "S"), Map.entry("ٹی", "T"),
      Map.entry("یو", "U"), Map.entry("وی", "V"), Map.entry("ڈبلیو", "W"), Map.entry("ایکس", "X"),
      Map.entry("وائی", "Y"), Map.entry("زیڈ", "Z"));

  /**
   * Where the run of letter names that starts at {@code from} in {@code words} (normalized) ends:
   * {@code from} itself if {@code words[from]} names no letter: in «پی ٹی آئی رہنما» the run from
   * 0 ends at 3. «کے» names K as well as being the genitive, so it always joins a run: «یو کے»
   * is UK, and «پی ٹی آئی کے» would read PTIK (entity names seldom end in a genitive).
   */
  static int letterRunEnd(String[] words, int from) {
    int end = from;
    while (end < words.length && LETTER_NAMES.containsKey(words[end])) {
      end++;
    }
    return end;
  }

  /**
   * {@code urdu} in Latin letters, each word capitalized; a run of two or more letter names is
   * the acronym they spell («پی ٹی آئی رہنما» → PTI Rahnma).
   */
  public static String transliterate(String urdu) {
    List<String> words = new ArrayList<>();
    String[] urduWords = UrduNormalizer.normalizeWord(urdu).trim().split("\\s+");
    for (int i = 0; i < urduWords.length; i++) {
      int run = letterRunEnd(urduWords, i);
      if (run - i >= 2) {
        StringBuilder acronym = new StringBuilder();
        for (int k = i; k < run; k++) {
          acronym.append(LETTER_NAMES.get(urduWords[k]));
        }
        words.add(acronym.toString());
        i = run - 1;
        continue;
      }
      String latin = word(urduWords[i]);
      if (!latin.isEmpty()) {
        words.add(Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
      }
    }
    return String.join(" ", words);
  }

  private static String word(String w) {
    StringBuilder out = new StringBuilder();
    int consonantsInARow = 0;
    int consonantsSeen = 0;
    int n = w.length();
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      boolean last = i == n - 1;
      char prev = i > 0 ? w.charAt(i - 1) : 0;
      String s = consonant(c);
      if (s == null && i == 0 && (c == 'و' || c == 'ی')) {
        s = c == 'و' ? "w" : "y"; // وزیر → Wazir، یمن → Yaman: a word's first و or ی is a consonant
      }
      if (c == 'ع' && i == 0 && n > 1 && consonant(w.charAt(1)) != null) {
        out.append('a'); // علی → Ali: the vowel the ain carries is the first syllable's
        consonantsSeen = 1;
        continue;
      }
      if ((c == 'ع' || c == 'ی') && i == n - 2 && i > 0 && w.charAt(n - 1) == 'ہ'
          && consonant(prev) != null) {
        out.append("ia"); // رابعہ → Rabia، نادیہ → Nadia: a final «عہ» or «یہ» is -ia
        break;
      }
      if (c == 'ھ') {
        if (out.length() > 0) {
          out.append('h');
        }
        continue;
      }
      if (c == 'ہ' && last && i > 0 && consonant(prev) != null) {
        out.append('a');
        continue;
      }
      if (s != null) {
        if (consonantsInARow > 0 && (consonantsSeen == 1 || (last && n <= 4))) {
          out.append('a');
        }
        out.append(s);
        consonantsInARow++;
        consonantsSeen++;
        continue;
      }
      consonantsInARow = 0;
      switch (c) {
        case 'ا', 'آ', 'أ', 'إ' -> out.append('a');
        case 'و' -> out.append(vav(w, i));
        case 'ی' -> out.append(i == 0 || (i + 1 < n && isVowelLetter(w.charAt(i + 1))) ? "y" : "i");
        case 'ے' -> out.append('e');
        case 'ئ', 'ء', 'ؤ', 'ع' -> { }
        default -> {
          if (c < 128 && Character.isLetterOrDigit(c)) {
            out.append(c);
          }
        }
      }
      if (c == 'ا' && i == 0 && i + 1 < n && w.charAt(i + 1) == 'و') {
        out.setLength(out.length() - 1);
      }
    }
    return out.toString().replace("aa", "a");
  }

  /** و: w at the start or before a vowel letter, o after an initial ا, u in a first syllable, else o. */
  private static String vav(String w, int i) {
    if (i == 0 || (i + 1 < w.length() && isVowelLetter(w.charAt(i + 1)))) {
      return "w";
    }
    if (i == 1 && w.charAt(0) == 'ا') {
      return "o";
    }
    return i == 1 ? "u" : "o";
  }

  private static boolean isVowelLetter(char c) {
    return c == 'ا' || c == 'آ' || c == 'و' || c == 'ی' || c == 'ے';
  }

  private static String consonant(char c) {
    return switch (c) {
      case 'ب' -> "b";
      case 'پ' -> "p";
      case 'ت', 'ط', 'ٹ' -> "t";
      case 'ث', 'س', 'ص' -> "s";
      case 'ج' -> "j";
      case 'چ' -> "ch";
      case 'ح', 'ہ' -> "h";
      case 'خ' -> "kh";
      case 'د', 'ڈ' -> "d";
      case 'ذ', 'ز', 'ض', 'ظ' -> "z";
      case 'ر', 'ڑ' -> "r";
      case 'ژ' -> "zh";
      case 'ش' -> "sh";
      case 'غ' -> "gh";
      case 'ف' -> "f";
      case 'ق' -> "q";
      case 'ک' -> "k";
      case 'گ' -> "g";
      case 'ل' -> "l";
      case 'م' -> "m";
      case 'ن', 'ں' -> "n";
      default -> null;
    };
  }
}
