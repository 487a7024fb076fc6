package org.khabar.coref;

import java.util.List;
import org.khabar.entity.EntityType;

/**
 * One real-world thing a report mentions, with all its mentions: صدر حسن روحانی، روحانی، ایران
 * کے صدر.
 *
 * @param id its index in the document's clusters
 * @param type its entity type, or null when only a speaker phrase names it (پولیس حکام)
 * @param name its canonical name: the name part of its fullest mention (حسن روحانی)
 * @param title its title if a mention gives one (ایران کے صدر)
 * @param latin its name in Latin script (Tehran, Putin), or null
 * @param mentions its mentions in text order
 */
public record EntityCluster(
    int id, EntityType type, String name, String title, String latin, List<Mention> mentions) {

  public EntityCluster {
    mentions = List.copyOf(mentions);
  }

  /** The name with its title, as an analyst would write it: ایران کے صدر حسن روحانی. */
  public String display() {
    return title == null || title.equals(name) ? name : title + " " + name;
  }
}
