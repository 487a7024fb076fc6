package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * A party's faction letter in brackets is part of its name: «مسلم لیگ (ن)» (the Muslim League of
 * Nawaz), «جمعیت علمائے اسلام (ف)» (of Fazl), «پاکستان مسلم لیگ (ق)». Pakistani papers write
 * the letter so, with or without a space before the bracket («مسلم لیگ(ن)»); UNER takes the
 * brackets into the name («(ن) لیگ»). The model ends the name before the bracket, or, as the
 * training parts never write «مسلم لیگ (ن)», misses it.
 */
final class PartyFactions {

  private PartyFactions() {}

  /**
   * The end of the faction letter in brackets that starts at {@code at} («( ن )»), or {@code at}
   * if none does: a faction's letter between an opening and a closing round bracket.
   */
  static int letterEnd(List<Token> words, int at) {
    if (at + 2 < words.size() && words.get(at).norm().equals("(")
        && LETTERS.contains(words.get(at + 1).norm()) && words.get(at + 2).norm().equals(")")) {
      return at + 3;
    }
    return at;
  }

  /** The faction letter of the brackets at {@code at} (see {@link #letterEnd}). */
  static String letterAt(List<Token> words, int at) {
    return words.get(at + 1).norm();
  }

  /**
   * The letters of the factions of Pakistan's parties: ن (Nawaz), ق (Quaid-e-Azam), ف (Fazl), ج
   * (Junejo), ض (Zia), س (Sami), ع and ز. Not ب، د، ہ: with الف and ج they number the items of a
   * list («( ب ) سرکاری ...»), as IL-NER's texts do.
   */
  private static final Set<String> LETTERS =
      Set.of("ن", "ق", "ف", "ج", "ض", "س", "ع", "ز");

  /**
   * The spans with each ORGANIZATION of two words or more that a faction letter in brackets
   * follows extended over it: «مسلم لیگ | (ن)», «جمعیت علمائے اسلام | (ف)».
   */
  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      TagSet.TokenSpan span = spans.get(k);
      int end = span.type() == EntityType.ORGANIZATION && span.end() - span.first() >= 2
          ? letterEnd(words, span.end()) : span.end();
      boolean free = k + 1 >= spans.size() || spans.get(k + 1).first() >= end;
      result.add(free ? new TagSet.TokenSpan(span.first(), end, span.type()) : span);
    }
    return result;
  }
}
