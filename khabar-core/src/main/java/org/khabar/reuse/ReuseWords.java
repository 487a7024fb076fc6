package org.khabar.reuse;

import java.util.ArrayList;
import java.util.List;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.sentence.Sentence;
import org.khabar.stem.SearchTerms;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;
import org.khabar.value.NumberValue;
import org.khabar.value.ValueGrammar;
import org.khabar.value.ValueStage;

/**
 * The words {@link ReuseFeatures} compares: the search forms of a document's words ({@link
 * SearchTerms}), sentence by sentence, with every number written the same way, in ASCII digits,
 * so that a rewrite that spells a number differently still shares it with its source:
 *
 * <ul>
 *   <li>a number the value grammar reads is one word, its value: «پینتیس ہزار», «35 ہزار» and
 *       «35,000» are all {@code 35000}, «سات» is {@code 7}, «دوہزارچھ» is {@code 2006};
 *   <li>any other number token is its runs of digits: the score «7-5» is {@code 7 5}, as «سات
 *       پانچ» is, and the year «2015ء» is {@code 2015}. The tokenizer has already written digits
 *       of other scripts in ASCII (۲۰۱۴ and ٢٠١٤ are 2014) and split «5وکٹوں» into 5 and وکٹوں.
 * </ul>
 *
 * <p>Ordinals keep their words: «دوسرے روز» is the next day more often than the second.
 */
public final class ReuseWords {

  private static final ValueGrammar GRAMMAR = new ValueGrammar();

  private ReuseWords() {}

  /**
   * The words of each sentence of {@code document}, which needs tokens and sentences; its values
   * layer if it has one, else the value grammar's numbers.
   */
  public static List<List<String>> sentences(Document document) {
    Layer<Token> tokens = document.get(Token.LAYER);
    String[] numbers = numbers(document, tokens);
    List<List<String>> sentences = new ArrayList<>();
    for (Sentence sentence : document.get(Sentence.LAYER)) {
      List<String> words = new ArrayList<>();
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        Token token = tokens.get(i);
        TokenType type = token.type();
        if (numbers[i] != null) {
          if (!numbers[i].isEmpty()) {
            words.add(numbers[i]);
          }
        } else if (type == TokenType.NUMBER) {
          addDigitRuns(token.norm(), words);
        } else if (type == TokenType.WORD || type == TokenType.LATIN) {
          words.add(SearchTerms.of(token.norm()));
        }
      }
      sentences.add(words);
    }
    return sentences;
  }

  /**
   * For each token, the value of the (cardinal) number that begins there, "" for the other tokens
   * of a number, null for tokens outside numbers.
   */
  private static String[] numbers(Document document, Layer<Token> tokens) {
    List<Entity> values = document.find(ValueStage.LAYER).map(layer -> (List<Entity>) layer)
        .orElseGet(() -> GRAMMAR.find(document));
    String[] numbers = new String[tokens.size()];
    for (Entity value : values) {
      if (value.type() != EntityType.NUMBER
          || !(value.value() instanceof NumberValue number) || number.ordinal()) {
        continue;
      }
      int first = tokens.firstEndingAfter(value.start());
      for (int t = first; t < tokens.size() && tokens.get(t).start() < value.end(); t++) {
        numbers[t] = t == first ? number.canonical() : "";
      }
    }
    return numbers;
  }

  /** Adds the runs of digits of a number token: 7-5 → 7, 5; 2015ء → 2015; 4:10 → 4, 10. */
  static void addDigitRuns(String token, List<String> words) {
    int start = -1;
    for (int i = 0; i <= token.length(); i++) {
      boolean digit = i < token.length() && token.charAt(i) >= '0' && token.charAt(i) <= '9';
      if (digit && start < 0) {
        start = i;
      } else if (!digit && start >= 0) {
        words.add(token.substring(start, i));
        start = -1;
      }
    }
  }
}
