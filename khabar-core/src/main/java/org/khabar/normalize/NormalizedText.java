package org.khabar.normalize;

import java.util.Arrays;
import org.khabar.text.Key;

/**
 * The normalized form of a document's text, with the map from each normalized offset back to the
 * original text.
 *
 * <p>The map is kept as checkpoints: between two checkpoints, normalized and original offsets
 * advance together, so text that normalization did not touch costs nothing. A normalized
 * character made from several original ones (ا + ٓ → آ) maps to the first of them; characters
 * deleted by normalization (diacritics, tatweel) belong to the character before them.
 */
public final class NormalizedText {

  /** The key under which the normalizer stage stores this on a document. */
  public static final Key<NormalizedText> KEY = Key.of("normalized", NormalizedText.class);

  private final char[] chars;
  private final int length;
  private String text;
  private final int originalLength;
  private final int[] checkpointNormalized;
  private final int[] checkpointOriginal;

  private NormalizedText(
      char[] chars, int length, int originalLength, int[] normalized, int[] original) {
    this.chars = chars;
    this.length = length;
    this.originalLength = originalLength;
    this.checkpointNormalized = normalized;
    this.checkpointOriginal = original;
  }

  /** The normalized text. */
  public String text() {
    if (text == null) {
      text = new String(chars, 0, length);
    }
    return text;
  }

  /** The normalized text {@code [start, end)}. */
  public String substring(int start, int end) {
    return new String(chars, start, end - start);
  }

  /** The normalized characters; only {@code [0, length())} is text. Do not modify. */
  public char[] chars() {
    return chars;
  }

  public int length() {
    return length;
  }

  /** True if normalization changed no offsets (characters may still have been replaced). */
  public boolean isOffsetIdentity() {
    return checkpointNormalized.length == 0 && length == originalLength;
  }

  /** The original offset of the normalized character at {@code index}. */
  public int originalStart(int index) {
    if (index >= length) {
      return originalLength;
    }
    int k = Arrays.binarySearch(checkpointNormalized, index);
    if (k >= 0) {
      return checkpointOriginal[k];
    }
    int before = -k - 2;
    if (before < 0) {
      return index;
    }
    return checkpointOriginal[before] + (index - checkpointNormalized[before]);
  }

  /**
   * The original offset just after the normalized characters before {@code end}: the end of a
   * span {@code [start, end)} in the original text, including any characters that normalization
   * deleted after it.
   */
  public int originalEnd(int end) {
    if (end >= length) {
      return originalLength;
    }
    return originalStart(end);
  }

  /**
   * A reader of the offset map for offsets that only grow, as a tokenizer asks them: each call
   * costs a step along the checkpoints instead of a search.
   */
  public final class Mapper {
    private int next; // index of the first checkpoint after the last offset asked

    /** As {@link NormalizedText#originalStart}, for an index not below the last one asked. */
    public int start(int index) {
      if (index >= length) {
        return originalLength;
      }
      while (next < checkpointNormalized.length && checkpointNormalized[next] <= index) {
        next++;
      }
      if (next == 0) {
        return index;
      }
      return checkpointOriginal[next - 1] + (index - checkpointNormalized[next - 1]);
    }

    /** As {@link NormalizedText#originalEnd}, for an index not below the last one asked. */
    public int end(int index) {
      return index >= length ? originalLength : start(index);
    }
  }

  /** A mapper for offsets asked in increasing order. */
  public Mapper mapper() {
    return new Mapper();
  }

  /** Accumulates normalized characters and the checkpoints of their original offsets. */
  static final class Builder {
    private char[] chars;
    private int length;
    private final boolean trackOffsets;
    private int[] cpNormalized = new int[8];
    private int[] cpOriginal = new int[8];
    private int checkpoints;
    private int lastOriginal = -1;

    Builder(int capacity, boolean trackOffsets) {
      this.chars = new char[Math.max(16, capacity + 8)];
      this.trackOffsets = trackOffsets;
    }

    int length() {
      return length;
    }

    char[] chars() {
      return chars;
    }

    char last() {
      return chars[length - 1];
    }

    /** Appends {@code src[from, to)}, characters that normalization keeps as they are. */
    void appendRun(char[] src, int from, int to) {
      int count = to - from;
      if (count == 0) {
        return; // an empty run must not leave a checkpoint behind: two at one index break the map
      }
      if (length + count > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count + 16));
      }
      if (trackOffsets) {
        if (from != expectedOriginal(length)) {
          checkpoint(length, from);
        }
        lastOriginal = to - 1;
      }
      System.arraycopy(src, from, chars, length, count);
      length += count;
    }

    void append(char c, int original) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, chars.length * 2);
      }
      if (trackOffsets) {
        int expected = expectedOriginal(length);
        if (original != expected) {
          checkpoint(length, original);
        }
        lastOriginal = original;
      }
      chars[length++] = c;
    }

    /** Replaces the last character with {@code replacement}, all from its original offset. */
    void replaceLast(String replacement) {
      int original = trackOffsets ? lastOriginal : 0;
      length--;
      if (trackOffsets && checkpoints > 0 && cpNormalized[checkpoints - 1] == length) {
        checkpoints--; // the character's own checkpoint is re-made by append
      }
      for (int k = 0; k < replacement.length(); k++) {
        append(replacement.charAt(k), original);
      }
    }

    private int expectedOriginal(int index) {
      if (checkpoints == 0) {
        return index;
      }
      return cpOriginal[checkpoints - 1] + (index - cpNormalized[checkpoints - 1]);
    }

    private void checkpoint(int normalized, int original) {
      if (checkpoints == cpNormalized.length) {
        cpNormalized = Arrays.copyOf(cpNormalized, checkpoints * 2);
        cpOriginal = Arrays.copyOf(cpOriginal, checkpoints * 2);
      }
      cpNormalized[checkpoints] = normalized;
      cpOriginal[checkpoints] = original;
      checkpoints++;
    }

    String string() {
      return new String(chars, 0, length);
    }

    NormalizedText build(int originalLength) {
      return new NormalizedText(
          chars,
          length,
          originalLength,
          Arrays.copyOf(cpNormalized, checkpoints),
          Arrays.copyOf(cpOriginal, checkpoints));
    }
  }
}
