package org.khabar.spark.rows;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The base of the table rows: JavaBeans (Spark's {@code Encoders.bean} needs getters and
 * setters, not records) whose equality, hash and text come from their values, so that rows can
 * be compared the way the evaluation compares Spark's output with {@code khabar analyze}'s.
 */
public abstract class RowBean implements Serializable {

  /** Every property value, in a fixed order. */
  protected abstract Object[] values();

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass()
        && Arrays.deepEquals(values(), ((RowBean) other).values());
  }

  @Override
  public final int hashCode() {
    return Arrays.deepHashCode(values());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + Arrays.deepToString(values());
  }
}
