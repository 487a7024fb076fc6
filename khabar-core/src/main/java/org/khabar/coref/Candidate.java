package org.khabar.coref;

import java.util.Arrays;
import java.util.List;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * A mention before clustering: its span, kind and type, its name and title parts, the title's
 * head word (for a title alone), and, if it names a speaker, the key of the speaker's words.
 */
record Candidate(
    int start,
    int end,
    Mention.Kind kind,
    EntityType type,
    String name,
    String title,
    String titleHead,
    long speakerKey) {

  static Candidate name(int start, int end, String text, EntityType type, String title) {
    return new Candidate(start, end, Mention.Kind.NAME, type, text, title, null, 0);
  }

  /** A speaker phrase, split into title and name by {@link Titles}. */
  static Candidate phrase(int start, int end, List<Token> tokens, long speakerKey) {
    List<Token> inside = tokens.stream().filter(t -> t.start() >= start && t.end() <= end).toList();
    String[] words = Titles.unglue(inside.stream().map(Token::norm).toArray(String[]::new));
    int[] split = Titles.split(words);
    String all = String.join(" ", words);
    if (words.length == 0) {
      return new Candidate(start, end, Mention.Kind.PHRASE, null, all, null, null, speakerKey);
    }
    if (split[0] >= words.length) {
      String head = String.join(" ", Arrays.copyOfRange(words, split[1], split[2]));
      return new Candidate(start, end, Mention.Kind.TITLE, null, all, all, head, speakerKey);
    }
    String name = String.join(" ", Arrays.copyOfRange(words, split[0], words.length));
    String title = split[0] > 0 ? String.join(" ", Arrays.copyOfRange(words, 0, split[0])) : null;
    String head = split[1] >= 0 ? String.join(" ", Arrays.copyOfRange(words, split[1], split[2])) : null;
    return new Candidate(start, end, Mention.Kind.PHRASE, null, name, title, head, speakerKey);
  }

  Candidate speaking(long key) {
    return new Candidate(start, end, kind, type, name, title, titleHead, key);
  }

  boolean titleOnly() {
    return kind == Mention.Kind.TITLE;
  }
}
