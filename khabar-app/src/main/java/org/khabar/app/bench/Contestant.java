package org.khabar.app.bench;

import java.util.List;

/** One side of a benchmark: something that processes documents and counts what it made. */
public interface Contestant {

  String name();

  /** Processes every document once; returns a count (of tokens, say) so no work is skipped. */
  long run(List<String> documents) throws Exception;
}
