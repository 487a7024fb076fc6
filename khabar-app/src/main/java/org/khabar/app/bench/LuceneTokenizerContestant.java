package org.khabar.app.bench;

import java.io.StringReader;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A Lucene tokenizer, reused across documents as an indexer would, reading terms and offsets. */
public final class LuceneTokenizerContestant implements Contestant {

  private final String name;
  private final Supplier<Tokenizer> factory;

  public LuceneTokenizerContestant(String name, Supplier<Tokenizer> factory) {
    this.name = name;
    this.factory = factory;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long run(List<String> documents) throws Exception {
    long count = 0;
    try (Tokenizer tokenizer = factory.get()) {
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      for (String document : documents) {
        tokenizer.setReader(new StringReader(document));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          count += term.length() > 0 && offset.endOffset() > 0 ? 1 : 0;
        }
        tokenizer.end();
        tokenizer.close();
      }
    }
    return count;
  }
}
