package org.khabar.app.format;

import java.io.OutputStream;

/** The output formats of {@code khabar analyze}. */
public enum OutputFormat {
  json,
  text,
  conllu;

  /** A writer of this format to {@code out}. */
  public AnalysisWriter writer(OutputStream out, boolean includeText, boolean pretty) {
    return switch (this) {
      case json -> new JsonAnalysisWriter(out, includeText, pretty);
      case text -> new TextAnalysisWriter(out);
      case conllu -> new ConlluWriter(out);
    };
  }
}
