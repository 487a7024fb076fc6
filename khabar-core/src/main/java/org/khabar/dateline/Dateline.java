package org.khabar.dateline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.text.Span;

/**
 * The opening of a report that says where it was filed, when, and by whom: {@code ڈھاکہ ۔ یکم
 * دسمبر (اے پی پی)} is place ڈھاکہ, date 1 December, source the agency APP.
 *
 * @param start offset of the dateline's first character
 * @param end offset after its closing bracket (or its colon or dash)
 * @param placeStart offset of the place as written, or -1 if the dateline names only its source
 *     ({@code (اے پی پی) ...}, {@code ویب ڈیسک: ...})
 * @param placeEnd offset after it, or -1
 * @param place the place, normalized and its spaces tidied: {@code کیپ ٹاؤن}; null if none
 * @param placeEntity index of the LOCATION entity that covers the place, or -1
 * @param dateStart offset of the date, or -1 if the dateline gives none
 * @param dateEnd offset after it, or -1
 * @param monthDay the date's day and month, or null
 * @param date the full date when the report's own date gives the year, or null
 * @param sourceStart offset of the source inside the brackets, or -1 if the dateline names
 *     none ({@code اسلام آباد: ...})
 * @param sourceEnd offset after it, or -1
 * @param source the source as written: {@code جیوڈیسک}; null if none
 * @param sources what the source names, normalized: {@code desk of Geo}; empty if none
 * @param places each place by itself when the dateline names several ({@code واشنگٹن/ بغداد},
 *     {@code لاہور + اسلام آباد}, {@code بغداد لنڈن اور واشنگٹن}); empty when it names one
 */
public record Dateline(
    int start,
    int end,
    int placeStart,
    int placeEnd,
    String place,
    int placeEntity,
    int dateStart,
    int dateEnd,
    MonthDay monthDay,
    LocalDate date,
    int sourceStart,
    int sourceEnd,
    String source,
    List<Source> sources,
    List<Place> places)
    implements Span {

  /**
   * One of several places a dateline names: its offsets as written, its normalized text, and
   * the LOCATION entity that covers it, or -1.
   */
  public record Place(int start, int end, String text, int entity) implements Span {

    Place withEntity(int entity) {
      return new Place(start, end, text, entity);
    }
  }

  /** A report's dateline: a layer of none or one. */
  public static final Key<Layer<Dateline>> LAYER = Key.layer("dateline", Dateline.class);

  public Dateline {
    sources = List.copyOf(sources);
    places = List.copyOf(places);
  }

  public boolean hasPlace() {
    return placeStart >= 0;
  }

  public boolean hasSource() {
    return sourceStart >= 0;
  }

  public boolean hasDate() {
    return dateStart >= 0;
  }

  Dateline withPlaceEntity(int entity) {
    return new Dateline(start, end, placeStart, placeEnd, place, entity, dateStart, dateEnd,
        monthDay, date, sourceStart, sourceEnd, source, sources, places);
  }

  Dateline withPlaces(List<Place> linked) {
    return new Dateline(start, end, placeStart, placeEnd, place, placeEntity, dateStart, dateEnd,
        monthDay, date, sourceStart, sourceEnd, source, sources, linked);
  }
}
