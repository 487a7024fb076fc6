package org.khabar.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link UrduStemFilter} with the default rules (کھلاڑیوں → کھلاڑی).
 *
 * <pre class="prettyprint">
 * &lt;filter name="urduStem"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class UrduStemFilterFactory extends TokenFilterFactory {

  /** SPI name */
  public static final String NAME = "urduStem";

  public UrduStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public UrduStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new UrduStemFilter(input);
  }
}
