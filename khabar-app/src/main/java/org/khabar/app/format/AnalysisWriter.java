package org.khabar.app.format;

import java.io.IOException;
import org.khabar.text.Document;

/** Writes analysed documents in one output format, one after another. */
public interface AnalysisWriter {

  /**
   * Writes {@code document}, which starts at character {@code offset} of its file (0 unless the
   * file was read in parts).
   */
  void write(Document document, long offset) throws IOException;

  /** Flushes what is written; the underlying stream stays open. */
  void flush() throws IOException;
}
