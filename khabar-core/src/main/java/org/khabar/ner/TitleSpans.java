package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.coref.Titles;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * Titles stand apart from names, in every convention, as Khabar's tags have them (see {@link
 * TagSet}): a PERSON span that starts with a title of the title list ({@code titles.txt}, read
 * by {@link Titles#split}) and goes on with a name is cut in two: «جنرل راحیل شریف» is
 * DESIGNATION «جنرل» and PERSON «راحیل شریف». The weights, learnt also from jahangir, whose
 * PERSON spans often take titles in, keep some of them together. In the training parts a title
 * right before a name stands outside the PERSON far more often than inside it: UNER 127 to 3
 * («ڈاکٹر طاہرالقادری»), ijcnlp2008 55 to 2, IL-NER 109 to 3; jahangir's 73 to 107 is the
 * exception (its dev part mostly leaves titles out, see the eval's {@code NerConvention}).
 * «شاہ» and «شیخ», which the sets write inside names («شاہ محمود قریشی»: UNER 9 to 0), are
 * left alone.
 */
final class TitleSpans {

  /** Titles that the sets keep inside the names they start. */
  static final Set<String> IN_NAMES = Set.of("شاہ", "شیخ");

  private TitleSpans() {}

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
