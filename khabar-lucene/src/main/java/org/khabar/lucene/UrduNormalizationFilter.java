package org.khabar.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.khabar.normalize.UrduNormalizer;

/**
 * Normalizes each term by the rules of {@link UrduNormalizer}, for use after a tokenizer other
 * than {@link UrduTokenizer} (which already normalizes), such as Lucene's StandardTokenizer in a
 * Solr schema, and for query terms in {@code Analyzer.normalize}. Examples: {@code كيا → کیا},
 * {@code ا + ٓ → آ}, {@code ﺅ → ؤ}, {@code دعویٰ → دعوی}, {@code ۲۰۱۵ → 2015}.
 *
 * <p>It never merges {@code ے} and {@code ی}: {@code کے} and {@code کی} stay two words. Offsets
 * are left as they are. Terms marked as keywords are skipped.
 */
public final class UrduNormalizationFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final StringBuilder normalized = new StringBuilder();

  public UrduNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword() && !UrduNormalizer.isNormalized(termAtt)) {
      UrduNormalizer.normalize(termAtt.buffer(), termAtt.length(), normalized);
      termAtt.setEmpty().append(normalized);
    }
    return true;
  }
}
