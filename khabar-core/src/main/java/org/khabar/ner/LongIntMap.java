package org.khabar.ner;

import java.util.Arrays;

/**
 * A map from {@code long} keys to non-negative {@code int} values, open addressing with linear
 * probing: the feature table of the model, compact and without boxing.
 */
final class LongIntMap {

  private long[] keys;
  private int[] values; // value + 1; 0 marks an empty slot
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    int slot = slot(key);
    while (true) {
      int value = values[slot];
      if (value == 0) {
        return -1;
      }
      if (keys[slot] == key) {
        return value - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Sets {@code key} to {@code value} (at least 0). */
  void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slot(key);
    while (values[slot] != 0) {
      if (keys[slot] == key) {
        values[slot] = value + 1;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value + 1;
    size++;
  }

  /** The value of {@code key}; if it has none, {@code next} becomes its value. */
  int putIfAbsent(long key, int next) {
    int found = get(key);
    if (found >= 0) {
      return found;
    }
    put(key, next);
    return next;
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != 0) {
        put(oldKeys[i], oldValues[i] - 1);
      }
    }
  }

  /** The keys, in no particular order. */
  long[] keys() {
    long[] result = new long[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != 0) {
        result[n++] = keys[i];
      }
    }
    return Arrays.copyOf(result, n);
  }
}
