package org.khabar.app.eval;

import static org.khabar.entity.EntityType.ARTIFACT;
import static org.khabar.entity.EntityType.DATE;
import static org.khabar.entity.EntityType.DESIGNATION;
import static org.khabar.entity.EntityType.LOCATION;
import static org.khabar.entity.EntityType.NUMBER;
import static org.khabar.entity.EntityType.ORGANIZATION;
import static org.khabar.entity.EntityType.PERSON;
import static org.khabar.entity.EntityType.TIME;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.entity.EntityType;

/**
 * How one NER set annotates, as its README and its data show, and how Khabar's entities are read
 * in its terms. The four sets disagree; Khabar learns one analysis from all of them:
 *
 * <ul>
 *   <li>uner: the cleanest; titles are DESIGNATION, kept out of PERSON; dates are DATE and
 *       durations and clock times TIME.
 *   <li>ijcnlp2008: TIME covers dates too («اکتوبر», «1965ء»), so Khabar's DATE is its TIME; no
 *       B/I distinction, so touching entities of one type became one.
 *   <li>jahangir: touching entities of one type became one; no titles, numbers or times (its
 *       five TIME spans are too few to count). Its PERSON spans take in the title before a name
 *       in training («صدر بش») but mostly leave it out in dev («وزیر اعظم [بے نظیر بھٹو]»): in
 *       training a title inside its PERSON may be a DESIGNATION; in scoring nothing changes.
 *   <li>ilner: NUMBER even for «ایک» (a, one); a NUMBER may sit inside a duration it does not
 *       annotate («چار ماہ»); no titles or times.
 * </ul>
 *
 * @param name the set's folder name
 * @param labels the labels the set annotates: those scored
 * @param silentAbout the types the set says nothing about: its O is no evidence against them.
 *     ARTIFACT, annotated only by ilner, is so rare in news that the other sets' O counts
 *     against it; left open, the model drifted to tagging «30» as one
 * @param covers for a label, the Khabar types a span so labelled may be made of
 * @param mergesTouching true if touching entities of one type became one span
 * @param titlesInNames true if PERSON spans may take in the title before the name: in
 *     training, such a span may be a DESIGNATION and a PERSON; in scoring nothing is changed
 * @param unitsInNumbers the units the set's NUMBER spans take in, longest first: ijcnlp2008's
 *     «۱۲۳ کلو میٹر» is one NUMBER (in its training part every annotated number before a unit of
 *     length, 11 of them, takes the unit in), Khabar's NUMBER is «۱۲۳»
 */
public record NerConvention(
    String name,
    Set<EntityType> labels,
    Set<EntityType> silentAbout,
    Map<EntityType, Set<EntityType>> covers,
    boolean mergesTouching,
    boolean titlesInNames,
    List<String> unitsInNumbers,
    boolean annotatesCenturies) {

  /** The sets, in the order they are reported. */
  public static final List<NerConvention> ALL =
      List.of(
          new NerConvention(
              "uner",
              EnumSet.of(PERSON, LOCATION, ORGANIZATION, DESIGNATION, DATE, TIME, NUMBER),
              EnumSet.noneOf(EntityType.class),
              Map.of(),
              false,
              false,
              List.of(),
              false),
          new NerConvention(
              "ijcnlp2008",
              EnumSet.of(PERSON, LOCATION, ORGANIZATION, DESIGNATION, TIME, NUMBER),
              EnumSet.noneOf(EntityType.class),
              Map.of(TIME, EnumSet.of(TIME, DATE)),
              true,
              false,
              List.of("کلو میٹر", "کیلو میٹر", "کلومیٹر", "کیلومیٹر", "میٹر"),
              true),
          new NerConvention(
              "jahangir",
              EnumSet.of(PERSON, LOCATION, ORGANIZATION, DATE),
              EnumSet.of(DESIGNATION, TIME, NUMBER),
              Map.of(),
              true,
              true,
              List.of(),
              false),
          new NerConvention(
              "ilner",
              EnumSet.of(PERSON, LOCATION, ORGANIZATION, NUMBER, DATE, ARTIFACT),
              EnumSet.of(DESIGNATION, TIME),
              Map.of(),
              false,
              false,
              List.of(),
              false));

  public NerConvention {
    labels = Set.copyOf(labels);
    silentAbout = Set.copyOf(silentAbout);
    covers = Map.copyOf(covers);
    unitsInNumbers = List.copyOf(unitsInNumbers);
  }

  /** The convention of the set named {@code name}, or null. */
  public static NerConvention named(String name) {
    return ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }

  /** The set a file belongs to, by the name of its folder: {@code ner/uner/dev.jsonl} → uner. */
  public static String setOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
  }

  /** The types on which this set's O is evidence: every type but those it is silent about. */
  public Set<EntityType> annotated() {
    Set<EntityType> result = EnumSet.allOf(EntityType.class);
    result.removeAll(silentAbout);
    return result;
  }

  /** The Khabar types a span labelled {@code label} in this set may be made of. */
  public Set<EntityType> coverOf(EntityType label) {
    return covers.getOrDefault(label, Set.of(label));
  }

  /** As {@link #coverOf}, and a PERSON may hold a title where the set puts titles in names. */
  public Set<EntityType> trainingCoverOf(EntityType label) {
    if (titlesInNames && label == PERSON) {
      return EnumSet.of(PERSON, DESIGNATION);
    }
    return coverOf(label);
  }

  /**
   * Khabar's mentions in this set's terms, for scoring: a type that one of its labels covers is
   * renamed to that label, and touching mentions that the set would have made one span become
   * one: two touching LOCATION mentions «ضلع» «قصور» are jahangir's one; a NUMBER takes in a
   * unit the set puts in its numbers: «۱۲۳» before «کلو میٹر» is ijcnlp2008's «۱۲۳ کلو میٹر»; a
   * century is dropped where the set does not mark centuries.
   * Mentions must be in text order; {@code text} is the sentence they lie in.
   */
  public List<SpanScore.Mention> adapt(List<SpanScore.Mention> mentions, String text) {
    List<SpanScore.Mention> result = new ArrayList<>();
    for (int k = 0; k < mentions.size(); k++) {
      SpanScore.Mention mention = mentions.get(k);
      if (!annotatesCenturies && isCentury(mention, text)) {
        continue;
      }
      EntityType type = labelOf(mention.type());
      int end = mention.end();
      if (type == NUMBER) {
        int limit = k + 1 < mentions.size() ? mentions.get(k + 1).start() : text.length();
        end = withUnit(text, end, limit);
      }
      SpanScore.Mention current = new SpanScore.Mention(mention.start(), end, type);
      if (!result.isEmpty()) {
        SpanScore.Mention previous = result.get(result.size() - 1);
        EntityType joined = join(previous, current, text);
        if (joined != null) {
          result.set(result.size() - 1,
              new SpanScore.Mention(previous.start(), current.end(), joined));
          continue;
        }
      }
      result.add(current);
    }
    return result;
  }

  /** True if {@code mention} is a century: a DATE whose words include «صدی». */
  private static boolean isCentury(SpanScore.Mention mention, String text) {
    return mention.type() == DATE && List.of(
        text.substring(mention.start(), mention.end()).split("\\s+")).contains("صدی");
  }

  /** The end of the unit of {@link #unitsInNumbers} after {@code end}, or {@code end}. */
  private int withUnit(String text, int end, int limit) {
    int from = end;
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    if (from == end) {
      return end;
    }
    for (String unit : unitsInNumbers) {
      int stop = from + unit.length();
      if (stop <= limit && text.startsWith(unit, from)
          && (stop == text.length() || !Character.isLetterOrDigit(text.charAt(stop)))) {
        return stop;
      }
    }
    return end;
  }

  private EntityType labelOf(EntityType type) {
    if (labels.contains(type)) {
      return type;
    }
    for (Map.Entry<EntityType, Set<EntityType>> cover : covers.entrySet()) {
      if (cover.getValue().contains(type) && cover.getKey() != type) {
        return cover.getKey();
      }
    }
    return type;
  }

  /** The type of the one span {@code a} and {@code b} make in this set, or null. */
  private EntityType join(SpanScore.Mention a, SpanScore.Mention b, String text) {
    if (!text.substring(a.end(), b.start()).isBlank()) {
      return null;
    }
    boolean merged = mergesTouching && a.type() == b.type() && labels.contains(a.type());
    return merged ? a.type() : null;
  }
}
