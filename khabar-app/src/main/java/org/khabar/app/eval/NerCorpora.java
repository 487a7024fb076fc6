package org.khabar.app.eval;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.entity.EntityType;

/**
 * The named-entity sets in {@code ../shared/data/ner} and the labels each annotates (from the
 * data's README). Jahangir's few TIME spans count as not annotated: 5 in 1,182 training sentences
 * are too few to say that a time it left untagged is no time.
 */
public final class NerCorpora {

  /** The sets, in the order they are reported. */
  public static final List<String> NAMES = List.of("uner", "ijcnlp2008", "jahangir", "ilner");

  private static final Map<String, Set<EntityType>> LABELS =
      Map.of(
          "uner",
          EnumSet.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION,
              EntityType.DESIGNATION, EntityType.DATE, EntityType.TIME, EntityType.NUMBER),
          "ijcnlp2008",
          EnumSet.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION,
              EntityType.DESIGNATION, EntityType.TIME, EntityType.NUMBER),
          "jahangir",
          EnumSet.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION,
              EntityType.DATE),
          "ilner",
          EnumSet.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION,
              EntityType.NUMBER, EntityType.DATE, EntityType.ARTIFACT));

  private NerCorpora() {}

  /** The labels set {@code name} annotates, or null for a set not known here. */
  public static Set<EntityType> labels(String name) {
    Set<EntityType> labels = LABELS.get(name);
    return labels == null ? null : EnumSet.copyOf(labels);
  }

  /** The set a file belongs to, by the name of its folder: {@code ner/uner/dev.jsonl} → uner. */
  public static String setOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
  }
}
