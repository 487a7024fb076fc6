package org.khabar.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link UrduNormalizationFilter} (كيا → کیا), for use after a tokenizer other than
 * {@code urdu}; it also normalizes wildcard and prefix query terms.
 *
 * <pre class="prettyprint">
 * &lt;filter name="urduNormalization"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class UrduNormalizationFilterFactory extends TokenFilterFactory {

  /** SPI name */
  public static final String NAME = "urduNormalization";

  public UrduNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public UrduNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new UrduNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
