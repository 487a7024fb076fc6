package org.khabar.app.bench;

import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A Lucene analyzer, its token stream reused across documents as an indexer would. */
public final class AnalyzerContestant implements Contestant {

  private final String name;
  private final Supplier<Analyzer> factory;

  public AnalyzerContestant(String name, Supplier<Analyzer> factory) {
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
    try (Analyzer analyzer = factory.get()) {
      for (String document : documents) {
        try (TokenStream stream = analyzer.tokenStream("body", document)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            count += term.length() > 0 && offset.endOffset() > 0 ? 1 : 0;
          }
          stream.end();
        }
      }
    }
    return count;
  }
}
