package org.khabar.lucene;

import org.khabar.stem.UrduVowelFolder;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Reduces terms to their consonant skeleton with {@link UrduVowelFolder}: ٹوئنٹی، ٹوینٹی، ٹونٹی →
 * ٹنٹ. Terms must already be normalized; keywords are left alone.
 */
public final class UrduVowelFoldingFilter extends TokenFilter {

  private final UrduVowelFolder folder = new UrduVowelFolder();
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  public UrduVowelFoldingFilter(TokenStream input) {
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
