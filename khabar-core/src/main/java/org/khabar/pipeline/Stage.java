package org.khabar.pipeline;

import java.util.Set;
import org.khabar.text.Document;
import org.khabar.text.Key;

/**
 * One step of analysis with one job: it reads the layers it {@link #requires()} and adds the
 * layers it {@link #produces()}. A stage never changes a layer it did not add.
 *
 * <p>Stages are stateless once built and safe to share between threads.
 */
public interface Stage {

  /** A short name for messages, e.g. {@code tokenize}. */
  String name();

  Set<Key<?>> requires();

  Set<Key<?>> produces();

  /** The document with this stage's layers added. */
  Document apply(Document document);
}
