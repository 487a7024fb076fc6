package org.khabar.coref;

import java.util.Set;
import org.khabar.lexicon.WordList;

/**
 * Splits a name phrase into its title and its name using the title list ({@code titles.txt}).
 *
 * <ul>
 *   <li>After the last genitive that a title follows: {@code ایران کے صدر | حسن روحانی}، {@code
 *       سعودی وزارت داخلہ کے ترجمان میجر جنرل | منصور ترکی}، {@code ایشین گیمز کے ایک ترجمان |}
 *       (a title alone).
 *   <li>Else titles at the start, after at most two modifiers: {@code روسی وزیر دفاع | سرگئی
 *       شوئیگو}، {@code صدر | پوتین}، {@code امریکی صدر |}، {@code بالی وڈ اداکارہ | سوناکشی
 *       سنہا}، {@code 27 سالہ اداکارہ |}. A function word is no modifier: in
 *       {@code ہوئے وزیر اعظم شوکت عزیز} the title is وزیر اعظم, not ہوئے وزیر اعظم.
 *   <li>Else no title: {@code پاکستان کے دفتر خارجہ مسعود خان} is all name.
 *   <li>«شاہ» and «شیخ» are titles only before a one-word name: {@code فرمانروا شاہ | سلمان},
 *       but {@code وزیر خارجہ | شاہ محمود قریشی}.
 * </ul>
 */
public final class Titles {

  /** How many words may qualify a title at the start of a phrase: سابق امریکی صدر. */
  static final int MAX_MODIFIERS = 2;

  private static final WordList TITLES = WordList.load("titles");
  private static final WordList STOP_WORDS = WordList.load("stopwords");
  private static final WordList BOUNDARIES = WordList.load("speaker-boundaries");

  private Titles() {}

  /**
   * Where the name starts in {@code words} (normalized), and the title head found: {@code {index,
   * headStart, headEnd}}, {@code index == 0} if there is no title, {@code index ==
   * words.length} if the phrase is all title.
   */
  public static int[] split(String[] words) {
    return split(words, MAX_MODIFIERS);
  }

  /**
   * As {@link #split(String[])}, with at most {@code maxModifiers} words before a title at the
   * start: 0 for a person entity, whose words are its name (قائم علی شاہ is no title).
   */
  public static int[] split(String[] words, int maxModifiers) {
    for (int g = words.length - 2; g >= 1; g--) {
      if (isGenitive(words[g])) {
        int[] run = titleRun(words, g + 1);
        if (run != null) {
          return run;
        }
      }
    }
    int[] run = titleRun(words, 0);
    for (int m = 1; run == null && m <= maxModifiers && m < words.length && isModifier(words[m - 1]); m++) {
      run = titleRun(words, m);
    }
    return run != null ? run : new int[] {0, -1, -1};
  }

  /**
   * The words with a title glued to the next word split off, as hurried typing leaves them:
   * {@code اداکارریتک روشن} → {@code اداکار ریتک روشن}.
   */
  public static String[] unglue(String[] words) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String word : words) {
      String split = null;
      if (!TITLES.contains(word)) {
        for (String title : TITLES.entries()) {
          if (title.length() >= 4 && title.indexOf(' ') < 0 && word.startsWith(title)
              && word.length() - title.length() >= 3
              && (split == null || title.length() > split.length())) {
            split = title;
          }
        }
      }
      if (split != null) {
        out.add(split);
        out.add(word.substring(split.length()));
      } else {
        out.add(word);
      }
    }
    return out.toArray(String[]::new);
  }

  /** True if {@code word} (normalized) is a title by itself: ترجمان، صدر. */
  public static boolean isTitle(String word) {
    return TITLES.contains(word);
  }

  /**
   * True if {@code word} is a title that never ends a name, so a name entity that ends in it
   * has taken in a title: ریوین ایولین ترجمان. Not شاہ or شیخ, which are also family names
   * (قائم علی شاہ).
   */
  public static boolean isTrailingTitle(String word) {
    return TITLES.contains(word) && !NAME_WORD_TITLES.contains(word);
  }

  /**
   * Titles that are also the first word of many names: «شاہ سلمان» is King Salman, but «شاہ
   * محمود قریشی» and «شیخ رشید احمد» are whole names. Such a title stands before a name of one
   * word only; before two words or more it is the name's own first word.
   */
  private static final Set<String> NAME_WORD_TITLES = Set.of("شاہ", "شیخ");

  /**
   * True if the normalized words {@code [from, to)} can be part of a title phrase: none is a
   * function word (بعد، ہوئے، میں، جب، وہ) except the genitive markers that join an owner to its
   * title (پاکستان کے دفتر خارجہ کے ترجمان). So {@code جمعرات کو پاکستان کے خارجہ سیکریٹری} is
   * no title, but {@code پاکستان کے خارجہ سیکریٹری} is.
   */
  public static boolean plausible(String[] words, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isGenitive(words[i]) && !TITLES.contains(words[i]) && !words[i].equals("ایک")
          && (STOP_WORDS.contains(words[i]) || BOUNDARIES.contains(words[i]))) {
        return false;
      }
    }
    return true;
  }

  /** A word that may qualify a title: not a function word (امریکی، سابق، بالی وڈ، 27 سالہ). */
  private static boolean isModifier(String word) {
    return !STOP_WORDS.contains(word) && !BOUNDARIES.contains(word) && !isGenitive(word)
        && !NOT_MODIFIERS.contains(word);
  }

  /**
   * Words of the clause before a title that never qualify it: times (گزشتہ روز | وزیراعظم، ابتدائی
   * دن | مہمان کپتان) and the nouns a sentence ends an earlier phrase with (ہر ایک واقعہ | صدر
   * مشرف، علاوہ ازیں | وزیر خارجہ).
   */
  private static final Set<String> NOT_MODIFIERS = Set.of("روز", "دن", "گزشتہ", "گذشتہ", "آج",
      "کل", "رات", "صبح", "شام", "سال", "ماہ", "ہفتے", "ازیں", "خلاف", "بات", "واقعہ", "فیصلہ",
      "شامل");

  /** The title head of a phrase that is all title ({@code امریکی صدر} → صدر), or null. */
  public static String head(String[] words) {
    int[] split = split(words);
    return split[1] < 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(words, split[1], split[2]));
  }

  /** Titles from {@code from} on: {@code {end, lastTitleStart, lastTitleEnd}}, or null if none. */
  private static int[] titleRun(String[] words, int from) {
    int i = from;
    int headStart = -1;
    int headEnd = -1;
    while (i < words.length) {
      if (words[i].equals("ایک") || words[i].equals("نائب") && i + 1 < words.length) {
        i++;
        continue;
      }
      int matched = longestTitle(words, i);
      if (matched == 0
          || matched == 1 && NAME_WORD_TITLES.contains(words[i]) && words.length - i > 2) {
        break;
      }
      headStart = i;
      headEnd = i + matched;
      i += matched;
    }
    return headStart < 0 ? null : new int[] {i, headStart, headEnd};
  }

  /** The most words a listed title has: «ڈی آئی جی آپریشنز», «ایس ایس پی انویسٹی گیشن». */
  private static final int LONGEST_TITLE = 5;

  private static int longestTitle(String[] words, int at) {
    for (int n = Math.min(LONGEST_TITLE, words.length - at); n >= 1; n--) {
      StringBuilder phrase = new StringBuilder(words[at]);
      for (int k = 1; k < n; k++) {
        phrase.append(' ').append(words[at + k]);
      }
      if (TITLES.contains(phrase.toString())) {
        return n;
      }
    }
    return 0;
  }

  private static boolean isGenitive(String word) {
    return word.equals("کے") || word.equals("کی") || word.equals("کا");
  }
}
