package org.khabar.normalize;

import java.util.Set;
import org.khabar.pipeline.Stage;
import org.khabar.text.Document;
import org.khabar.text.Key;

/** Adds the {@link NormalizedText} of the document, made by {@link UrduNormalizer}. */
public final class NormalizerStage implements Stage {

  @Override
  public String name() {
    return "normalize";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(NormalizedText.KEY);
  }

  @Override
  public Document apply(Document document) {
    return document.with(NormalizedText.KEY, UrduNormalizer.normalize(document.text()));
  }
}
