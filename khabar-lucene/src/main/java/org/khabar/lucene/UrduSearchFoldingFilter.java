package org.khabar.lucene;

import org.khabar.stem.UrduSearchFolder;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Folds interchangeable spellings with {@link UrduSearchFolder}: لئے → لیے، انھوں → انہوں، نقطۂ →
 * نقطہ. Terms must already be normalized; keywords are left alone.
 */
public final class UrduSearchFoldingFilter extends TokenFilter {

  private final UrduSearchFolder folder = new UrduSearchFolder();
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  public UrduSearchFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(folder.fold(termAtt.buffer(), termAtt.length()));
    }
    return true;
  }
}
