package org.khabar.app.format;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The output formats of {@code khabar analyze}. */
public enum OutputFormat {
  json,
  text,
  conllu;

  /** A writer of this format to {@code out}, in UTF-8. */
  public AnalysisWriter writer(OutputStream out, boolean includeText, boolean pretty) {
    return writer(new OutputStreamWriter(out, StandardCharsets.UTF_8), includeText, pretty);
  }

  /**
   * A writer of this format to {@code out}, such as a command line's output stream, which tests
   * can replace.
   */
  public AnalysisWriter writer(Writer out, boolean includeText, boolean pretty) {
    return switch (this) {
      case json -> new JsonAnalysisWriter(out, includeText, pretty);
      case text -> new TextAnalysisWriter(out);
      case conllu -> new ConlluWriter(out);
    };
  }
}
