package org.khabar.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.text.Document;
import org.khabar.text.Key;

/**
 * Stages run in order. Building a pipeline checks that each stage's requirements are produced by
 * a stage before it, so a missing stage fails at start-up, not halfway through an archive.
 */
public final class Pipeline {

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage on {@code document} and returns the annotated document. */
  public Document apply(Document document) {
    Document current = document;
    for (Stage stage : stages) {
      current = stage.apply(current);
    }
    return current;
  }

  /** Everything the stages of this pipeline add. */
  public Set<Key<?>> produces() {
    Set<Key<?>> all = new HashSet<>();
    stages.forEach(stage -> all.addAll(stage.produces()));
    return all;
  }

  /** Adds stages in order; {@link #build()} checks their requirements. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    public Builder add(Stage stage) {
      stages.add(stage);
      return this;
    }

    public Pipeline build() {
      Set<Key<?>> available = new HashSet<>();
      for (Stage stage : stages) {
        for (Key<?> required : stage.requires()) {
          if (!available.contains(required)) {
            throw new IllegalStateException(
                "stage '" + stage.name() + "' needs the '" + required
                    + "' layer, which no earlier stage produces");
          }
        }
        available.addAll(stage.produces());
      }
      return new Pipeline(stages);
    }
  }
}
