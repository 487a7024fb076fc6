package org.khabar.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.pipeline.Pipeline;
import org.khabar.pipeline.Stage;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;

/** Test helper: analyses a text with hand-made entities in place of the NER model. */
public final class Analyzed {

  private Analyzed() {}

  /** A hand-made entity: every occurrence of {@code text} is of {@code type}. */
  public record Name(String text, EntityType type) {}

  public static Document analyze(String text, Name... names) {
    Pipeline tokens = UrduPipeline.tokens();
    Document document = tokens.apply(Document.of("test", text));
    List<Entity> entities = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (Name name : names) {
      int from = 0;
      int at;
      while ((at = text.indexOf(name.text(), from)) >= 0) {
        boolean free = true;
        for (int i = at; i < at + name.text().length(); i++) {
          free &= !taken[i];
        }
        if (free) {
          for (int i = at; i < at + name.text().length(); i++) {
            taken[i] = true;
          }
          entities.add(new Entity(at, at + name.text().length(), name.type(), null, Entity.Origin.MODEL));
        }
        from = at + 1;
      }
    }
    entities.sort((a, b) -> a.start() - b.start());
    Document withEntities = document.with(Entity.LAYER, Layer.of(entities, text.length()));
    Pipeline.Builder builder = Pipeline.builder().add(new Given(tokens));
    Pipeline rest = UrduPipeline.withStatements(builder).build();
    return rest.apply(withEntities);
  }

  public static String resource(String name) {
    try (InputStream in = Analyzed.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Declares the layers a document already has, so the statement stages can be built on it. */
  private record Given(Pipeline before) implements Stage {
    @Override
    public String name() {
      return "given";
    }

    @Override
    public java.util.Set<Key<?>> requires() {
      return java.util.Set.of();
    }

    @Override
    public java.util.Set<Key<?>> produces() {
      java.util.Set<Key<?>> all = new java.util.HashSet<>(before.produces());
      all.add(Entity.LAYER);
      return all;
    }

    @Override
    public Document apply(Document document) {
      return document;
    }
  }
}
