package org.khabar.ner;

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
    return TagSet.joiningAdjacent(spans,
        (place, organisation) -> place.type() == EntityType.LOCATION
            && organisation.type() == EntityType.ORGANIZATION,
        EntityType.ORGANIZATION);
  }
}
