package org.khabar.quote;

import java.util.List;
import java.util.Set;
import org.khabar.text.Span;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * Finds the words that name a speaker, reading leftwards from a case marker: the noun phrase
 * before نے، before کا in کا کہنا، before کے in کے مطابق.
 *
 * <p>The phrase stops at punctuation, at the start of the sentence, and at a word that ends an
 * earlier phrase or clause ({@code speaker-boundaries.txt}): in {@code اس کے بعد صدر حسن روحانی
 * نے اتوار کو} the phrase before نے is صدر حسن روحانی, stopped by بعد. Genitives stay inside
 * (ایران کے صدر حسن روحانی) and so do coordinations (روس اور ایران), but a leading اور is
 * dropped. At most eight words. A joined verb and کہ ends the phrase too ({@code لگایا جاسکتا
 * ہےکہ | اعتزاز احسن نے}), and a phrase that ends in a pronoun is that pronoun ({@code دستخط
 * کرائے اور | ان کا کہنا ہے}). Words that end in «اور» name nobody: in {@code گوپال کرشنا اگروال
 * اس پر یقین نہیں رکھتے اور کہتے ہیں کہ} the speaker is the subject of the clause before, not
 * «رکھتے اور», and no phrase is found. «ہمیں» or «مجھے» right before the verb is left out:
 * in {@code تاریخ ہمیں بتاتی ہے کہ} history speaks.
 */
final class SpeakerPhrase {

  static final int MAX_WORDS = 8;

  /** «ہمیں», «مجھے» (us, me) before the verb are whom the speaker tells, not the speaker. */
  private static final Set<String> FIRST_PERSON_OBJECTS = Set.of("ہمیں", "مجھے");

  private SpeakerPhrase() {}

  /**
   * The token range {@code [from, to)} of the phrase that ends just before token {@code
   * before}, not reaching before {@code limit}; {@code null} if there is none.
   */
  static int[] before(List<Token> tokens, String[] norms, int before, int limit) {
    while (before - 1 >= limit && FIRST_PERSON_OBJECTS.contains(norms[before - 1])) {
      before--; // تاریخ ہمیں بتاتی ہے کہ: history tells us that
    }
    int j = before - 1;
    int count = 0;
    while (j >= limit && count < MAX_WORDS) {
      Token token = tokens.get(j);
      if (token.type() != TokenType.WORD && token.type() != TokenType.LATIN
          && token.type() != TokenType.NUMBER) {
        break;
      }
      if (ReportingLexicon.BOUNDARIES.contains(norms[j])
          || ReportingLexicon.stemOfJoinedKe(norms[j]) != null) {
        break;
      }
      j--;
      count++;
    }
    int from = j + 1;
    while (from < before && isConjunction(norms[from])) {
      from++;
    }
    int to = before;
    while (to > from && norms[to - 1].equals("بھی")) {
      to--;
    }
    if (from >= to || endsInConjunction(norms, from, to)) {
      return null;
    }
    if (to - from > 1 && ReportingLexicon.PRONOUNS.contains(norms[to - 1])) {
      from = to - 1;
    }
    return new int[] {from, to};
  }

  /** True if the phrase ends in «اور» or «و», unless it is «ایک اور» (another one). */
  private static boolean endsInConjunction(String[] norms, int from, int to) {
    return isConjunction(norms[to - 1]) && !(to - from == 2 && norms[from].equals("ایک"));
  }

  private static boolean isConjunction(String word) {
    return word.equals("اور") || word.equals("و");
  }

  /** The statement over {@code content} whose speaker is the phrase at tokens {@code speaker}. */
  static Attribution attribution(List<Token> tokens, String[] norms, Span content,
      Statement.Type type, String verb, int[] speaker) {
    Attribution.SpeakerKind kind = isPronoun(norms, speaker[0], speaker[1])
        ? Attribution.SpeakerKind.PRONOUN : Attribution.SpeakerKind.PHRASE;
    return new Attribution(content.start(), content.end(), type, verb,
        tokens.get(speaker[0]).start(), tokens.get(speaker[1] - 1).end(), kind, -1, -1);
  }

  /** True if the phrase {@code [from, to)} is one pronoun: انہوں، ان، وہ. */
  static boolean isPronoun(String[] norms, int from, int to) {
    return to - from == 1 && ReportingLexicon.PRONOUNS.contains(norms[from]);
  }
}
