package org.khabar.text;

import java.util.Objects;

/**
 * A typed name for one kind of annotation on a {@link Document}: a layer of spans such as the
 * tokens, or a single value such as the normalized text.
 *
 * <p>Keys compare by identity; each layer declares its key once, as a constant next to its type
 * (for example {@code Token.LAYER}).
 *
 * @param <T> the type of the value stored under this key
 */
public final class Key<T> {

  private final String name;
  private final Class<?> valueType;

  private Key(String name, Class<?> valueType) {
    this.name = Objects.requireNonNull(name);
    this.valueType = Objects.requireNonNull(valueType);
  }

  /** A key for a single value of the given type. */
  public static <T> Key<T> of(String name, Class<T> valueType) {
    return new Key<>(name, valueType);
  }

  /** A key for a layer of spans of the given type. */
  public static <S extends Span> Key<Layer<S>> layer(String name, Class<S> spanType) {
    return new Key<>(name, spanType);
  }

  public String name() {
    return name;
  }

  /** The type of the value, or for a layer the type of its spans. */
  public Class<?> valueType() {
    return valueType;
  }

  @Override
  public String toString() {
    return name;
  }
}
