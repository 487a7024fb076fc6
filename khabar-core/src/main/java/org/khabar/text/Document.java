package org.khabar.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One report: an id, its original text (never changed), what is known about it, and the
 * annotations the pipeline has added so far.
 *
 * <p>A document is immutable. A stage adds its layer with {@link #with}, which returns a new
 * document; a layer, once added, is never replaced, so no stage can rewrite another's work.
 */
public final class Document {

  private final String id;
  private final String text;
  private final Metadata metadata;
  private final Map<Key<?>, Object> annotations;

  private Document(String id, String text, Metadata metadata, Map<Key<?>, Object> annotations) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.annotations = annotations;
  }

  public static Document of(String id, String text) {
    return of(id, text, Metadata.NONE);
  }

  public static Document of(String id, String text, Metadata metadata) {
    return new Document(id, text, metadata, Map.of());
  }

  public String id() {
    return id;
  }

  /** The text exactly as given. All offsets in all layers refer to it. */
  public String text() {
    return text;
  }

  public Metadata metadata() {
    return metadata;
  }

  /** This document with other metadata, and the same annotations. */
  public Document withMetadata(Metadata newMetadata) {
    return new Document(id, text, newMetadata, annotations);
  }

  /** This document with {@code value} added under {@code key}, which must not be set yet. */
  public <T> Document with(Key<T> key, T value) {
    Objects.requireNonNull(value, "value");
    if (annotations.containsKey(key)) {
      throw new IllegalStateException("document " + id + " already has a '" + key + "' layer");
    }
    Map<Key<?>, Object> copy = new LinkedHashMap<>(annotations);
    copy.put(key, value);
    return new Document(id, text, metadata, Collections.unmodifiableMap(copy));
  }

  /** The value under {@code key}; fails with a clear message if no stage has added it. */
  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    Object value = annotations.get(key);
    if (value == null) {
      throw new IllegalStateException(
          "document " + id + " has no '" + key + "' layer; the stage that adds it has not run");
    }
    return (T) value;
  }

  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Key<T> key) {
    return Optional.ofNullable((T) annotations.get(key));
  }

  public boolean has(Key<?> key) {
    return annotations.containsKey(key);
  }

  public Set<Key<?>> keys() {
    return annotations.keySet();
  }

  /** The original text under {@code span}. */
  public String textOf(Span span) {
    return span.coveredText(text);
  }

  @Override
  public String toString() {
    return "Document[" + id + ", " + text.length() + " chars, layers " + annotations.keySet() + "]";
  }
}
