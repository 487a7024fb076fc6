package org.khabar.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * 16-bit fixed-point weights: each weight is stored as a {@code short} times one scale, the
 * largest weight's size over 32767. A weight read back is exactly the rounded weight the trainer
 * made, so a model reads and writes to the same bytes.
 */
final class Fixed {

  private static final int MAX = Short.MAX_VALUE;

  private Fixed() {}

  /** The scale for weights up to the largest size in {@code arrays}. */
  static float scale(float[]... arrays) {
    float max = 0;
    for (float[] array : arrays) {
      for (float value : array) {
        max = Math.max(max, Math.abs(value));
      }
    }
    return max == 0 ? 1f : max / MAX;
  }

  static short quantize(float value, float scale) {
    long q = Math.round((double) value / scale);
    return (short) Math.max(-MAX, Math.min(MAX, q));
  }

  static float value(short quantized, float scale) {
    return quantized * scale;
  }

  static float round(float value, float scale) {
    return value(quantize(value, scale), scale);
  }

  static float[] round(float[] values, float scale) {
    float[] result = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = round(values[i], scale);
    }
    return result;
  }

  static void write(DataOutput out, float[] values, float scale) throws IOException {
    for (float value : values) {
      out.writeShort(quantize(value, scale));
    }
  }

  static float[] read(DataInput in, int count, float scale) throws IOException {
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = value(in.readShort(), scale);
    }
    return values;
  }
}
