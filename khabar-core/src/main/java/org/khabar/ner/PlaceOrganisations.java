package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import org.khabar.entity.EntityType;

/**
 * An organisation named after its place takes the place in: «سندھ ہائر ایجوکیشن کمیشن», «پنجاب
 * پولیس», «نیویارک ٹائمز». Where the model ends a LOCATION right where an ORGANIZATION begins
 * («سندھ | ہائر ایجوکیشن کمیشن»), the two are one ORGANIZATION. In the four training parts an
 * organisation of several words starts with a word that is a place elsewhere in them 146 times,
 * while a place and an organisation stand side by side as two entities 6 times («لاہور | ہائی
 * کورٹ» and «مناواں | پولیس» in UNER).
 */
final class PlaceOrganisations {

  private PlaceOrganisations() {}

  /** The spans with each LOCATION that an ORGANIZATION follows directly joined to it. */
  static List<TagSet.TokenSpan> join(List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    for (TagSet.TokenSpan span : spans) {
      int last = result.size() - 1;
      TagSet.TokenSpan previous = last >= 0 ? result.get(last) : null;
      if (previous != null && previous.type() == EntityType.LOCATION
          && span.type() == EntityType.ORGANIZATION && previous.end() == span.first()) {
        result.set(last, new TagSet.TokenSpan(previous.first(), span.end(),
            EntityType.ORGANIZATION));
      } else {
        result.add(span);
      }
    }
    return result;
  }
}
