package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.khabar.entity.EntityType;

/**
 * The BILOU tags the model gives tokens: {@code O} outside any entity, and for each entity type
 * {@code B} (begins a span of several tokens), {@code I} (inside), {@code L} (last) and {@code U}
 * (a span of one token). For «صدر حسن روحانی نے»: {@code U-DESIGNATION B-PERSON L-PERSON O}.
 *
 * <p>Tag numbers: {@code O} is 0; the tag of type {@code t} at position {@code p} is {@code 1 +
 * 4 t + p}, with B, I, L, U = 0, 1, 2, 3 and types in the order of {@link EntityType}.
 */
public final class TagSet {

  /** The tag outside any entity. */
  public static final int O = 0;

  public static final int B = 0;
  public static final int I = 1;
  public static final int L = 2;
  public static final int U = 3;

  private static final EntityType[] TYPES = EntityType.values();

  /** The number of tags. */
  public static final int SIZE = 1 + 4 * TYPES.length;

  private static final String POSITIONS = "BILU";

  private TagSet() {}

  public static int tag(EntityType type, int position) {
    return 1 + 4 * type.ordinal() + position;
  }

  /** The type of a tag other than {@code O}. */
  public static EntityType type(int tag) {
    return TYPES[(tag - 1) >> 2];
  }

  /** B, I, L or U for a tag other than {@code O}. */
  public static int position(int tag) {
    return (tag - 1) & 3;
  }

  /** True if a span may start at a tag: O, B or U. */
  public static boolean opens(int tag) {
    return tag == O || position(tag) == B || position(tag) == U;
  }

  /** True if a span may end at a tag: O, L or U. */
  public static boolean closes(int tag) {
    return tag == O || position(tag) == L || position(tag) == U;
  }

  /** True if {@code next} may follow {@code previous}. */
  public static boolean canFollow(int previous, int next) {
    if (closes(previous)) {
      return opens(next);
    }
    int position = position(next);
    return next != O && (position == I || position == L) && type(next) == type(previous);
  }

  public static String name(int tag) {
    return tag == O ? "O" : POSITIONS.charAt(position(tag)) + "-" + type(tag);
  }

  /** A run of tokens tagged as one entity: tokens {@code [first, end)}. */
  public record TokenSpan(int first, int end, EntityType type) {}

  /** The tags of {@code count} tokens with the given spans (which must not overlap). */
  public static int[] encode(List<TokenSpan> spans, int count) {
    int[] tags = new int[count];
    for (TokenSpan span : spans) {
      if (span.end() - span.first() == 1) {
        tags[span.first()] = tag(span.type(), U);
        continue;
      }
      tags[span.first()] = tag(span.type(), B);
      for (int i = span.first() + 1; i < span.end() - 1; i++) {
        tags[i] = tag(span.type(), I);
      }
      tags[span.end() - 1] = tag(span.type(), L);
    }
    return tags;
  }

  /**
   * The spans of a tag sequence. Sequences from the decoder are always well formed; for others,
   * a B or I without its L ends where the type changes, like a lenient CoNLL reader.
   */
  public static List<TokenSpan> decode(int[] tags, int count) {
    List<TokenSpan> spans = new ArrayList<>();
    int start = -1;
    EntityType open = null;
    for (int i = 0; i < count; i++) {
      int tag = tags[i];
      EntityType type = tag == O ? null : type(tag);
      int position = tag == O ? -1 : position(tag);
      if (open != null && (type != open || position == B || position == U)) {
        spans.add(new TokenSpan(start, i, open));
        open = null;
      }
      if (type == null) {
        continue;
      }
      if (open == null) {
        start = i;
        open = type;
      }
      if (position == L || position == U) {
        spans.add(new TokenSpan(start, i + 1, open));
        open = null;
      }
    }
    if (open != null) {
      spans.add(new TokenSpan(start, count, open));
    }
    return spans;
  }

  /** Which of {@code count} tokens lie in one of {@code spans}. */
  static boolean[] covered(List<TokenSpan> spans, int count) {
    boolean[] covered = new boolean[count];
    for (TokenSpan span : spans) {
      for (int i = span.first(); i < span.end(); i++) {
        covered[i] = true;
      }
    }
    return covered;
  }

  /**
   * {@code spans} with each span that ends right where the next begins joined to it, as one span
   * of {@code type}, where {@code joins} accepts the pair (the earlier span first, after any join
   * it took part in). Spans must be in order and not overlap.
   */
  static List<TokenSpan> joiningAdjacent(List<TokenSpan> spans,
      BiPredicate<TokenSpan, TokenSpan> joins, EntityType type) {
    List<TokenSpan> result = new ArrayList<>(spans.size());
    for (TokenSpan span : spans) {
      int last = result.size() - 1;
      TokenSpan previous = last >= 0 ? result.get(last) : null;
      if (previous != null && previous.end() == span.first() && joins.test(previous, span)) {
        result.set(last, new TokenSpan(previous.first(), span.end(), type));
      } else {
        result.add(span);
      }
    }
    return result;
  }

  /**
   * The spans that share a token with {@code [first, end)}, if every one of them is of {@code
   * type} and lies inside it (none at all is an empty list), else null: whether a phrase may be
   * read as one name over what the model found in it («پاکستان | اسٹاک ایکسچینج», «جو | بائیڈن»).
   */
  static List<TokenSpan> within(List<TokenSpan> spans, int first, int end, EntityType type) {
    return within(spans, first, end, Set.of(type));
  }

  /** As {@link #within(List, int, int, EntityType)}, the spans being of any of {@code types}. */
  static List<TokenSpan> within(List<TokenSpan> spans, int first, int end,
      Set<EntityType> types) {
    List<TokenSpan> inside = new ArrayList<>();
    for (TokenSpan span : spans) {
      if (span.first() < end && first < span.end()) {
        if (!types.contains(span.type()) || span.first() < first || span.end() > end) {
          return null;
        }
        inside.add(span);
      }
    }
    return inside;
  }

  /**
   * {@code spans} with {@code added} (spans over tokens none of them covers) put in token
   * order; {@code spans} itself when nothing is added.
   */
  static List<TokenSpan> withAdded(List<TokenSpan> spans, List<TokenSpan> added) {
    if (added.isEmpty()) {
      return spans;
    }
    List<TokenSpan> merged = new ArrayList<>(spans);
    merged.addAll(added);
    merged.sort((a, b) -> Integer.compare(a.first(), b.first()));
    return merged;
  }
}
