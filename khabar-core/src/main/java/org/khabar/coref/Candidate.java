package org.khabar.coref;

import java.util.Arrays;
import org.khabar.entity.EntityType;

/**
 * A mention before clustering: its span, kind and type, its name and title parts, the title's
 * head word (صدر in ایران کے صدر), whether it stands as a subject (before نے, or as a speaker),
 * and, if it names a speaker, the key of the speaker's words.
 */
record Candidate(
    int start,
    int end,
    Mention.Kind kind,
    EntityType type,
    String name,
    String title,
    String titleHead,
    long speakerKey,
    boolean subject) {

  static Candidate name(int start, int end, String name, EntityType type, String title,
      String titleHead, boolean subject) {
    return new Candidate(start, end, Mention.Kind.NAME, type, name, title, titleHead, 0, subject);
  }

  /** A mention that is all title: وزیر اعظم، امریکی وزیر خارجہ، ایشین گیمز کے ایک ترجمان. */
  static Candidate title(int start, int end, String title, String head, EntityType type,
      long speakerKey, boolean subject) {
    return new Candidate(start, end, Mention.Kind.TITLE, type, title, title, head, speakerKey,
        subject);
  }

  /**
   * A speaker phrase with no name entity at its end, split into title and name by {@link
   * Titles}: {@code پولیس حکام} (all name), {@code ایشین گیمز کے ایک ترجمان} (all title).
   */
  static Candidate phrase(int start, int end, String[] norms, long speakerKey) {
    String[] words = Titles.unglue(norms);
    String all = String.join(" ", words);
    if (words.length == 0) {
      return new Candidate(start, end, Mention.Kind.PHRASE, null, all, null, null, speakerKey, true);
    }
    int[] split = Titles.split(words);
    if (split[0] >= words.length) {
      String head = String.join(" ", Arrays.copyOfRange(words, split[1], split[2]));
      return title(start, end, all, head, null, speakerKey, true);
    }
    String name = String.join(" ", Arrays.copyOfRange(words, split[0], words.length));
    String title = split[0] > 0 ? String.join(" ", Arrays.copyOfRange(words, 0, split[0])) : null;
    String head = split[1] >= 0 ? String.join(" ", Arrays.copyOfRange(words, split[1], split[2])) : null;
    return new Candidate(start, end, Mention.Kind.PHRASE, null, name, title, head, speakerKey, true);
  }

  Candidate speaking(long key) {
    return new Candidate(start, end, kind, type, name, title, titleHead, key, true);
  }

  Candidate withTitle(String newTitle, String newHead) {
    return new Candidate(start, end, kind, type, name, newTitle, newHead, speakerKey, subject);
  }

  boolean titleOnly() {
    return kind == Mention.Kind.TITLE;
  }
}
