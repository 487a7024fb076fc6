package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.coref.Titles;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * UNER's habit for titles, applied to the spans of a model decoding in UNER's convention: a
 * title before a name is a DESIGNATION of its own, never part of the PERSON. A PERSON span that
 * starts with a title of the title list ({@code titles.txt}, read by {@link Titles#split}) and
 * goes on with a name is cut in two: «جنرل راحیل شریف» is DESIGNATION «جنرل» and PERSON «راحیل
 * شریف». The shared weights, learnt also from jahangir, whose PERSON spans take titles in, keep
 * some of them together. In UNER's training part a DESIGNATION stands right before a PERSON 127
 * times, and a title followed by a name is inside a PERSON 3 times («ڈاکٹر طاہرالقادری»), not
 * counting «شاہ» and «شیخ», which UNER writes inside names («شاہ محمود قریشی»: 9 to 0) and which
 * are left alone.
 */
final class UnerTitles {

  /** Titles that UNER keeps inside the names they start. */
  static final Set<String> IN_NAMES = Set.of("شاہ", "شیخ");

  private UnerTitles() {}

  /** The spans with titles cut off the PERSON spans they start. */
  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size() + 1);
    for (TagSet.TokenSpan span : spans) {
      int length = span.end() - span.first();
      if (span.type() != EntityType.PERSON || length < 2
          || IN_NAMES.contains(words.get(span.first()).norm())) {
        result.add(span);
        continue;
      }
      String[] phrase = new String[length];
      for (int i = 0; i < length; i++) {
        phrase[i] = words.get(span.first() + i).norm();
      }
      int name = Titles.split(phrase, 0)[0];
      if (name > 0 && name < length) {
        result.add(new TagSet.TokenSpan(span.first(), span.first() + name,
            EntityType.DESIGNATION));
        result.add(new TagSet.TokenSpan(span.first() + name, span.end(), EntityType.PERSON));
      } else {
        result.add(span);
      }
    }
    return result;
  }
}
