package org.khabar.coref;

import java.util.Arrays;
import java.util.Set;
import org.khabar.entity.EntityType;

/**
 * A mention before clustering: its span, kind and type, its name and title parts, the title's
 * head word (صدر in ایران کے صدر), whether it stands as a subject (before نے, or as a speaker),
 * if it names a speaker, the key of the speaker's words, and whether those words describe the
 * speaker before the name (بی بی سی کے نامہ نگار گیون لی), even in words the title list lacks.
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
    boolean subject,
    boolean described,
    Set<String> affiliations) {

  Candidate {
    affiliations = Set.copyOf(affiliations);
  }

  static Candidate name(int start, int end, String name, EntityType type, String title,
      String titleHead, boolean subject) {
    return new Candidate(start, end, Mention.Kind.NAME, type, name, title, titleHead, 0, subject,
        false, Set.of());
  }

  /** A mention that is all title: وزیر اعظم، امریکی وزیر خارجہ، ایشین گیمز کے ایک ترجمان. */
  static Candidate title(int start, int end, String title, String head, EntityType type,
      long speakerKey, boolean subject) {
    return new Candidate(start, end, Mention.Kind.TITLE, type, title, title, head, speakerKey,
        subject, false, Set.of());
  }

  /**
   * A speaker phrase with no name entity at its end, split into title and name by {@link
   * Titles}: {@code پولیس حکام} (all name), {@code ایشین گیمز کے ایک ترجمان} (all title).
   */
  static Candidate phrase(int start, int end, String[] norms, long speakerKey) {
    String[] words = Titles.unglue(norms);
    String all = String.join(" ", words);
    if (words.length == 0) {
      return new Candidate(start, end, Mention.Kind.PHRASE, null, all, null, null, speakerKey, true,
          false, Set.of());
    }
    int[] split = Titles.split(words);
    if (split[0] >= words.length) {
      String head = String.join(" ", Arrays.copyOfRange(words, split[1], split[2]));
      return title(start, end, all, head, null, speakerKey, true);
    }
    String name = String.join(" ", Arrays.copyOfRange(words, split[0], words.length));
    String title = split[0] > 0 ? String.join(" ", Arrays.copyOfRange(words, 0, split[0])) : null;
    String head = split[1] >= 0 ? String.join(" ", Arrays.copyOfRange(words, split[1], split[2])) : null;
    return new Candidate(start, end, Mention.Kind.PHRASE, null, name, title, head, speakerKey, true,
        false, Set.of());
  }

  /** This mention as the speaker words {@code key}; {@code described} if words precede it there. */
  Candidate speaking(long key, boolean described) {
    return new Candidate(start, end, kind, type, name, title, titleHead, key, true,
        this.described || described, affiliations);
  }

  Candidate withTitle(String newTitle, String newHead) {
    return new Candidate(start, end, kind, type, name, newTitle, newHead, speakerKey, subject,
        described, affiliations);
  }

  /**
   * This mention with the places and organisations its title belongs to, by name key: ایران in
   * ایران کے صدر، اقوام متحدہ in اقوام متحدہ کے سیکریٹری جنرل کے ترجمان.
   */
  Candidate withAffiliations(Set<String> keys) {
    return new Candidate(start, end, kind, type, name, title, titleHead, speakerKey, subject,
        described, keys);
  }

  boolean titleOnly() {
    return kind == Mention.Kind.TITLE;
  }
}
