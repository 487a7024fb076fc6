package org.khabar.tokenize;

import java.util.Set;
import org.khabar.lexicon.WordList;

/**
 * The ergative «نے» written glued to the name before a reporting verb: «چودھری نثارنے کہا ہے کہ»
 * (Chaudhry Nisar said), «صدر عمرالبشیرنے مطالبہ کیا». After a letter that joins no letter after
 * it (ا د ڈ ذ ر ڑ ز ژ و) the missing space does not show on the page, so the press drops it.
 * A word ending in «نے» is split only before a verb of saying, or a reporting noun and its light
 * verb, where Urdu needs the ergative: many words end in «نے» themselves (کرنے، جانے، پرانے،
 * the Sri Lankan «جے وردنے»), and none of them stands there. The news articles glue it so 5
 * times, the four NER training sets and the treebank never. The models learn from the words as
 * written ({@link TokenScanner#asWritten}).
 */
final class GluedErgative {

  private GluedErgative() {}

  /** Verbs of saying after an ergative, and their forms written joined to «کہ» or «ہے». */
  private static final Set<String> SAYING =
      Set.of("کہا", "بتایا", "پوچھا", "لکھا", "کہاکہ", "کہاہے", "بتایاکہ", "بتایاہے");

  /** Reporting nouns with a light verb: مطالبہ کیا، دعوی کیا، اعلان کیا. */
  private static final WordList REPORTING = WordList.load("reporting");

  /** Light verbs after a reporting noun. */
  private static final Set<String> LIGHT_VERBS =
      Set.of("کیا", "کی", "دیا", "دی", "دیے", "دیئے", "لگایا", "کرتے");

  /** Letters that join no letter after them. */
  private static final String NON_JOINING = "اآدڈذرڑزژو";

  /** True if the word ends in «نے» after at least three letters, the last non-joining. */
  static boolean mayEndInErgative(char[] text, int start, int end) {
    return end - start >= 5 && text[end - 2] == 'ن' && text[end - 1] == 'ے'
        && NON_JOINING.indexOf(text[end - 3]) >= 0;
  }

  /** True if the words after a word ending in «نے» show that «نے» is the ergative. */
  static boolean isErgativeBefore(String next, String afterNext) {
    return SAYING.contains(next)
        || REPORTING.contains(next) && afterNext != null && LIGHT_VERBS.contains(afterNext);
  }
}
