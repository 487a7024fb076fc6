package org.khabar.ner;

/**
 * The best tag sequence under the model's scores, allowing only well-formed BILOU sequences
 * (no I-PERSON after O, no B-LOCATION at the end). Optionally some tags are forbidden at some
 * tokens: training asks for the best sequence that agrees with a partial annotation.
 */
final class Viterbi {

  private static final int T = TagSet.SIZE;
  private static final int[][] PREDECESSORS = predecessors();

  private Viterbi() {}

  /**
   * @param emission {@code emission[i * T + t]}: the score of tag {@code t} at token {@code i}
   * @param transition {@code transition[p * T + t]}: the score of tag {@code t} after {@code p}
   * @param start score of each tag at the first token
   * @param end score of each tag at the last token
   * @param allowed null, or {@code allowed[i * T + t]} false where tag {@code t} is forbidden
   * @return the best tags of the {@code count} tokens
   */
  static int[] decode(
      float[] emission, int count, float[] transition, float[] start, float[] end,
      boolean[] allowed) {
    int[] tags = new int[count];
    if (count == 0) {
      return tags;
    }
    float[] score = new float[count * T];
    int[] back = new int[count * T];
    for (int t = 0; t < T; t++) {
      boolean ok = TagSet.opens(t) && (allowed == null || allowed[t]);
      score[t] = ok ? start[t] + emission[t] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < count; i++) {
      int row = i * T;
      int previousRow = row - T;
      for (int t = 0; t < T; t++) {
        if (allowed != null && !allowed[row + t]) {
          score[row + t] = Float.NEGATIVE_INFINITY;
          continue;
        }
        float best = Float.NEGATIVE_INFINITY;
        int bestPrevious = 0;
        for (int p : PREDECESSORS[t]) {
          float candidate = score[previousRow + p] + transition[p * T + t];
          if (candidate > best) {
            best = candidate;
            bestPrevious = p;
          }
        }
        score[row + t] = best + emission[row + t];
        back[row + t] = bestPrevious;
      }
    }
    int lastRow = (count - 1) * T;
    float best = Float.NEGATIVE_INFINITY;
    int bestTag = TagSet.O;
    for (int t = 0; t < T; t++) {
      float candidate = score[lastRow + t] + end[t];
      if (TagSet.closes(t) && candidate > best) {
        best = candidate;
        bestTag = t;
      }
    }
    if (best == Float.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("no tag sequence satisfies the constraints");
    }
    tags[count - 1] = bestTag;
    for (int i = count - 1; i > 0; i--) {
      tags[i - 1] = back[i * T + tags[i]];
    }
    return tags;
  }

  private static int[][] predecessors() {
    int[][] result = new int[T][];
    for (int t = 0; t < T; t++) {
      int n = 0;
      int[] list = new int[T];
      for (int p = 0; p < T; p++) {
        if (TagSet.canFollow(p, t)) {
          list[n++] = p;
        }
      }
      result[t] = java.util.Arrays.copyOf(list, n);
    }
    return result;
  }
}
