package org.khabar.app.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.khabar.json.AnalysisJson;
import org.khabar.text.Document;

/** One JSON object per document, one per line (JSON Lines), in the analysis schema. */
final class JsonAnalysisWriter implements AnalysisWriter {

  private final Writer out;
  private final AnalysisJson json;
  private final boolean pretty;
  private final JsonFactory factory = new JsonFactory();

  JsonAnalysisWriter(Writer out, boolean includeText, boolean pretty) {
    this.out = out;
    this.json = new AnalysisJson(includeText);
    this.pretty = pretty;
  }

  @Override
  public void write(Document document, long offset) throws IOException {
    if (offset > Integer.MAX_VALUE) {
      throw new IOException("file too large: offsets past 2^31 characters");
    }
    try (JsonGenerator generator = factory.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        generator.useDefaultPrettyPrinter();
      }
      json.write(document, (int) offset, generator);
    }
    out.write('\n');
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
