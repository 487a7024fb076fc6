package org.khabar.dateline;

import java.util.List;
import java.util.Set;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.normalize.NormalizedText;
import org.khabar.pipeline.Stage;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;

/**
 * Adds the report's dateline ({@link DatelineParser}) as a layer of none or one, its place linked
 * to the LOCATION entity that covers it. A dateline without a source ({@code اسلام آباد: ...})
 * is kept only if such an entity spans its whole place; one without a place names its source
 * ({@code (اے پی پی) ...}).
 */
public final class DatelineStage implements Stage {

  @Override
  public String name() {
    return "dateline";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NormalizedText.KEY, Entity.LAYER);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Dateline.LAYER);
  }

  @Override
  public Document apply(Document document) {
    List<Entity> entities = document.get(Entity.LAYER);
    List<Dateline> found = DatelineParser
        .parse(document.text(), document.get(NormalizedText.KEY), document.metadata().date())
        .map(d -> d.hasPlace()
            ? d.withPlaceEntity(placeEntity(d.placeStart(), d.placeEnd(), entities)) : d)
        .map(d -> d.withPlaces(linked(d.places(), entities)))
        .filter(d -> d.hasSource() || coversPlace(d, entities))
        .stream()
        .toList();
    return document.with(Dateline.LAYER, Layer.of(found, document.text().length()));
  }

  /** True if a LOCATION entity spans the whole place: a colon dateline needs one. */
  private static boolean coversPlace(Dateline dateline, List<Entity> entities) {
    if (dateline.placeEntity() < 0) {
      return false;
    }
    Entity e = entities.get(dateline.placeEntity());
    return e.start() <= dateline.placeStart() && dateline.placeEnd() <= e.end();
  }

  /** The index of the first LOCATION entity overlapping {@code [start, end)}, or -1. */
  private static int placeEntity(int start, int end, List<Entity> entities) {
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.type() == EntityType.LOCATION && e.start() < end && start < e.end()) {
        return i;
      }
    }
    return -1;
  }

  private static List<Dateline.Place> linked(List<Dateline.Place> places, List<Entity> entities) {
    return places.stream()
        .map(p -> p.withEntity(placeEntity(p.start(), p.end(), entities)))
        .toList();
  }
}
