package org.khabar.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Merges what the model found with what the grammars found into one list without overlaps.
 *
 * <p>The rule, in order of precedence:
 *
 * <ol>
 *   <li>The model's names (PERSON, LOCATION, ORGANIZATION, DESIGNATION, ARTIFACT) are kept: the
 *       model reads context, so «نو» inside the name «نو شہرہ» stays part of a place.
 *   <li>Grammar spans of a value type (NUMBER, DATE, TIME) that overlap none of those are kept,
 *       and win over the model's value spans they overlap: a grammar knows the exact extent and
 *       the value of «30 ستمبر2015ء» and «قریبا پینتیس ہزار». Among overlapping grammar spans the
 *       longest, then the first, wins.
 *   <li>The model's value spans that overlap none of the above are kept, so a number the grammar
 *       does not cover is still found.
 *   <li>Grammar spans of other types come last, where nothing else lies.
 * </ol>
 */
public final class EntityMerger {

  private static final Set<EntityType> VALUE_TYPES =
      Set.of(EntityType.NUMBER, EntityType.DATE, EntityType.TIME);

  private EntityMerger() {}

  /** The merged entities, in text order, not overlapping. */
  public static List<Entity> merge(List<Entity> model, List<Entity> grammar) {
    if (grammar.isEmpty()) {
      return model;
    }
    List<Entity> result = new ArrayList<>();
    for (Entity entity : model) {
      if (!isValue(entity)) {
        result.add(entity);
      }
    }
    List<Entity> grammarOthers = new ArrayList<>();
    for (Entity entity : longestFirst(grammar)) {
      if (isValue(entity)) {
        addIfFree(result, entity);
      } else {
        grammarOthers.add(entity);
      }
    }
    for (Entity entity : model) {
      if (isValue(entity)) {
        addIfFree(result, entity);
      }
    }
    for (Entity entity : grammarOthers) {
      addIfFree(result, entity);
    }
    result.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
    return result;
  }

  private static boolean isValue(Entity entity) {
    return VALUE_TYPES.contains(entity.type());
  }

  private static List<Entity> longestFirst(List<Entity> entities) {
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort(
        Comparator.comparingInt((Entity e) -> e.start() - e.end()).thenComparingInt(Entity::start));
    return sorted;
  }

  private static void addIfFree(List<Entity> taken, Entity candidate) {
    for (Entity entity : taken) {
      if (entity.overlaps(candidate)) {
        return;
      }
    }
    taken.add(candidate);
  }
}
