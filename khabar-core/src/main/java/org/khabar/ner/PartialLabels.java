package org.khabar.ner;

import java.util.Arrays;
import java.util.Set;
import org.khabar.entity.EntityType;

/**
 * What an annotation says about the tags of a sentence's tokens, as the set of tags allowed at
 * each token ({@code allowed()[i * T + t]}). It starts from "nothing annotated": every token is O
 * or any tag of a type the corpus does not annotate. Each gold span then fixes its tokens.
 *
 * <p>Examples, for «صدر بش نے کہا»:
 *
 * <ul>
 *   <li>a corpus that annotates PERSON but not DESIGNATION and tagged nothing: «صدر» may be O or
 *       a DESIGNATION, and the model is not told which;
 *   <li>{@link #exact}: the span «صدر بش» as PERSON gives B-PERSON, L-PERSON;
 *   <li>{@link #loose}: a corpus whose PERSON spans swallow titles and whose touching spans were
 *       merged allows, inside the span, any tags of PERSON and DESIGNATION ending with a PERSON,
 *       so U-DESIGNATION U-PERSON fits as well as B-PERSON L-PERSON.
 * </ul>
 */
public final class PartialLabels {

  private static final int T = TagSet.SIZE;

  private final int size;
  private final boolean[] allowed;

  /** A sentence of {@code size} tokens in a corpus that annotates {@code annotated}. */
  public PartialLabels(int size, Set<EntityType> annotated) {
    this.size = size;
    this.allowed = new boolean[size * T];
    for (int i = 0; i < size; i++) {
      allowed[i * T + TagSet.O] = true;
      for (int t = 1; t < T; t++) {
        allowed[i * T + t] = !annotated.contains(TagSet.type(t));
      }
    }
  }

  public int size() {
    return size;
  }

  /** Tokens {@code [first, end)} are exactly one entity of {@code type}. */
  public PartialLabels exact(int first, int end, EntityType type) {
    int[] tags = TagSet.encode(java.util.List.of(new TagSet.TokenSpan(0, end - first, type)),
        end - first);
    for (int i = first; i < end; i++) {
      only(i);
      allowed[i * T + tags[i - first]] = true;
    }
    return this;
  }

  /** Tokens {@code [first, end)} are covered by entities of the given types, in any division. */
  public PartialLabels loose(int first, int end, Set<EntityType> types) {
    for (int i = first; i < end; i++) {
      only(i);
      for (int t = 1; t < T; t++) {
        if (types.contains(TagSet.type(t))) {
          allowed[i * T + t] = true;
        }
      }
    }
    return this;
  }

  /**
   * Tokens {@code [first, end)} are covered by entities of the given types, in any division, the
   * last token by one of type {@code last}: «صدر بش» as a PERSON with the title inside may be
   * U-DESIGNATION U-PERSON or B-PERSON L-PERSON, never U-DESIGNATION U-DESIGNATION.
   */
  public PartialLabels loose(int first, int end, Set<EntityType> types, EntityType last) {
    loose(first, end, types);
    int i = end - 1;
    for (int t = 1; t < T; t++) {
      if (TagSet.type(t) != last) {
        allowed[i * T + t] = false;
      }
    }
    return this;
  }

  /** Any tag at token {@code i}: the annotation cannot be told there. */
  public PartialLabels unknown(int i) {
    Arrays.fill(allowed, i * T, (i + 1) * T, true);
    return this;
  }

  private void only(int i) {
    Arrays.fill(allowed, i * T, (i + 1) * T, false);
  }

  /** The allowed tags, {@code [i * T + t]}. */
  public boolean[] allowed() {
    return allowed.clone();
  }
}
