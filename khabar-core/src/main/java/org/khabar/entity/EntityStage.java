package org.khabar.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.khabar.pipeline.Stage;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;
import org.khabar.value.DatePrecision;
import org.khabar.value.DateValue;
import org.khabar.value.ValueParser;
import org.khabar.value.ValueStage;

/**
 * Adds the entity layer: the spans the statistical model finds, with a value for every number,
 * date and time among them, worked out by {@link ValueParser} (30 ستمبر2015ء = 2015-09-30).
 *
 * <p>The model decides what is an entity: it learned from annotated news which numbers, dates and
 * times count as entities (a weekday such as «اتوار» mostly does not). Every value expression,
 * entity or not, is in the values layer of {@link org.khabar.value.ValueStage}. Letting the value
 * grammar's spans replace or add to the model's scored lower on every dev set, measured with the
 * first shipped model (uner 0.751 and 0.723 against 0.749 for the model alone, ijcnlp2008 0.617 and 0.606 against 0.673, jahangir
 * 0.720 and 0.703 against 0.724, ilner 0.769 and 0.742 against 0.782), because the sets draw
 * the edges of these spans their own way. One kind of date is the grammar's alone: a century
 * (see {@link #withCenturies}), whose edges no set disputes; and a name the grammar reads as
 * part of a time is none ({@link #withoutNamesInTimes}). The values layer must be there.
 */
public final class EntityStage implements Stage {

  private final EntityFinder model;

  /** @param model the statistical tagger */
  public EntityStage(EntityFinder model) {
    this.model = model;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Token.LAYER, Sentence.LAYER, ValueStage.LAYER);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Entity.LAYER);
  }

  @Override
  public Document apply(Document document) {
    List<Entity> entities = new ArrayList<>();
    for (Entity entity : model.find(document)) {
      entities.add(entity.value() == null && hasValueType(entity)
          ? ValueParser.withValue(document, entity)
          : entity);
    }
    Layer<Entity> values = document.get(ValueStage.LAYER);
    entities = withoutNamesInTimes(document.get(Token.LAYER), values, entities);
    return document.with(Entity.LAYER,
        Layer.of(withCenturies(document, values, entities), document.text().length()));
  }

  /** The word for century, without which no text names one. */
  private static final String CENTURY = "صدی";

  /**
   * Adds the centuries the value grammar finds, where the model found no name: «انیسویں صدی
   * عیسوی» (the 19th century), «۱۵ ویں صدی». The grammar reads them exactly, and the model, whose
   * training sets mostly leave centuries out (ijcnlp2008 annotates 11 of its 17, IL-NER 2 of 44,
   * uner and jahangir none), misses them, or takes the ordinal's digits for a NUMBER, which the
   * century replaces.
   */
  static List<Entity> withCenturies(Document document, List<Entity> values,
      List<Entity> entities) {
    if (!document.text().contains(CENTURY)) {
      return entities;
    }
    List<Entity> centuries = new ArrayList<>();
    for (Entity value : values) {
      if (value.value() instanceof DateValue date && date.precision() == DatePrecision.CENTURY
          && entities.stream().noneMatch(e -> e.overlaps(value) && e.type() != EntityType.NUMBER)) {
        centuries.add(value);
      }
    }
    if (centuries.isEmpty()) {
      return entities;
    }
    List<Entity> result = new ArrayList<>(centuries);
    for (Entity entity : entities) {
      if (centuries.stream().noneMatch(entity::overlaps)) {
        result.add(entity);
      }
    }
    result.sort(Comparator.comparingInt(Entity::start));
    return result;
  }

  private static final Set<EntityType> NAMES =
      Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);

  /**
   * Drops a name (PERSON, LOCATION, ORGANIZATION) that lies inside a date or time expression of
   * two words or more: the value grammar read the words around it, and they make it a time.
   * «جمعرات کی شام» is Thursday evening and «شام چار بجے» four in the evening, not Syria; «10
   * محرم الحرام 1446ھ» is a day of the month Muharram, not a man called Muharram. In the 1,088
   * news articles the model had called such a «شام» Syria eight times. A one-word expression is
   * left to the model: «جون» is June, and also the John of «جون پال».
   */
  static List<Entity> withoutNamesInTimes(Layer<Token> tokens, List<Entity> values,
      List<Entity> entities) {
    List<Entity> times = new ArrayList<>();
    for (Entity value : values) {
      if ((value.type() == EntityType.DATE || value.type() == EntityType.TIME)
          && tokens.within(value).size() >= 2) {
        times.add(value);
      }
    }
    if (times.isEmpty()) {
      return entities;
    }
    List<Entity> kept = new ArrayList<>(entities.size());
    for (Entity entity : entities) {
      if (!NAMES.contains(entity.type()) || times.stream().noneMatch(
          time -> time.start() <= entity.start() && entity.end() <= time.end())) {
        kept.add(entity);
      }
    }
    return kept;
  }

  private static boolean hasValueType(Entity entity) {
    return entity.type() == EntityType.NUMBER || entity.type() == EntityType.DATE
        || entity.type() == EntityType.TIME;
  }
}
