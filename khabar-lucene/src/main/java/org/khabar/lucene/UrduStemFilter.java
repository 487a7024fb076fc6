package org.khabar.lucene;

import org.khabar.stem.UrduStemmer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Stems each term with {@link UrduStemmer}: کھلاڑیوں → کھلاڑی، لڑکے → لڑک. Terms must already be
 * normalized. Terms marked as keywords (say by {@link SetKeywordMarkerFilter}) are left alone.
 */
public final class UrduStemFilter extends TokenFilter {

  private final UrduStemmer stemmer;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  /** A filter with the default rules. */
  public UrduStemFilter(TokenStream input) {
    this(input, new UrduStemmer());
  }

  public UrduStemFilter(TokenStream input, UrduStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(stemmer.stem(termAtt.buffer(), termAtt.length()));
    }
    return true;
  }
}
